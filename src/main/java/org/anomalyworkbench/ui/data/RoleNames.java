package org.anomalyworkbench.ui.data;

import org.anomalyworkbench.core.data.ColumnRole;

/** Words for column roles as the role editor shows them. */
public final class RoleNames {
  private RoleNames() {
  }

  public static String of(ColumnRole r) {
    return switch (r) {
      case FEATURE -> "Feature";
      case LABEL -> "Label (0/1)";
      case ID -> "Id";
      case TIME -> "Time";
      case IGNORED -> "Ignored";
    };
  }
}
