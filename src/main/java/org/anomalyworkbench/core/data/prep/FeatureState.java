package org.anomalyworkbench.core.data.prep;

import java.util.List;
import org.anomalyworkbench.core.data.ColumnKind;

/**
 * The fitted parameters of one source feature, as stored in a model file (JSON).
 *
 * @param column source column name
 * @param kind NUMERIC or DATETIME (numeric encoding) or CATEGORICAL/TEXT (one-hot)
 * @param median training median in original units (numeric encoding), used for imputation
 * @param center subtracted before scaling
 * @param scale divided by after centring (never 0)
 * @param levels one-hot levels in column order (one-hot encoding), else empty
 * @param levelShares share of training rows with each level
 */
record FeatureState(String column, ColumnKind kind, double median, double center, double scale,
    List<String> levels, List<Double> levelShares) {
}
