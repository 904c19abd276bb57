/**
 * DL4J support shared by the deep detectors: seeded mini-batches over in-memory matrices, the
 * epoch loop (progress, cancel, NaN/Inf, validation, early stopping), chunked conversion to
 * ND4J and network (de)serialisation. DL4J types appear in these signatures, so only detector
 * packages may use this package; detectors' own public APIs use core types only.
 */
package org.anomalyworkbench.core.detector.dl4j;
