/** The supervised MLP classifier ({@code classifier}), for data with labelled anomalies. */
package org.anomalyworkbench.core.detector.classifier;
