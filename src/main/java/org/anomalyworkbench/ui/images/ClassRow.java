package org.anomalyworkbench.ui.images;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One class (first-level sub-folder) of an image folder in the Data view: its name, how many
 * images it has, and whether it is marked normal (the check box edits it).
 */
public final class ClassRow {
  private final String name;
  private final int count;
  private final BooleanProperty normal = new SimpleBooleanProperty(this, "normal");

  ClassRow(String name, int count, boolean normal) {
    this.name = name;
    this.count = count;
    this.normal.set(normal);
  }

  /** The sub-folder's name, or "" for images at the top of the folder. */
  public String name() {
    return name;
  }

  /** What the list shows: the name, or "(top folder)". */
  public String displayName() {
    return name.isEmpty() ? "(top folder)" : name;
  }

  public int count() {
    return count;
  }

  public BooleanProperty normalProperty() {
    return normal;
  }

  public boolean isNormal() {
    return normal.get();
  }
}
