/** The dense autoencoder detector ({@code autoencoder}) and the autoencoder network it shares with {@code latent-knn}. */
package org.anomalyworkbench.core.detector.autoencoder;
