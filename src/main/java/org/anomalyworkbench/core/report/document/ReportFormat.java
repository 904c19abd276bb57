package org.anomalyworkbench.core.report.document;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The formats a report is written in. */
public enum ReportFormat {
  /** One self-contained HTML page. */
  HTML("html"),
  /** A PDF document. */
  PDF("pdf");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The format a file name's extension names, if any. */
  public static Optional<ReportFormat> ofFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (name.endsWith("." + f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a list such as {@code "html,pdf"}.
   *
   * @throws IllegalArgumentException naming the unknown format and the known ones
   */
  public static Set<ReportFormat> parseList(String text) {
    Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
    for (String part : text.split(",")) {
      String p = part.trim().toLowerCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      ReportFormat match = null;
      for (ReportFormat f : values()) {
        if (f.extension.equals(p)) {
          match = f;
        }
      }
      if (match == null) {
        throw new IllegalArgumentException("Unknown report format '" + part.trim() + "': use html, pdf or html,pdf.");
      }
      out.add(match);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("No report format given: use html, pdf or html,pdf.");
    }
    return out;
  }

  /** {@code file} with this format's extension instead of its own (or added when it has none). */
  public Path fileFor(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 && ofFile(file).isPresent() ? name.substring(0, dot) : name;
    return file.resolveSibling(stem + "." + extension);
  }
}
