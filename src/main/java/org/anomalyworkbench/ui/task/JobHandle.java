package org.anomalyworkbench.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * A submitted job as the UI sees it: observable progress, message and running state (always
 * updated on the UI thread), and a way to cancel it.
 */
public final class JobHandle {
  private final String name;
  private final CancellationToken token = new CancellationToken();
  final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
  final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);

  public JobHandle(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  /** Asks the job to stop; it ends soon after with a cancellation failure. */
  public void cancel() {
    token.cancel();
  }

  public boolean isCancelled() {
    return token.isCancelled();
  }

  public CancellationToken token() {
    return token;
  }

  /** 0..1, or -1 while unknown. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }
}
