package org.anomalyworkbench.core.data;

/**
 * A file of an image folder that was not read, and why: shown to the analyst before the
 * images are used, so that nothing is dropped silently.
 *
 * @param file path relative to the folder, with {@code /} separators
 * @param reason what went wrong, such as "not a readable PNG (truncated?)"
 */
public record SkippedFile(String file, String reason) {
}
