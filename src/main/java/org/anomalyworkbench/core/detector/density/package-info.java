/**
 * Density estimation: a row is anomalous where the training rows are rare. A Gaussian mixture
 * whose number of components is chosen by BIC (the default), or a Gaussian kernel density.
 */
package org.anomalyworkbench.core.detector.density;
