package org.anomalyworkbench.ui.images;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.ui.data.DataView;

/**
 * Puts the image view into the Data step while the dataset is a folder of images (the column
 * table and row preview say little about pixels), and the table view back for a CSV.
 */
public final class ImageData {
  private final ImageDataPane pane;

  /**
   * @param view the Data step's view
   * @param vm the image state
   * @param dataset the session's dataset
   * @param onReadAgain reads the folder on screen again with the option fields' values
   */
  public ImageData(DataView view, ImageDataViewModel vm, ObjectProperty<Dataset> dataset, Runnable onReadAgain) {
    pane = new ImageDataPane(vm, dataset, onReadAgain);
    Node tables = view.content().getCenter();
    Runnable update = () -> {
      Dataset d = dataset.get();
      Node want = d != null && d.isImages() ? pane.root() : tables;
      if (view.content().getCenter() != want) {
        view.content().setCenter(want);
      }
    };
    dataset.addListener((o, a, b) -> update.run());
    update.run();
  }

  public ImageDataPane pane() {
    return pane;
  }
}
