/**
 * The one training path the window, the command line and the tests share: split, fit the
 * preparation on training rows, train, score every row, record provenance.
 */
package org.anomalyworkbench.core.pipeline;
