package org.anomalyworkbench.core.report.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anomalyworkbench.core.archive.AtomicFiles;

/** Writes a report in one or more formats, each file atomically (no half-written report). */
public final class ReportWriter {
  private ReportWriter() {
  }

  /**
   * Writes {@code input} as each of {@code formats}, next to {@code file} with the format's
   * extension.
   *
   * @return the files written, in the order of {@code formats}
   * @throws IOException also when a target is the scored data's own file
   */
  public static List<Path> write(ReportInput input, Path file, Set<ReportFormat> formats) throws IOException {
    ReportContent content = ReportContent.of(input);
    List<Path> written = new ArrayList<>();
    for (ReportFormat f : formats) {
      Path target = f.fileFor(file);
      for (ReportRun r : input.runs()) {
        AtomicFiles.checkNotInput(target, r.scored().dataset().source());
      }
      byte[] bytes = f == ReportFormat.HTML ? HtmlReport.render(content).getBytes(StandardCharsets.UTF_8)
          : PdfReport.render(content);
      AtomicFiles.write(target, out -> out.write(bytes));
      written.add(target);
    }
    return written;
  }
}
