package org.anomalyworkbench.core.report.document;

/**
 * One named value a report lists, such as a detector parameter or a preparation setting.
 *
 * @param name what the setting is, e.g. "scaling"
 * @param value its value as text, e.g. "STANDARD"
 */
public record Setting(String name, String value) {
}
