package org.anomalyworkbench.core.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/** Parsing and number formatting for the text form of {@link ThresholdPolicy}. */
final class ThresholdText {
  static final String FORMS = "fixed:<score> (e.g. fixed:0.73), sd:<k> (mean + k sd of the training scores, "
      + "e.g. sd:3), contamination:<fraction> (e.g. contamination:0.05 or contamination:5%), best-f1 (needs "
      + "labels), normal-quantile:<q> (e.g. normal-quantile:0.99), train-quantile:<q>[x<factor>] (factor times the "
      + "q-quantile of the training scores, e.g. train-quantile:0.99x1.5)";

  private ThresholdText() {
  }

  static ThresholdPolicy parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("No threshold given. Use one of: " + FORMS + ".");
    }
    String t = text.replace(" ", "").toLowerCase(Locale.ROOT);
    int colon = t.indexOf(':');
    String kind = colon < 0 ? t : t.substring(0, colon);
    String arg = colon < 0 ? null : t.substring(colon + 1);
    if (kind.equals("best-f1")) {
      if (arg != null) {
        throw bad(text, "best-f1 takes no value");
      }
      return new ThresholdPolicy.BestF1();
    }
    if (kind.equals("train-quantile")) {
      return trainingQuantile(text, arg);
    }
    if (!kind.equals("fixed") && !kind.equals("sd") && !kind.equals("contamination")
        && !kind.equals("normal-quantile")) {
      throw bad(text, "unknown kind '" + kind + "'");
    }
    if (arg == null || arg.isEmpty()) {
      throw bad(text, kind + " needs a value after the colon");
    }
    double v = value(text, arg, kind.equals("contamination"));
    try {
      return switch (kind) {
        case "fixed" -> new ThresholdPolicy.Fixed(v);
        case "sd" -> new ThresholdPolicy.MeanPlusKSd(v);
        case "contamination" -> new ThresholdPolicy.Contamination(v);
        default -> new ThresholdPolicy.NormalQuantile(v);
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Bad threshold '" + text + "': " + e.getMessage(), e);
    }
  }

  private static ThresholdPolicy trainingQuantile(String text, String arg) {
    if (arg == null || arg.isEmpty()) {
      throw bad(text, "train-quantile needs a quantile after the colon");
    }
    int x = arg.indexOf('x');
    double q = value(text, x < 0 ? arg : arg.substring(0, x), false);
    double factor = x < 0 ? 1 : value(text, arg.substring(x + 1), false);
    try {
      return new ThresholdPolicy.TrainingQuantile(q, factor);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Bad threshold '" + text + "': " + e.getMessage(), e);
    }
  }

  private static double value(String text, String arg, boolean percentAllowed) {
    boolean percent = percentAllowed && arg.endsWith("%");
    String number = percent ? arg.substring(0, arg.length() - 1) : arg;
    try {
      double v = Double.parseDouble(number);
      return percent ? v / 100 : v;
    } catch (NumberFormatException e) {
      throw bad(text, "'" + arg + "' is not a number");
    }
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("Bad threshold '" + text + "': " + why + ". Use one of: " + FORMS + ".");
  }

  /** Shortest text that parses back to exactly {@code v}, without a trailing ".0". */
  static String number(double v) {
    double a = Math.abs(v);
    if (a != 0 && (a < 1e-6 || a >= 1e15)) {
      return Double.toString(v); // plain notation would be dozens of zeros
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A fraction as a percentage for people, e.g. 0.05 as "5%". */
  static String percent(double fraction) {
    return number(BigDecimal.valueOf(fraction).movePointRight(2).doubleValue()) + "%";
  }

  /** The finite values of {@code values}, or an empty array for {@code null}. */
  static double[] finite(double[] values) {
    return values == null ? new double[0] : Arrays.stream(values).filter(Double::isFinite).toArray();
  }
}
