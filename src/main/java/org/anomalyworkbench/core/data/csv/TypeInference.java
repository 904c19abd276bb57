package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anomalyworkbench.core.data.NonNumericPolicy;

/**
 * Chooses each column's storage from the sampled data rows: numbers when every non-missing
 * value is a finite number (with a decimal point, or a decimal comma where that is allowed),
 * else date-times if every value is one, else strings.
 *
 * <p>Dates written day or month first ({@code 03/04/2020}) are read one way per column: the
 * reading under which every sampled value is a valid date wins (a first field above 12 means
 * day-first, a second field above 12 month-first). When both readings fit every sampled value,
 * the column is read day-first (the order of most of the world and of ISO's day-month
 * nesting) and the plan says it was ambiguous, so the importer's notes tell the user.
 *
 * <p>A column that is <em>mostly</em> numeric (at least {@link #MIN_NUMERIC_SHARE} of its
 * non-missing sampled values are numbers and the others are at most {@link #MAX_BAD_TOKENS}
 * distinct texts, like a stray {@code oops} or {@code inf}) is also stored as numbers unless
 * the policy is {@link NonNumericPolicy#TEXT}: a typo must not turn a measurement into text
 * that is then dropped without a word. The parser counts and reports the odd cells.
 */
final class TypeInference {
  /** Share of numbers among the present sampled cells that makes a column numeric despite odd cells. */
  static final double MIN_NUMERIC_SHARE = 0.9;
  /** Distinct odd texts a mostly numeric column may have; more look like a real text column. */
  static final int MAX_BAD_TOKENS = 10;

  private TypeInference() {
  }

  /**
   * @param decimal '.' or ',' when fixed by the user, or {@code null} for '.' plus ',' when the
   *     delimiter is not a comma
   */
  static List<ColumnPlan> infer(List<String> names, List<String[]> rows, MissingMarkers markers, char delimiter,
      Character decimal, NonNumericPolicy policy) {
    boolean dot = decimal == null || decimal == '.';
    boolean comma = decimal != null ? decimal == ',' : delimiter != ',';
    boolean tolerant = policy != NonNumericPolicy.TEXT;
    // Columns are independent: on two cores a wide sample is typed in about half the time (in a
    // fresh JVM this runs interpreted, 0.15 s for 10k x 20 on one thread).
    return java.util.stream.IntStream.range(0, names.size()).parallel()
        .mapToObj(c -> inferColumn(names.get(c), rows, c, markers, dot, comma, tolerant))
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
  }

  /** Counts how many present cells parse with one decimal separator, and the distinct ones that do not. */
  private static final class Candidate {
    final char point;
    boolean alive;
    int present;
    int numbers;
    final Set<String> bad = new HashSet<>();

    Candidate(char point, boolean allowed) {
      this.point = point;
      this.alive = allowed;
    }

    void see(char[] b, String text, int badBudget) {
      if (!alive) {
        return;
      }
      if (NumberParser.isNumber(b, 0, b.length, point)) {
        numbers++;
      } else {
        bad.add(text.strip());
        alive = bad.size() <= MAX_BAD_TOKENS && numbersMissed() <= badBudget;
      }
    }

    int numbersMissed() {
      return present - numbers;
    }

    boolean all() {
      return alive && numbers == present;
    }

    boolean mostly() {
      return alive && numbers > 0 && numbers >= MIN_NUMERIC_SHARE * present;
    }
  }

  /** Whether every sampled value is a date-time read day-first, and read month-first, with each reading's form. */
  private static final class DateReadings {
    boolean dayFirst = true;
    boolean monthFirst = true;
    final DateTimeForm dayForm = new DateTimeForm();
    final DateTimeForm monthForm = new DateTimeForm();

    void see(char[] b) {
      dayFirst = dayFirst && ok(DateTimeParser.parse(b, 0, b.length, true, dayForm));
      monthFirst = monthFirst && ok(DateTimeParser.parse(b, 0, b.length, false, monthForm));
    }

    boolean any() {
      return dayFirst || monthFirst;
    }

    ColumnPlan plan(String name) {
      boolean useDayFirst = dayFirst;
      DateTimeForm form = useDayFirst ? dayForm : monthForm;
      // Both readings fit only when no value put day or month first (ISO) or when every such
      // value has both fields <= 12: only the latter is a real ambiguity.
      boolean ambiguous = dayFirst && monthFirst && form.fieldFirst();
      return ColumnPlan.dateTimes(name, useDayFirst, form.pattern(useDayFirst), ambiguous);
    }

    private static boolean ok(long v) {
      return v != DateTimeParser.FAIL && v != DateTimeParser.MISSING;
    }
  }

  private static ColumnPlan inferColumn(String name, List<String[]> rows, int c, MissingMarkers markers,
      boolean dotAllowed, boolean commaAllowed, boolean tolerant) {
    Candidate dot = new Candidate('.', dotAllowed);
    Candidate comma = new Candidate(',', commaAllowed);
    DateReadings dates = new DateReadings();
    int present = 0;
    // More odd cells than this cannot leave 90% numbers in the sample: stop counting early.
    int badBudget = (int) Math.floor(rows.size() * (1 - MIN_NUMERIC_SHARE));
    for (String[] row : rows) {
      String text = row[c];
      char[] b = text.toCharArray();
      if (markers.isMissing(b, 0, b.length)) {
        continue;
      }
      present++;
      dot.present = present;
      comma.present = present;
      dot.see(b, text, badBudget);
      comma.see(b, text, badBudget);
      dates.see(b);
      if (!dot.alive && !comma.alive && !dates.any()) {
        break;
      }
    }
    if (present == 0) {
      return new ColumnPlan(name, ColumnPlan.Storage.UNKNOWN, '.');
    }
    if (dot.all() || comma.all()) {
      return new ColumnPlan(name, ColumnPlan.Storage.NUMBER, dot.all() ? '.' : ',');
    }
    if (dates.any()) {
      return dates.plan(name);
    }
    if (dot.mostly() || comma.mostly()) {
      boolean useDot = dot.mostly() && (!comma.mostly() || dot.numbers >= comma.numbers);
      ColumnPlan.Storage storage = tolerant ? ColumnPlan.Storage.NUMBER : ColumnPlan.Storage.STRING;
      return new ColumnPlan(name, storage, useDot ? '.' : ',', true);
    }
    return new ColumnPlan(name, ColumnPlan.Storage.STRING, '.');
  }
}
