package org.anomalyworkbench.ui.detector;

import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.ParameterSpec;
import org.anomalyworkbench.ui.common.Fxml;

/**
 * The detector step: a list of detectors with descriptions and accepted data kinds, and a
 * form generated from the selected detector's parameter declarations with inline errors.
 */
public final class DetectorView {
  @FXML private BorderPane root;
  @FXML private ListView<Detector<?>> detectorList;
  @FXML private Label nameLabel;
  @FXML private Label descriptionLabel;
  @FXML private HBox badges;
  @FXML private Label compatibilityLabel;
  @FXML private Button resetButton;
  @FXML private GridPane parameterGrid;
  @FXML private GridPane preparationGrid;
  @FXML private Label formErrorLabel;
  @FXML private ChoiceBox<Scaling> scalingBox;
  @FXML private TextField validationField;
  @FXML private TextField seedField;
  @FXML private TextField windowField;
  @FXML private Label preparationErrorLabel;
  @FXML private Button trainButton;
  @FXML private Label readyLabel;

  private final DetectorViewModel vm;

  /** @param onTrain starts training with these settings (switches to the train step) */
  public DetectorView(DetectorViewModel vm, Runnable onTrain) {
    this.vm = vm;
    Fxml.load(this);
    preparationGrid.getColumnConstraints().setAll(formColumns());
    detectorList.setItems(vm.detectors());
    detectorList.setCellFactory(l -> new DetectorCell(vm));
    vm.datasetProperty().addListener((o, a, b) -> detectorList.refresh());
    detectorList.getSelectionModel().select(vm.selectedProperty().get());
    detectorList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        vm.selectedProperty().set(b);
      }
    });
    vm.selectedProperty().addListener((o, a, b) -> {
      detectorList.getSelectionModel().select(b);
      showDetector(b);
    });
    showDetector(vm.selectedProperty().get());
    bindMessage(compatibilityLabel, vm.compatibilityProperty());
    bindMessage(formErrorLabel, vm.formErrorProperty());
    bindMessage(preparationErrorLabel, vm.preparationErrorProperty());
    resetButton.setOnAction(e -> vm.resetDefaults());
    scalingBox.getItems().setAll(Scaling.values());
    scalingBox.valueProperty().bindBidirectional(vm.scalingProperty());
    validationField.textProperty().bindBidirectional(vm.validationPercentProperty());
    seedField.textProperty().bindBidirectional(vm.seedProperty());
    windowField.textProperty().bindBidirectional(vm.windowProperty());
    trainButton.setOnAction(e -> onTrain.run());
    trainButton.disableProperty().bind(vm.validProperty().not());
    readyLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
        () -> vm.validProperty().get() ? "Ready." : "Fix the highlighted settings to train.",
        vm.validProperty()));
  }

  private static void bindMessage(Label label, javafx.beans.value.ObservableStringValue text) {
    label.textProperty().bind(text);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
  }

  /**
   * Label, field and hint columns shared by the Parameters and Preparation forms, fixed so the
   * two forms line up whatever their labels' lengths.
   */
  static java.util.List<ColumnConstraints> formColumns() {
    // Shrinkable (a 1024 px window leaves the form about 500 px): names and hints wrap instead.
    ColumnConstraints label = new ColumnConstraints(110, 170, 190);
    label.setHgrow(Priority.SOMETIMES);
    ColumnConstraints field = new ColumnConstraints(215, 225, 240);
    field.setHgrow(Priority.SOMETIMES);
    field.setFillWidth(true);
    return java.util.List.of(label, field,
        new ColumnConstraints(80, 200, Double.MAX_VALUE, Priority.ALWAYS, HPos.LEFT, true));
  }

  private void showDetector(Detector<?> d) {
    parameterGrid.getChildren().clear();
    parameterGrid.getColumnConstraints().setAll(formColumns());
    badges.getChildren().clear();
    if (d == null) {
      nameLabel.setText("");
      descriptionLabel.setText("");
      return;
    }
    nameLabel.setText(d.displayName());
    descriptionLabel.setText(d.description());
    for (DataKind k : d.accepts()) {
      badges.getChildren().add(badge(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    }
    badges.getChildren().add(badge(d.requiresLabels() ? "needs labels" : "unsupervised"));
    int row = 0;
    for (ParameterField f : vm.fields()) {
      ParameterSpec s = f.spec();
      Label label = new Label(s.label());
      label.setTooltip(new Tooltip(s.description()));
      label.setWrapText(true);
      label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      Node control = control(f);
      String def = s.defaultValue() == null || s.defaultValue().isEmpty() ? "automatic" : s.defaultValue();
      Label hint = new Label(f.boundsHint().isEmpty() ? "default " + def : f.boundsHint() + "  ·  default " + def);
      hint.getStyleClass().add("field-hint");
      hint.setWrapText(true);
      hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      Label error = new Label();
      error.getStyleClass().add("inline-error");
      error.setWrapText(true);
      error.setId("error-" + s.name());
      bindMessage(error, f.errorProperty());
      f.errorProperty().addListener((o, a, b) ->
          control.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !b.isEmpty()));
      parameterGrid.add(label, 0, row);
      parameterGrid.add(control, 1, row);
      parameterGrid.add(hint, 2, row);
      parameterGrid.add(error, 1, row + 1, 2, 1);
      row += 2;
    }
    if (vm.fields().isEmpty()) {
      parameterGrid.add(new Label("This detector has no settings."), 0, 0, 3, 1);
    }
  }

  private static Node control(ParameterField f) {
    ParameterSpec s = f.spec();
    Node n;
    switch (s.type()) {
      case BOOLEAN -> {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.parseBoolean(f.textProperty().get()));
        box.selectedProperty().addListener((o, a, b) -> f.textProperty().set(Boolean.toString(b)));
        f.textProperty().addListener((o, a, b) -> box.setSelected(Boolean.parseBoolean(b)));
        n = box;
      }
      case CHOICE -> {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(s.choices());
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(f.textProperty());
        n = box;
      }
      default -> {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(f.textProperty());
        if (s.type() == ParameterSpec.Type.INTEGER_LIST) {
          field.setPromptText(s.defaultValue() == null || s.defaultValue().isEmpty() ? "automatic, or e.g. 16,8"
              : "e.g. 16,8,16");
        }
        n = field;
      }
    }
    n.setId("param-" + s.name());
    if (n instanceof javafx.scene.control.Control c) {
      c.setTooltip(new Tooltip(s.description()));
    }
    return n;
  }

  private static Label badge(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("badge");
    return l;
  }

  /** Name in bold, description below, accepted kinds as small text. */
  private static final class DetectorCell extends ListCell<Detector<?>> {
    private static final javafx.css.PseudoClass NOT_APPLICABLE = javafx.css.PseudoClass.getPseudoClass("not-applicable");
    private final DetectorViewModel vm;

    DetectorCell(DetectorViewModel vm) {
      this.vm = vm;
    }

    @Override
    protected void updateItem(Detector<?> d, boolean empty) {
      super.updateItem(d, empty);
      if (empty || d == null) {
        setGraphic(null);
        setText(null);
        setId(null);
        pseudoClassStateChanged(NOT_APPLICABLE, false);
        return;
      }
      boolean applicable = vm.applicable(d);
      pseudoClassStateChanged(NOT_APPLICABLE, !applicable);
      setId("detector-" + d.id());
      Label name = new Label(d.displayName());
      name.getStyleClass().add("list-title");
      name.setWrapText(true);
      name.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
      Label desc = new Label(firstSentence(d.description()));
      desc.getStyleClass().add("list-description");
      desc.setWrapText(true);
      Label kinds = new Label(DetectorViewModel.kindsText(d.accepts())
          + (d.requiresLabels() ? "  ·  needs labels" : "  ·  unsupervised")
          + (applicable ? "" : "  ·  not applicable to these data"));
      kinds.getStyleClass().add("list-meta");
      VBox box = new VBox(2, name, desc, kinds);
      box.setMaxWidth(Double.MAX_VALUE);
      desc.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
      setGraphic(box);
      setText(null);
    }

    private static String firstSentence(String s) {
      return DetectorView.firstSentence(s);
    }
  }

  /** Abbreviations that end in a dot inside a sentence ("Malhotra et al. 2015"). */
  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("al", "e.g", "i.e", "etc", "vs", "cf",
      "approx", "fig", "no");

  /**
   * The first sentence of a description: up to the first ". " that ends a sentence, not one after
   * an abbreviation ("et al.", "e.g.") or an initial ("J. Smith").
   */
  static String firstSentence(String s) {
    int from = 0;
    while (true) {
      int dot = s.indexOf(". ", from);
      if (dot < 0) {
        return s;
      }
      int start = dot;
      while (start > 0 && !Character.isWhitespace(s.charAt(start - 1)) && s.charAt(start - 1) != '(') {
        start--;
      }
      String word = s.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
      boolean initial = word.length() == 1 && Character.isUpperCase(s.charAt(start));
      if (!ABBREVIATIONS.contains(word) && !initial && dot > 0) {
        return s.substring(0, dot + 1);
      }
      from = dot + 2;
    }
  }

  public BorderPane root() {
    return root;
  }
}
