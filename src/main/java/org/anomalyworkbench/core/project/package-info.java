/**
 * Project files ({@code .awp}): an analyst's work in one file — the data it reads (path, size,
 * content hash, optionally an embedded copy), column roles, preparation, detector and config,
 * every training run with its model and threshold, and the view state that matters.
 */
package org.anomalyworkbench.core.project;
