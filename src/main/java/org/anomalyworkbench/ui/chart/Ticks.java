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

  /**
   * Ticks for a log10 axis whose range is [lo, hi] in log10 units: at 1, 2, 5 x 10^k when
   * that gives at most {@code max} ticks, else at 1 and 3 x 10^k, else at every n-th decade.
   * Returned in log10 units, so a tick at 2 x 10^-3 is log10(0.002).
   */
  public static List<Double> logNice(double lo, double hi, int max) {
    if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
      return nice(lo, hi, max);
    }
    int first = (int) Math.floor(lo);
    int last = (int) Math.ceil(hi);
    for (double[] mantissas : new double[][] {{1, 2, 5}, {1, 3}, {1}}) {
      List<Double> out = new ArrayList<>();
      for (int k = first; k <= last; k++) {
        for (double m : mantissas) {
          double v = k + Math.log10(m);
          if (v >= lo - 1e-9 && v <= hi + 1e-9) {
            out.add(v);
          }
        }
      }
      if (out.size() <= max && out.size() >= 2) {
        return out;
      }
    }
    if (hi - lo < 1) {
      // Less than a decade (0.36 to 0.52): round values on the real scale, placed on the log axis.
      List<Double> out = new ArrayList<>();
      for (double v : nice(Math.pow(10, lo), Math.pow(10, hi), Math.max(2, max - 2))) {
        if (v > 0) {
          out.add(Math.log10(v));
        }
      }
      if (out.size() >= 2) {
        return out;
      }
    }
    int every = (int) Math.ceil((last - first + 1) / (double) Math.max(1, max));
    List<Double> out = new ArrayList<>();
    for (int k = (int) Math.ceil(lo); k <= hi; k += Math.max(1, every)) {
      out.add((double) k);
    }
    return out.size() >= 2 ? out : nice(lo, hi, max);
  }
}
