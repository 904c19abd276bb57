/**
 * The convolutional autoencoder detector ({@code conv-autoencoder}) for images: its network
 * written over float arrays with OpenBLAS matrix products ({@link
 * org.anomalyworkbench.core.detector.convae.ConvPass}), trained through the shared epoch loop.
 */
package org.anomalyworkbench.core.detector.convae;
