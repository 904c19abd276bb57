package org.anomalyworkbench.core.data;

/**
 * One column of an imported dataset as the user sees it in the role editor.
 *
 * @param name header name
 * @param kind inferred type
 * @param role current role
 * @param missing number of missing cells
 * @param distinct number of distinct non-missing values (capped at import for speed: see importer)
 */
public record ColumnInfo(String name, ColumnKind kind, ColumnRole role, int missing, int distinct) {

  public ColumnInfo withRole(ColumnRole newRole) {
    return new ColumnInfo(name, kind, newRole, missing, distinct);
  }
}
