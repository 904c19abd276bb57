/**
 * The GAN detector ({@code gan}): GANomaly's encoder-decoder-encoder generator and a
 * discriminator, written over float arrays ({@code DenseStack}), trained adversarially on table rows.
 */
package org.anomalyworkbench.core.detector.gan;
