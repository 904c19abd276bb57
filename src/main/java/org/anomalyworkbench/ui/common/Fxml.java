package org.anomalyworkbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML (same name and package as the view class) with the view as controller. */
public final class Fxml {
  private Fxml() {
  }

  /** Loads {@code <ViewClass>.fxml} next to {@code controller}'s class and injects its fields. */
  public static <T extends Parent> T load(Object controller) {
    String name = controller.getClass().getSimpleName() + ".fxml";
    URL url = controller.getClass().getResource(name);
    if (url == null) {
      throw new IllegalStateException("Missing FXML resource " + name + " for " + controller.getClass().getName());
    }
    FXMLLoader loader = new FXMLLoader(url);
    loader.setController(controller);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load " + url, e);
    }
  }
}
