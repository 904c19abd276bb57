/**
 * The detectors a user can pick. It sits above every detector package and is the only place
 * that names them all; composite detectors receive it as a
 * {@link org.anomalyworkbench.core.detector.DetectorCatalog}.
 */
package org.anomalyworkbench.core.detector.registry;
