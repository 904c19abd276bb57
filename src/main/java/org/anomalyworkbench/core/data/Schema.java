package org.anomalyworkbench.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The columns of a dataset with their kinds and roles. Immutable; {@link #withRole} copies. */
public record Schema(List<ColumnInfo> columns) {

  public Schema {
    columns = List.copyOf(columns);
  }

  public Optional<ColumnInfo> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Columns whose role is {@link ColumnRole#FEATURE}, in file order. */
  public List<ColumnInfo> features() {
    return columns.stream().filter(c -> c.role() == ColumnRole.FEATURE).toList();
  }

  /** The label column, if one has the LABEL role. */
  public Optional<ColumnInfo> label() {
    return columns.stream().filter(c -> c.role() == ColumnRole.LABEL).findFirst();
  }

  /** The id column, if one has the ID role. */
  public Optional<ColumnInfo> id() {
    return columns.stream().filter(c -> c.role() == ColumnRole.ID).findFirst();
  }

  /**
   * A copy with {@code name}'s role changed. Setting LABEL, ID or TIME on one column moves that
   * role away from any other column (which becomes IGNORED).
   */
  public Schema withRole(String name, ColumnRole role) {
    if (column(name).isEmpty()) {
      throw new IllegalArgumentException("No column named '" + name + "'. Columns: "
          + columns.stream().map(ColumnInfo::name).toList());
    }
    boolean unique = role == ColumnRole.LABEL || role == ColumnRole.ID || role == ColumnRole.TIME;
    List<ColumnInfo> out = new ArrayList<>();
    for (ColumnInfo c : columns) {
      if (c.name().equals(name)) {
        out.add(c.withRole(role));
      } else if (unique && c.role() == role) {
        out.add(c.withRole(ColumnRole.IGNORED));
      } else {
        out.add(c);
      }
    }
    return new Schema(out);
  }
}
