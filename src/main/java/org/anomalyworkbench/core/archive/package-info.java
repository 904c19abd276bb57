/**
 * The bottom layer of the engine: the zip format every fitted part (preparation, detector,
 * model, project) writes its state into, the limits that keep a hostile file from exhausting
 * memory, and atomic file replacement. Depends on nothing else in the application.
 */
package org.anomalyworkbench.core.archive;
