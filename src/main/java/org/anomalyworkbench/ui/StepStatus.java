package org.anomalyworkbench.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.anomalyworkbench.ui.common.Format;

/** The one-line status under each sidebar step, so the user sees where the workflow stands. */
final class StepStatus {
  private StepStatus() {
  }

  static StringBinding of(MainViewModel vm, Step s) {
    return switch (s) {
      case DATA -> Bindings.createStringBinding(() -> {
        var d = vm.datasetProperty().get();
        return d == null ? s.hint() : d.name() + " · " + Format.count(d.rows()) + (d.isImages() ? " images" : " rows");
      }, vm.datasetProperty());
      case DETECTOR -> Bindings.createStringBinding(() -> {
        var d = vm.detector().selectedProperty().get();
        // "Autoencoder (reconstruction error)" -> "Autoencoder": the sidebar is narrow.
        String name = d == null ? s.hint() : d.displayName().replaceAll("\\s*\\(.*\\)\\s*$", "");
        return vm.detector().validProperty().get() || vm.datasetProperty().get() == null ? name : name + " · check settings";
      }, vm.detector().selectedProperty(), vm.detector().validProperty(), vm.datasetProperty());
      case TRAIN -> Bindings.createStringBinding(() -> {
        if (vm.train().runningProperty().get()) {
          return "Running · " + Format.percent(vm.train().progressProperty().get());
        }
        if (vm.outcomeProperty().get() != null) {
          return "Trained";
        }
        return vm.train().failedProperty().get() ? "Stopped" : s.hint();
      }, vm.train().runningProperty(), vm.train().progressProperty(), vm.outcomeProperty(), vm.train().failedProperty());
      case RESULTS -> Bindings.createStringBinding(() -> vm.results().getData() == null ? s.hint()
          : Format.count(vm.results().flaggedCountProperty().get()) + " flagged",
          vm.results().dataProperty(), vm.results().flaggedCountProperty());
      case RUNS -> Bindings.createStringBinding(() -> {
        int n = vm.project().runs().size();
        return n == 0 ? s.hint() : n + (n == 1 ? " run kept" : " runs kept");
      }, vm.project().runs());
    };
  }
}
