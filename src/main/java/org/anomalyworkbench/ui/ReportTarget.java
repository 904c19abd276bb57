package org.anomalyworkbench.ui;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.anomalyworkbench.core.report.document.ReportFormat;

/**
 * Where the user chose to save a report and in which formats.
 *
 * @param file the file named in the dialog (each format is written beside it with its own extension)
 * @param formats HTML, PDF or both
 */
public record ReportTarget(Path file, Set<ReportFormat> formats) {

  public ReportTarget {
    formats = Set.copyOf(formats);
  }

  /**
   * The formats from the dialog's choice: both when asked, else the file's extension, else the
   * filter chosen (some platforms' dialogs do not add the filter's extension).
   */
  static ReportTarget of(Path file, boolean both, boolean pdfFilter) {
    if (both) {
      return new ReportTarget(file, EnumSet.allOf(ReportFormat.class));
    }
    ReportFormat f = ReportFormat.ofFile(file).orElse(pdfFilter ? ReportFormat.PDF : ReportFormat.HTML);
    return new ReportTarget(file, EnumSet.of(f));
  }
}
