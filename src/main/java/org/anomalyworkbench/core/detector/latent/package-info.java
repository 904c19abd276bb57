/** The latent k-nearest-neighbour detector ({@code latent-knn}): k-NN distances in an autoencoder's bottleneck. */
package org.anomalyworkbench.core.detector.latent;
