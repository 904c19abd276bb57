package org.anomalyworkbench.ui.images;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.SkippedFile;
import org.anomalyworkbench.ui.common.Format;

/**
 * The Data step's body for a folder of images: on the left the classes with a "Normal" check
 * box each, how the folder was read (and fields to read it again otherwise), what sizes and
 * formats were found and the files that could not be read; on the right a virtualised grid of
 * every image, filterable by class.
 */
public final class ImageDataPane {
  private final ImageDataViewModel vm;
  private final SplitPane root = new SplitPane();
  private final ThumbnailGrid grid = new ThumbnailGrid();
  private final TableView<ClassRow> classTable = new TableView<>();

  /**
   * @param vm the image state
   * @param dataset the session's dataset
   * @param onReadAgain reads the folder on screen again with the option fields' values
   */
  public ImageDataPane(ImageDataViewModel vm, javafx.beans.value.ObservableValue<Dataset> dataset,
      Runnable onReadAgain) {
    this.vm = vm;
    root.setId("imageData");
    VBox left = new VBox(8, classesPanel(), optionsPanel(onReadAgain), skippedPanel());
    left.getStyleClass().add("panel");
    left.setMinWidth(300);
    javafx.scene.control.ScrollPane leftScroll = new javafx.scene.control.ScrollPane(left);
    leftScroll.setFitToWidth(true);
    leftScroll.setFitToHeight(true);
    leftScroll.setMinWidth(320);
    root.getItems().addAll(leftScroll, browserPanel());
    root.setDividerPositions(0.36);
    SplitPane.setResizableWithParent(leftScroll, false);
    dataset.addListener((o, a, b) -> showImages(b));
    vm.browsedProperty().addListener((o, a, b) -> showImages(dataset.getValue()));
    showImages(dataset.getValue());
  }

  private VBox classesPanel() {
    Label title = new Label("Classes");
    title.getStyleClass().add("panel-title");
    Label hint = new Label("Tick the normal classes: the detector learns from them; the others count as anomalies.");
    hint.getStyleClass().add("panel-hint");
    hint.setWrapText(true);
    classTable.setId("classTable");
    classTable.setItems(vm.classes());
    classTable.setEditable(true);
    classTable.setFixedCellSize(26);
    classTable.setPlaceholder(new Label("No classes."));
    TableColumn<ClassRow, Boolean> normal = new TableColumn<>("Normal");
    normal.setCellValueFactory(cd -> cd.getValue().normalProperty());
    normal.setCellFactory(c -> {
      CheckBoxTableCell<ClassRow, Boolean> cell = new CheckBoxTableCell<>();
      cell.indexProperty().addListener((o, a, b) -> cell.setId(b.intValue() >= 0 && b.intValue() < vm.classes().size()
          ? "normal-" + vm.classes().get(b.intValue()).displayName() : null));
      return cell;
    });
    normal.setEditable(true);
    normal.setPrefWidth(70);
    TableColumn<ClassRow, String> name = new TableColumn<>("Class");
    name.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().displayName()));
    name.setPrefWidth(130);
    TableColumn<ClassRow, String> count = new TableColumn<>("Images");
    count.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Format.count(cd.getValue().count())));
    count.getStyleClass().add("numeric-column");
    count.setPrefWidth(80);
    classTable.getColumns().addAll(java.util.List.of(normal, name, count));
    classTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    // As tall as its classes (up to 12 rows), so the options below stay in view.
    classTable.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
        () -> 26.0 * Math.max(3, Math.min(12, vm.classes().size())) + 32, vm.classes()));
    classTable.setMinHeight(26 * 3 + 30);
    Label normalText = new Label();
    normalText.setId("normalText");
    normalText.getStyleClass().add("panel-hint");
    normalText.setWrapText(true);
    normalText.textProperty().bind(vm.normalTextProperty());
    VBox box = new VBox(4, title, hint, classTable, normalText);
    VBox.setVgrow(box, Priority.ALWAYS);
    return box;
  }

  private VBox optionsPanel(Runnable onReadAgain) {
    Label title = new Label("How the images are read");
    title.getStyleClass().add("panel-title");
    Label readAs = new Label();
    readAs.setId("imageReadAs");
    readAs.setWrapText(true);
    readAs.textProperty().bind(vm.readAsProperty());
    ComboBox<ImageOptions.Colour> colour = new ComboBox<>();
    colour.setId("imageColour");
    colour.getItems().setAll(ImageOptions.Colour.values());
    colour.valueProperty().bindBidirectional(vm.colourProperty());
    colour.setConverter(converter(c -> switch (c) {
      case AUTO -> "Automatic (grey if all are)";
      case GREY -> "Grey (1 channel)";
      case RGB -> "RGB (3 channels)";
    }));
    colour.setMaxWidth(Double.MAX_VALUE);
    TextField size = new TextField();
    size.setId("imageSize");
    size.textProperty().bindBidirectional(vm.sizeProperty());
    size.setPromptText("auto or 28x28");
    size.setTooltip(new Tooltip("Every image is resized to WIDTHxHEIGHT; 'auto' takes the most common size, "
        + "at most " + ImageOptions.AUTO_MAX_SIDE + " pixels a side"));
    ComboBox<ImageOptions.Fit> fit = new ComboBox<>();
    fit.setId("imageFit");
    fit.getItems().setAll(ImageOptions.Fit.values());
    fit.valueProperty().bindBidirectional(vm.fitProperty());
    fit.setConverter(converter(f -> f == ImageOptions.Fit.PAD ? "Keep aspect (pad)" : "Stretch"));
    fit.setMaxWidth(Double.MAX_VALUE);
    Button again = new Button("Read again");
    again.setId("imageReadAgain");
    again.setTooltip(new Tooltip("Read the folder again with these options (the normal classes are kept)"));
    again.setOnAction(e -> onReadAgain.run());
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    form.addRow(0, fieldLabel("Colour"), colour);
    form.addRow(1, fieldLabel("Size"), size);
    form.addRow(2, fieldLabel("Aspect"), fit);
    form.add(again, 1, 3);
    javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
    grow.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), grow);
    Label found = new Label();
    found.setId("imageFound");
    found.getStyleClass().add("panel-hint");
    found.setWrapText(true);
    found.textProperty().bind(vm.foundProperty());
    Label scaling = new Label("Pixel scaling is chosen in the Detector step (min–max to 0..1 by default).");
    scaling.getStyleClass().add("panel-hint");
    scaling.setWrapText(true);
    return new VBox(6, title, readAs, found, form, scaling);
  }

  private VBox skippedPanel() {
    Label text = new Label();
    text.setId("skippedText");
    text.getStyleClass().add("inline-error");
    text.setWrapText(true);
    text.textProperty().bind(vm.skippedTextProperty());
    TableView<SkippedFile> table = new TableView<>(vm.skipped());
    table.setId("skippedTable");
    table.setFixedCellSize(24);
    TableColumn<SkippedFile, String> file = new TableColumn<>("File");
    file.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().file()));
    file.setPrefWidth(140);
    TableColumn<SkippedFile, String> reason = new TableColumn<>("Why it was not read");
    reason.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().reason()));
    reason.setPrefWidth(260);
    table.getColumns().addAll(java.util.List.of(file, reason));
    table.setPrefHeight(24 * 5 + 30);
    table.setMinHeight(24 * 2 + 30);
    VBox box = new VBox(4, text, table);
    box.visibleProperty().bind(vm.skippedTextProperty().isNotEmpty());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  private VBox browserPanel() {
    Label title = new Label("Images");
    title.getStyleClass().add("panel-title");
    ComboBox<String> cls = new ComboBox<>(vm.browseChoices());
    cls.setId("browseClass");
    cls.valueProperty().bindBidirectional(vm.browseClassProperty());
    cls.setTooltip(new Tooltip("Show the images of one class"));
    Slider zoom = zoomSlider(grid);
    Label count = new Label();
    count.getStyleClass().add("panel-hint");
    count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
        () -> Format.count(vm.browsedProperty().get().size()) + " shown (scroll to browse)", vm.browsedProperty()));
    // On a narrow window the count gives way (its tooltip keeps it whole); names and fields keep their width.
    Tooltip countTip = new Tooltip();
    countTip.textProperty().bind(count.textProperty());
    count.setTooltip(countTip);
    count.setMinWidth(0);
    Label classLabel = new Label("Class");
    Label sizeLabel = new Label("Size");
    for (Label l : new Label[] {title, classLabel, sizeLabel}) {
      l.setMinWidth(Region.USE_PREF_SIZE);
    }
    cls.setMinWidth(Region.USE_PREF_SIZE);
    zoom.setMinWidth(60);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(8, title, count, spacer, classLabel, cls, sizeLabel, zoom);
    header.setAlignment(Pos.CENTER_LEFT);
    grid.setId("imageBrowser");
    VBox.setVgrow(grid, Priority.ALWAYS);
    VBox box = new VBox(6, header, grid);
    box.getStyleClass().add("panel");
    box.setPadding(new Insets(0, 0, 0, 4));
    return box;
  }

  /** A slider for the thumbnails' size, 24 to 160 pixels. */
  static Slider zoomSlider(ThumbnailGrid grid) {
    Slider zoom = new Slider(24, 160, grid.cellSize());
    zoom.setPrefWidth(110);
    zoom.setTooltip(new Tooltip("Thumbnail size"));
    zoom.valueProperty().addListener((o, a, b) -> grid.setCellSize(Math.round(b.doubleValue())));
    return zoom;
  }

  private void showImages(Dataset d) {
    if (d == null || !d.isImages()) {
      grid.setContent(ThumbnailGrid.Cells.EMPTY, null, false);
      return;
    }
    ImageSet images = d.images();
    ThumbnailGrid.Painter current = painterFor(images);
    grid.setContent(vm.browsedProperty().get(), current, true);
  }

  private ThumbnailGrid.Painter painter;
  private ImageSet painted;

  /** One painter per image set, so that the grid's cache survives a change of normal classes. */
  private ThumbnailGrid.Painter painterFor(ImageSet images) {
    if (painted != images) {
      painted = images;
      painter = new ThumbnailGrid.Painter() {
        @Override
        public int[] pixels(int row) {
          return Pixels.argb(images, row);
        }

        @Override
        public int imageWidth() {
          return images.options().width();
        }

        @Override
        public int imageHeight() {
          return images.options().height();
        }

        @Override
        public String caption(int row) {
          String c = images.classes().get(row);
          return c.isEmpty() ? null : c;
        }
      };
    }
    return painter;
  }

  private static Label fieldLabel(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("field-label");
    return l;
  }

  private static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> f) {
    return new javafx.util.StringConverter<>() {
      @Override
      public String toString(T t) {
        return t == null ? "" : f.apply(t);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }

  public SplitPane root() {
    return root;
  }

  /** The browser (tests look at what it shows). */
  public ThumbnailGrid grid() {
    return grid;
  }
}
