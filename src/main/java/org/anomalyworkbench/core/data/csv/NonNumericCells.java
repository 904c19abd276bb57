package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnIssue;
import org.anomalyworkbench.core.data.NonNumericPolicy;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Collects the cells that were not numbers in mostly numeric columns after the full parse:
 * from the numeric sinks (cells read as missing) or, for columns kept as text on request,
 * by counting the text cells that do not parse.
 */
final class NonNumericCells {
  private NonNumericCells() {
  }

  static List<ColumnIssue> collect(List<ColumnPlan> plans, FullParse.Parsed parsed, List<TableAssembler.Built> built,
      NonNumericPolicy policy) {
    List<ColumnIssue> out = new ArrayList<>();
    for (int c = 0; c < plans.size(); c++) {
      ColumnPlan plan = plans.get(c);
      ColumnIssue issue = switch (plan.storage()) {
        case NUMBER -> fromSinks(plan, parsed, c, policy);
        case STRING -> plan.mostlyNumeric() ? fromText(plan, built.get(c).column()) : null;
        default -> null;
      };
      if (issue != null) {
        out.add(issue);
      }
    }
    return out;
  }

  private static ColumnIssue fromSinks(ColumnPlan plan, FullParse.Parsed parsed, int c, NonNumericPolicy policy) {
    int count = 0;
    long firstRow = -1;
    long firstLine = 0;
    String firstText = null;
    long rowsBefore = 0;
    for (RangeWorker.Result part : parsed.parts()) {
      NumericSink sink = (NumericSink) part.sinks()[c];
      if (sink.badCells() > 0 && firstRow < 0) {
        firstRow = rowsBefore + sink.firstBadRow() + 1;
        firstLine = sink.firstBadLine();
        firstText = sink.firstBadText();
      }
      count += sink.badCells();
      rowsBefore += part.rows();
    }
    return count == 0 ? null : new ColumnIssue(plan.name(), count, firstRow, firstLine, firstText, policy);
  }

  /** The column holds the original texts; the physical line is not known here (0). */
  private static ColumnIssue fromText(ColumnPlan plan, Column<?> column) {
    StringColumn s = (StringColumn) column;
    int count = 0;
    int first = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.isMissing(i)) {
        continue;
      }
      char[] b = s.get(i).toCharArray();
      if (!NumberParser.isNumber(b, 0, b.length, plan.decimalPoint())) {
        count++;
        first = first < 0 ? i : first;
      }
    }
    return count == 0 ? null
        : new ColumnIssue(plan.name(), count, first + 1, 0, s.get(first), NonNumericPolicy.TEXT);
  }
}
