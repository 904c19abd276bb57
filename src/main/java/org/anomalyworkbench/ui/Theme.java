package org.anomalyworkbench.ui;

import org.anomalyworkbench.ui.chart.ChartPalette;

/** Light and dark appearance: a colour stylesheet over the shared base stylesheet, and chart colours. */
public enum Theme {
  LIGHT("light.css", ChartPalette.LIGHT),
  DARK("dark.css", ChartPalette.DARK);

  private final String stylesheet;
  private final ChartPalette palette;

  Theme(String stylesheet, ChartPalette palette) {
    this.stylesheet = stylesheet;
    this.palette = palette;
  }

  /** Stylesheet URLs to install on the scene, base first. */
  public String[] stylesheets() {
    return new String[] {
        Theme.class.getResource("theme/base.css").toExternalForm(),
        Theme.class.getResource("theme/" + stylesheet).toExternalForm()};
  }

  public ChartPalette palette() {
    return palette;
  }
}
