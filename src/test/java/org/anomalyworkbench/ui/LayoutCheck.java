package org.anomalyworkbench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.anomalyworkbench.ui.chart.ResizableCanvas;

/**
 * Finds text a user could not read on the window as it is laid out now: a label that JavaFX
 * elided ("default autom…") without a tooltip holding the full text, text cut by the edge of the
 * window or of a scroll area side to side, two texts on top of each other, and canvas labels
 * (tick labels, titles, legends) that overlap each other or leave their canvas. Table and list
 * cells are left out (a long cell value is cut by its column by design).
 */
public final class LayoutCheck {
  private LayoutCheck() {
  }

  /** One line per problem; empty when every text is readable. */
  public static List<String> problems(Scene scene) {
    List<Placed> texts = new ArrayList<>();
    List<String> out = new ArrayList<>();
    Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
    double needed = scene.getRoot().minWidth(-1);
    if (needed > scene.getWidth() + 0.5) {
      out.add("the window's content needs " + Math.round(needed) + " px, the window is " + Math.round(scene.getWidth()));
    }
    walk(scene.getRoot(), window, false, texts, out);
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        Placed a = texts.get(i);
        Placed b = texts.get(j);
        if (overlap(a.box(), b.box()) && a.node() != b.node()) {
          out.add("overlap: '" + a.text() + "' (" + a.owner() + ") and '" + b.text() + "' (" + b.owner() + ")");
        }
      }
    }
    return out;
  }

  private record Placed(String text, Bounds box, String owner, Node node) {
  }

  private static void walk(Node n, Bounds clip, boolean inCell, List<Placed> texts, List<String> out) {
    if (!n.isVisible() || n.getOpacity() == 0) {
      return;
    }
    Bounds visible = clip;
    if (n.getClip() != null) {
      visible = intersect(clip, n.localToScene(n.getClip().getBoundsInLocal()));
      if (visible == null) {
        return;
      }
    }
    // Cells, and the headers of a table that scrolls sideways, are cut by their columns by design.
    boolean cell = inCell || n instanceof IndexedCell<?> || n instanceof javafx.scene.control.skin.TableHeaderRow;
    if (n instanceof Labeled l && !cell) {
      checkLabeled(l, visible, texts, out);
    }
    if (n instanceof ResizableCanvas c) {
      checkCanvas(c, out);
    }
    if (n instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        walk(child, visible, cell, texts, out);
      }
    }
  }

  private static void checkLabeled(Labeled l, Bounds clip, List<Placed> texts, List<String> out) {
    String full = l.getText();
    if (full == null || full.isBlank()) {
      return;
    }
    Text shown = null;
    for (Node child : l.getChildrenUnmodifiable()) {
      if (child instanceof Text t) {
        shown = t;
      }
    }
    if (shown == null || !shown.isVisible()) {
      return;
    }
    String name = describe(l);
    String displayed = shown.getText();
    if (l.isMnemonicParsing()) {
      full = full.replaceFirst("_(?=.)", ""); // "_File" shows as "File" with an underlined F
    }
    Tooltip tip = l.getTooltip();
    boolean tipHasIt = tip != null && tip.getText() != null && tip.getText().contains(full.strip());
    if (!displayed.equals(full) && !(l.isWrapText() && displayed.replaceAll("\\s+", " ").equals(full.replaceAll("\\s+", " ")))
        && !tipHasIt) {
      out.add("elided: '" + full + "' shows as '" + displayed + "' (" + name + ")");
    }
    Bounds box = shown.localToScene(shown.getBoundsInLocal());
    Bounds seen = intersect(clip, box);
    if (seen == null) {
      return; // scrolled out of view
    }
    if (seen.getWidth() < box.getWidth() - 2 && !tipHasIt) {
      out.add("cut at the side: '" + full + "' (" + name + "), " + Math.round(seen.getWidth()) + " of "
          + Math.round(box.getWidth()) + " px visible");
    }
    texts.add(new Placed(full, seen, name, l));
  }

  private static void checkCanvas(ResizableCanvas c, List<String> out) {
    List<ResizableCanvas.DrawnText> drawn = c.drawnText();
    String name = c.getId() == null ? c.getClass().getSimpleName() : "#" + c.getId();
    for (int i = 0; i < drawn.size(); i++) {
      Bounds a = drawn.get(i).bounds();
      if (a.getMinX() < -0.5 || a.getMinY() < -0.5 || a.getMaxX() > c.getWidth() + 0.5 || a.getMaxY() > c.getHeight() + 0.5) {
        out.add("off the canvas: '" + drawn.get(i).text() + "' in " + name + " at " + a);
      }
      for (int j = i + 1; j < drawn.size(); j++) {
        if (overlap(a, drawn.get(j).bounds())) {
          out.add("canvas labels overlap in " + name + ": '" + drawn.get(i).text() + "' and '" + drawn.get(j).text() + "'");
        }
      }
    }
  }

  /** True when the boxes share more than a pixel each way (touching edges do not count). */
  static boolean overlap(Bounds a, Bounds b) {
    return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()) > 1
        && Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY()) > 1;
  }

  private static Bounds intersect(Bounds a, Bounds b) {
    double x0 = Math.max(a.getMinX(), b.getMinX());
    double y0 = Math.max(a.getMinY(), b.getMinY());
    double x1 = Math.min(a.getMaxX(), b.getMaxX());
    double y1 = Math.min(a.getMaxY(), b.getMaxY());
    return x1 <= x0 || y1 <= y0 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
  }

  private static String describe(Node n) {
    StringBuilder sb = new StringBuilder(n.getClass().getSimpleName());
    if (n.getId() != null) {
      sb.append('#').append(n.getId());
    }
    for (Node p = n.getParent(); p != null && sb.length() < 120; p = p.getParent()) {
      if (p.getId() != null) {
        sb.append(" in #").append(p.getId());
        break;
      }
    }
    return sb.toString();
  }
}
