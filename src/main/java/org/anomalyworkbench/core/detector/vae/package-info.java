/** The variational autoencoder detector ({@code vae}), scored by reconstruction probability. */
package org.anomalyworkbench.core.detector.vae;
