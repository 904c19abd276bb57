/**
 * The compute backend behind the deep detectors: preparing the native environment before ND4J
 * loads ({@link org.anomalyworkbench.core.compute.NativeEnvironment}), loading it in the
 * background and describing it for the status bar and run provenance
 * ({@link org.anomalyworkbench.core.compute.ComputeBackend}). The only package outside the
 * detector implementations that may touch ND4J.
 */
package org.anomalyworkbench.core.compute;
