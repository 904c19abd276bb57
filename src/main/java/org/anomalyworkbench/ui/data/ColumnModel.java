package org.anomalyworkbench.ui.data;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;

/** One row of the column editor: a column's name, kind, editable role and summary. */
public final class ColumnModel {
  private final String name;
  private final ColumnKind kind;
  private final int missingAtImport;
  private final ObjectProperty<ColumnRole> role;
  private final ReadOnlyObjectWrapper<ColumnSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");

  ColumnModel(ColumnInfo info) {
    this.name = info.name();
    this.kind = info.kind();
    this.missingAtImport = info.missing();
    this.role = new SimpleObjectProperty<>(this, "role", info.role());
  }

  public String name() {
    return name;
  }

  public ColumnKind kind() {
    return kind;
  }

  /** Missing cells as counted at import (the summary recounts). */
  public int missingAtImport() {
    return missingAtImport;
  }

  /** The column's role; change it through {@link DataViewModel#setRole} so exclusive roles move. */
  public ReadOnlyObjectProperty<ColumnRole> roleProperty() {
    return role;
  }

  public ColumnRole role() {
    return role.get();
  }

  void setRoleSilently(ColumnRole r) {
    role.set(r);
  }

  /** Null until computed in the background. */
  public ReadOnlyObjectProperty<ColumnSummary> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  void setSummary(ColumnSummary s) {
    summary.set(s);
  }
}
