package org.anomalyworkbench.core.report.document;

/**
 * A chart of a report as a PNG drawn at twice its size, so it stays sharp in print.
 *
 * @param title the caption
 * @param png the picture
 * @param width its width in CSS pixels / PDF points
 * @param height its height in CSS pixels / PDF points
 */
public record Chart(String title, byte[] png, int width, int height) {
}
