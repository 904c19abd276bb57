/**
 * What one sample is, for every kind of data, and how a sample maps back to what the analyst
 * opened. A detector sees samples of a fixed {@link org.anomalyworkbench.core.data.SampleShape}
 * (a table row, a window of a series, an image) as flat float vectors; its scores are per
 * sample. {@link org.anomalyworkbench.core.data.sample.SlidingWindows} cuts a series into
 * windows without copying it, and {@link org.anomalyworkbench.core.data.sample.PointScores}
 * turns per-window scores back into one score per time point, in input order, so that every
 * view and export speaks of the rows, points or files the analyst knows.
 */
package org.anomalyworkbench.core.data.sample;

import org.anomalyworkbench.core.data.SampleShape;
