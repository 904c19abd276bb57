package org.anomalyworkbench.ui.chart;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis tick values (1, 2, 5 x 10^k steps) for the canvas charts. */
public final class Ticks {
  private Ticks() {
  }

  /** About {@code target} round values covering [lo, hi], inside the range. */
  public static List<Double> nice(double lo, double hi, int target) {
    List<Double> out = new ArrayList<>();
    if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
      if (Double.isFinite(lo)) {
        out.add(lo);
      }
      return out;
    }
    double step = step(hi - lo, target);
    double first = Math.ceil(lo / step - 1e-9) * step;
    for (double v = first; v <= hi + step * 1e-9; v += step) {
      out.add(Math.abs(v) < step * 1e-9 ? 0 : v);
      if (out.size() > 100) {
        break;
      }
    }
    return out;
  }

  static double step(double span, int target) {
    double raw = span / Math.max(1, target);
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double norm = raw / mag;
    double nice = norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10;
    return nice * mag;
  }
}
