package org.anomalyworkbench.ui.images;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.ui.common.Format;
import org.anomalyworkbench.ui.results.ResultsData;

/**
 * The focused image of a result side by side: the original file, the image as the detector
 * read it (with the heat map over it when heat maps are on), the detector's reconstruction
 * when it rebuilds images, and the error map on its own with its colour scale. One slider
 * zooms all of them; pixels stay sharp.
 */
public final class ImageDetailPane {
  private final ImageResultsViewModel vm;
  private final VBox root = new VBox(6);
  private final Label title = new Label();
  private final Label empty = new Label("Click a thumbnail (or a row in the table) to see the image, what the "
      + "detector made of it and where its error is.");
  private final ImageView original = view();
  private final ImageView read = view();
  private final ImageView readHeat = view();
  private final ImageView rebuilt = view();
  private final ImageView error = view();
  private final Label originalNote = note();
  private final Label rebuiltNote = note();
  private final Label errorNote = note();
  private final Label scaleMax = new Label();
  private final Slider zoom = new Slider(48, 480, 168);
  private final HBox frames;
  private final VBox rebuiltFrame;
  private final Label rebuildHint = new Label("This detector does not rebuild images; a reconstructing one (such as "
      + "the convolutional autoencoder) adds what it expected beside the original.");
  private final ScrollPane scroll;
  /** Until the analyst moves the slider, the images are sized to fill the pane. */
  private boolean userZoom;
  private int shown = -1;

  public ImageDetailPane(ImageResultsViewModel vm) {
    this.vm = vm;
    root.setId("imageDetail");
    root.getStyleClass().add("panel");
    title.setId("imageDetailTitle");
    title.getStyleClass().add("panel-title");
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);
    original.setId("imageOriginal");
    read.setId("imageRead");
    rebuilt.setId("imageReconstruction");
    error.setId("imageErrorMap");
    original.setSmooth(true);
    rebuiltFrame = frame("Reconstruction", new StackPane(rebuilt, rebuiltNote));
    frames = new HBox(GAP,
        frame("Original file", new StackPane(original, originalNote)),
        frame("As the detector read it", new StackPane(read, readHeat)),
        rebuiltFrame,
        frame("Error map", new VBox(4, new StackPane(error, errorNote), legend())));
    frames.setAlignment(Pos.TOP_LEFT);
    rebuildHint.getStyleClass().add("field-hint");
    rebuildHint.setWrapText(true);
    rebuildHint.setMinHeight(Region.USE_PREF_SIZE);
    scroll = new ScrollPane(frames);
    scroll.setFitToHeight(false);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    Label zoomLabel = new Label("Zoom");
    zoomLabel.getStyleClass().add("field-label");
    zoom.setPrefWidth(160);
    zoom.setId("imageZoom");
    zoom.valueProperty().addListener((o, a, b) -> applyZoom());
    zoom.setOnMousePressed(e -> userZoom = true);
    zoom.setOnKeyPressed(e -> userZoom = true);
    zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
    scroll.viewportBoundsProperty().addListener((o, a, b) -> fit());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(8, title, spacer, zoomLabel, zoom);
    header.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(title, Priority.SOMETIMES);
    empty.getStyleClass().add("empty-note");
    empty.setWrapText(true);
    StackPane body = new StackPane(scroll, empty);
    VBox.setVgrow(body, Priority.ALWAYS);
    root.getChildren().addAll(header, rebuildHint, body);
    scroll.visibleProperty().bind(empty.visibleProperty().not());
    readHeat.visibleProperty().bind(vm.heatMapsProperty());
    applyZoom();
    vm.results().focusedRowProperty().addListener((o, a, b) -> show(b.intValue()));
    vm.results().dataProperty().addListener((o, a, b) -> show(vm.results().focusedRowProperty().get()));
    vm.results().thresholdProperty().addListener((o, a, b) -> {
      if (shown >= 0) {
        title.setText(vm.describe(shown));
      }
    });
    show(vm.results().focusedRowProperty().get());
  }

  /** Sizes the images so that the frames fill the pane's width (and fit its height). */
  private void fit() {
    if (userZoom) {
      return;
    }
    javafx.geometry.Bounds b = scroll.getViewportBounds();
    long n = frames.getChildren().stream().filter(javafx.scene.Node::isManaged).count();
    // Each frame has 4 px of padding a side; the scroll pane needs a few more.
    double byWidth = (b.getWidth() - GAP * (n - 1) - 8 * n - 16) / n;
    double byHeight = b.getHeight() - 56;
    double size = Math.max(zoom.getMin(), Math.min(zoom.getMax(), Math.min(byWidth, byHeight)));
    if (Double.isFinite(size) && Math.abs(size - zoom.getValue()) > 1) {
      zoom.setValue(size);
    }
  }

  private void applyZoom() {
    for (ImageView v : new ImageView[] {original, read, readHeat, rebuilt, error}) {
      v.setFitWidth(zoom.getValue());
      v.setFitHeight(zoom.getValue());
    }
    for (Label l : new Label[] {originalNote, rebuiltNote, errorNote}) {
      l.setMaxWidth(zoom.getValue());
    }
  }

  /** Shows image {@code row} of the current result (-1: nothing). */
  void show(int row) {
    ResultsData d = vm.results().getData();
    boolean ok = d != null && d.dataset().isImages() && row >= 0 && row < d.rows();
    shown = ok ? row : -1;
    empty.setVisible(!ok);
    title.setText(ok ? vm.describe(row) : "Image detail");
    if (!ok) {
      for (ImageView v : new ImageView[] {original, read, readHeat, rebuilt, error}) {
        v.setImage(null);
      }
      return;
    }
    ImageSet set = d.dataset().images();
    int w = set.options().width();
    int h = set.options().height();
    Path file = set.path(row);
    if (Files.isReadable(file)) {
      original.setImage(new Image(file.toUri().toString(), true));
      // Small originals (a 28x28 digit) are shown as pixels, as the read image is; large photos smoothed.
      original.setSmooth(set.widths()[row] > zoom.getValue());
      originalNote.setText("");
    } else {
      original.setImage(null);
      originalNote.setText("The file is gone: " + file);
    }
    read.setImage(Pixels.image(Pixels.argb(set, row), w, h));
    int[] heat = vm.overlay(row);
    readHeat.setImage(heat == null ? null : Pixels.image(heat, w, h));
    showReconstruction(d, row, w, h);
    int[] map = vm.errorMap(row);
    error.setImage(map == null ? null : Pixels.image(map, w, h));
    errorNote.setText(map == null ? "This detector gives no per-pixel error." : "");
    scaleMax.setText(Format.score(vm.heatScale()));
  }

  private void showReconstruction(ResultsData d, int row, int w, int h) {
    boolean available = Reconstruction.available(d);
    if (rebuiltFrame.isManaged() != available) {
      rebuiltFrame.setVisible(available);
      rebuiltFrame.setManaged(available);
      javafx.application.Platform.runLater(this::fit);
    }
    rebuildHint.setVisible(!available);
    rebuildHint.setManaged(!available);
    if (!available) {
      rebuilt.setImage(null);
      rebuiltNote.setText("This detector does not rebuild images; a reconstructing one (such as the "
          + "convolutional autoencoder) shows here what it expected.");
      return;
    }
    try {
      double[] values = Reconstruction.of(d, row).orElseThrow();
      rebuilt.setImage(Pixels.image(Pixels.argb(values, d.dataset().images().shape()), w, h));
      rebuiltNote.setText("");
    } catch (RuntimeException e) {
      rebuilt.setImage(null);
      rebuiltNote.setText("Could not rebuild this image: " + e.getMessage());
    }
  }

  private static final double GAP = 12;

  private Region legend() {
    Rectangle bar = new Rectangle(120, 10);
    Stop[] stops = new Stop[6];
    for (int i = 0; i < stops.length; i++) {
      double t = i / (double) (stops.length - 1);
      int c = HeatColours.opaqueArgb(t);
      stops[i] = new Stop(t, Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
    }
    bar.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
    Label zero = new Label("0");
    zero.getStyleClass().add("field-hint");
    scaleMax.getStyleClass().add("field-hint");
    scaleMax.setId("heatScaleMax");
    HBox box = new HBox(4, zero, bar, scaleMax);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private static VBox frame(String caption, javafx.scene.Node content) {
    Label l = new Label(caption);
    l.getStyleClass().add("subpanel-title");
    VBox box = new VBox(4, l, content);
    box.getStyleClass().add("image-frame");
    return box;
  }

  private static ImageView view() {
    ImageView v = new ImageView();
    v.setPreserveRatio(true);
    v.setSmooth(false);
    return v;
  }

  private static Label note() {
    Label l = new Label();
    l.setWrapText(true);
    l.getStyleClass().add("field-hint");
    return l;
  }

  public VBox root() {
    return root;
  }

  /** The row shown, or -1. */
  public int shownRow() {
    return shown;
  }

  /** The original's view (tests check which file it shows). */
  public ImageView originalView() {
    return original;
  }
}
