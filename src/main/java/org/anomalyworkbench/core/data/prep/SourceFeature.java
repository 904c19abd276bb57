package org.anomalyworkbench.core.data.prep;

import org.anomalyworkbench.core.data.ColumnKind;

/**
 * One original feature column and where it went in the prepared matrix, with its typical
 * training value in the column's own units, for showing a row next to what is normal.
 *
 * @param column the dataset column
 * @param kind its kind
 * @param firstIndex index of its first prepared feature
 * @param width number of prepared features (1, or the number of one-hot levels)
 * @param rawMedian median over the training rows in original units (epoch seconds for
 *     date-times); NaN for categorical columns
 * @param mostFrequent the most frequent training level of a categorical column, else null
 */
public record SourceFeature(String column, ColumnKind kind, int firstIndex, int width, double rawMedian,
    String mostFrequent) {
}
