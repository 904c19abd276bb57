/**
 * From a dataset to the matrix a detector sees: {@link org.anomalyworkbench.core.data.prep.Split}
 * chooses training and validation rows, {@link org.anomalyworkbench.core.data.prep.Preparation}
 * is fitted on the training rows (median imputation, one-hot encoding, scaling) and applied
 * to all rows, and is saved with the model so that later data is prepared identically.
 */
package org.anomalyworkbench.core.data.prep;
