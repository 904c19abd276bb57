package org.anomalyworkbench.core.data.prep;

import java.util.List;
import org.anomalyworkbench.core.data.LabelEncoding;

/**
 * Everything a fitted {@link Preparation} needs, as stored in a model file
 * ({@value Preparation#ENTRY}, JSON).
 *
 * @param formatVersion {@value Preparation#FORMAT_VERSION}; newer files are refused
 * @param config the settings it was fitted with
 * @param features fitted parameters per source feature, in matrix order
 * @param label the label encoding, or null when the training data had no label
 * @param trainingRows number of rows it was fitted on
 * @param images for a model of images, how they are read and scaled; null for tables (and in
 *     files written before images existed)
 */
record PreparationState(int formatVersion, PreparationConfig config, List<FeatureState> features,
    LabelEncoding label, int trainingRows, ImagePixels images) {
}
