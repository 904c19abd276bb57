package org.anomalyworkbench.core.data.csv;

import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnIssue;
import org.anomalyworkbench.core.data.DataImportException;

/**
 * The import stopped because numeric columns hold cells that are not numbers
 * ({@link org.anomalyworkbench.core.data.NonNumericPolicy#STOP}). Carries every such column so
 * that a caller can offer the other choices (read them as missing, keep the column as text).
 */
public final class NonNumericCellsException extends DataImportException {
  private final transient List<ColumnIssue> issues;

  NonNumericCellsException(Path file, List<ColumnIssue> issues) {
    super(file, issues.get(0).firstLine(), issues.get(0).column(), problem(issues));
    this.issues = List.copyOf(issues);
  }

  /** Every column with non-numeric cells, in column order. */
  public List<ColumnIssue> issues() {
    return issues;
  }

  private static String problem(List<ColumnIssue> issues) {
    ColumnIssue first = issues.get(0);
    StringBuilder sb = new StringBuilder();
    sb.append(first.cells() == 1 ? "1 cell" : String.format(java.util.Locale.ROOT, "%,d cells", first.cells()))
        .append(" of this numeric column ").append(first.cells() == 1 ? "is" : "are")
        .append(" not a number (first at row ").append(first.firstRow()).append(": ")
        .append(first.firstValueDescribed()).append(").");
    for (ColumnIssue other : issues.subList(1, issues.size())) {
      sb.append(" Also column '").append(other.column()).append("': ").append(other.cells())
          .append(other.cells() == 1 ? " cell" : " cells").append(" (first at row ").append(other.firstRow())
          .append(": '").append(other.firstValue()).append("').");
    }
    return sb.append(" Choose how to read such cells: as missing values (filled in like other missing values),"
        + " or keep the column as text (then it is not a numeric feature); or fix the cells, or add '")
        .append(first.firstValue()).append("' to the missing-value markers, and import again.").toString();
  }
}
