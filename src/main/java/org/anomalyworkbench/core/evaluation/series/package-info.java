/**
 * Evaluation of one time series' point scores against its 0/1 point labels: events (runs of
 * labelled or flagged points), event-wise recall and precision at the current flags, the
 * top-fraction flags of the benchmark, VUS-PR (the range-based measure of TSB-AD) and the
 * rolling z-score baseline every series detector is compared with. Everything here is pure
 * computation over arrays in time order; the point-wise ROC-AUC and average precision come from
 * {@link org.anomalyworkbench.core.evaluation.Metrics}.
 */
package org.anomalyworkbench.core.evaluation.series;
