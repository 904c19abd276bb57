package org.anomalyworkbench.ui.results;

import java.util.Arrays;
import org.anomalyworkbench.core.scoring.ScoreHistogram;
import org.anomalyworkbench.ui.common.Format;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.projection.DatasetProjection;
import org.anomalyworkbench.core.scoring.DecisionRule;
import org.anomalyworkbench.core.scoring.KOfN;
import org.anomalyworkbench.core.scoring.ThresholdChoice;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;

/**
 * State shared by the linked results views: one threshold and one row selection that the
 * histogram, the records table, the detail panel, the scatter plot and the evaluation curves
 * all observe and change. Moving the threshold costs O(log n) here (a binary search in the
 * sorted scores and a length change of the virtual records list); nothing is rescored. On a
 * series the decisions may be smoothed ({@link #kOfNProperty() k of the last n} points must
 * pass): the flagged count, the records and the series view then follow the smoothed flags,
 * recomputed in O(n) from the scores already there.
 */
public final class ResultsViewModel {
  /** Histogram resolution: enough to see shape, few enough to click. */
  public static final int BINS = 60;

  private final ReadOnlyObjectWrapper<ResultsData> data = new ReadOnlyObjectWrapper<>(this, "data");
  private final ReadOnlyObjectWrapper<ScoreHistogram> histogram = new ReadOnlyObjectWrapper<>(this, "histogram");
  private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", Double.NaN);
  private final ReadOnlyIntegerWrapper flaggedCount = new ReadOnlyIntegerWrapper(this, "flaggedCount");
  private final ReadOnlyDoubleWrapper flaggedRate = new ReadOnlyDoubleWrapper(this, "flaggedRate");
  private final ObjectProperty<RowSelection> selection = new SimpleObjectProperty<>(this, "selection");
  private final ReadOnlyObjectWrapper<RowSelection> filter = new ReadOnlyObjectWrapper<>(this, "filter");
  private final ReadOnlyObjectWrapper<boolean[]> highlightedBins = new ReadOnlyObjectWrapper<>(this, "highlightedBins");
  private final ReadOnlyIntegerWrapper focusedRow = new ReadOnlyIntegerWrapper(this, "focusedRow", -1);
  private final StringProperty textFilter = new SimpleStringProperty(this, "textFilter", "");
  private final IntegerProperty topK = new SimpleIntegerProperty(this, "topK", 0);
  private final ObjectProperty<SortKey> sortKey = new SimpleObjectProperty<>(this, "sortKey", SortKey.SCORE_DESCENDING);
  private final BooleanProperty logCounts = new SimpleBooleanProperty(this, "logCounts", false);
  private final BooleanProperty logScores = new SimpleBooleanProperty(this, "logScores", false);
  private final javafx.beans.property.ReadOnlyBooleanWrapper logScoresPossible =
      new javafx.beans.property.ReadOnlyBooleanWrapper(this, "logScoresPossible", false);
  private final RecordsList records = new RecordsList();
  private final ReadOnlyObjectWrapper<DatasetProjection> projection = new ReadOnlyObjectWrapper<>(this, "projection");
  private final ReadOnlyStringWrapper projectionNote = new ReadOnlyStringWrapper(this, "projectionNote", "");
  private final ObjectProperty<ThresholdStrategy> strategy =
      new SimpleObjectProperty<>(this, "strategy", ThresholdStrategy.CONTAMINATION);
  private final StringProperty strategyParameter = new SimpleStringProperty(this, "strategyParameter", "5");
  private final ReadOnlyStringWrapper strategyError = new ReadOnlyStringWrapper(this, "strategyError", "");
  private final ReadOnlyObjectWrapper<EvaluationData> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
  private final ReadOnlyStringWrapper thresholdNote = new ReadOnlyStringWrapper(this, "thresholdNote", "");
  private final ObjectProperty<KOfN> kOfN = new SimpleObjectProperty<>(this, "kOfN", KOfN.OFF);
  private final javafx.beans.property.ReadOnlyBooleanWrapper series =
      new javafx.beans.property.ReadOnlyBooleanWrapper(this, "series", false);
  private final ThresholdResolver resolver;
  /** The current data's rows in time order; null when it is not a series. */
  private TimeOrder timeOrder;
  /** The decisions on screen when smoothed, in file order; null when they are score >= threshold. */
  private boolean[] smoothedFlags;
  private int[] filterByRank;
  /** The rule that produced the threshold on screen; null when it was dragged or typed. */
  private ThresholdPolicy appliedPolicy;
  private boolean applyingStrategy;
  /**
   * The rule and parameter behind the threshold on screen. The rule box may already show another
   * rule (picked, not yet applied), so undo must put back this one, not the box's.
   */
  private ThresholdStrategy shownStrategy = ThresholdStrategy.CONTAMINATION;
  private String shownParameter = "5";
  private java.util.function.Consumer<org.anomalyworkbench.ui.UndoHistory.Entry> undoSink = e -> { };
  private ThresholdState dragStart;

  /** Everything that decides the threshold, to put it back on undo. */
  private record ThresholdState(ResultsData data, ThresholdStrategy strategy, String parameter, double threshold,
      String note, ThresholdPolicy policy) {
  }

  /** @param resolver turns the chosen strategy into a number (core's threshold policies) */
  public ResultsViewModel(ThresholdResolver resolver) {
    this.resolver = resolver;
    strategy.addListener((o, a, b) -> {
      if (b != null && b.parameter() != null && !applyingStrategy) {
        strategyParameter.set(Format.score(b.defaultValue()));
      }
      strategyError.set("");
    });
    threshold.addListener((o, a, b) -> {
      if (!applyingStrategy) {
        // A dragged or typed threshold is a fixed one; the toolbar should say so.
        applyingStrategy = true;
        strategy.set(ThresholdStrategy.FIXED);
        applyingStrategy = false;
        thresholdNote.set("");
        appliedPolicy = null;
        shownStrategy = ThresholdStrategy.FIXED;
        shownParameter = strategyParameter.get();
      }
      onThresholdChanged();
    });
    kOfN.addListener((o, a, b) -> onThresholdChanged());
    selection.addListener((o, a, b) -> onSelectionChanged(b));
    logScores.addListener((o, a, b) -> rebinHistogram());
    textFilter.addListener((o, a, b) -> refreshRecords());
    topK.addListener((o, a, b) -> refreshRecords());
    sortKey.addListener((o, a, b) -> refreshRecords());
  }

  /** Where threshold edits (a drag, a typed value, an applied rule) are recorded for undo. */
  public void setUndoSink(java.util.function.Consumer<org.anomalyworkbench.ui.UndoHistory.Entry> sink) {
    this.undoSink = sink;
  }

  private ThresholdState thresholdState() {
    return new ThresholdState(data.get(), shownStrategy, shownParameter, threshold.get(),
        thresholdNote.get(), appliedPolicy);
  }

  /** Records {@code before} for undo when the threshold moved since. */
  private void recordThresholdEdit(ThresholdState before) {
    if (before.data() == null || before.data() != data.get() || Double.compare(before.threshold(), threshold.get()) == 0) {
      return;
    }
    undoSink.accept(new org.anomalyworkbench.ui.UndoHistory.Entry(
        "threshold " + Format.score(threshold.get()) + " → " + Format.score(before.threshold()),
        () -> data.get() == before.data(), () -> restore(before)));
  }

  private void restore(ThresholdState s) {
    applyingStrategy = true;
    try {
      strategy.set(s.strategy());
      strategyParameter.set(s.parameter());
      shownStrategy = s.strategy();
      shownParameter = s.parameter();
      strategyError.set("");
      thresholdNote.set(s.note());
      appliedPolicy = s.policy();
      if (Double.compare(threshold.get(), s.threshold()) == 0) {
        onThresholdChanged();
      } else {
        threshold.set(s.threshold());
      }
    } finally {
      applyingStrategy = false;
    }
  }

  /** The user pressed on the threshold line: one drag is one undo step. */
  public void beginThresholdDrag() {
    dragStart = thresholdState();
  }

  /** The drag ended. */
  public void endThresholdDrag() {
    if (dragStart != null) {
      recordThresholdEdit(dragStart);
      dragStart = null;
    }
  }

  /**
   * Resolves the chosen strategy with its parameter and applies the threshold.
   *
   * @return true when applied; otherwise {@link #strategyErrorProperty()} says why
   */
  public boolean applyStrategy() {
    ThresholdState before = thresholdState();
    boolean applied = resolveStrategy();
    if (applied) {
      recordThresholdEdit(before);
    }
    return applied;
  }

  private boolean resolveStrategy() {
    ResultsData d = data.get();
    ThresholdStrategy s = strategy.get();
    if (d == null || s == null) {
      return false;
    }
    double param = Double.NaN;
    if (s.parameter() != null) {
      try {
        param = Double.parseDouble(strategyParameter.get().trim());
      } catch (NumberFormatException | NullPointerException e) {
        strategyError.set(s.parameter() + " must be a number between " + Format.score(s.min()) + " and "
            + Format.score(s.max()) + ".");
        return false;
      }
      if (!(param >= s.min() && param <= s.max())) {
        strategyError.set(s.parameter() + " must be between " + Format.score(s.min()) + " and "
            + Format.score(s.max()) + ", not " + strategyParameter.get().trim() + ".");
        return false;
      }
    }
    if (s == ThresholdStrategy.FIXED) {
      strategyError.set("");
      shownStrategy = s;
      shownParameter = strategyParameter.get();
      return true;
    }
    ThresholdChoice choice;
    try {
      choice = resolver.resolve(s, param, d);
    } catch (IllegalArgumentException | IllegalStateException e) {
      strategyError.set(e.getMessage());
      return false;
    }
    double t = choice.value();
    strategyError.set("");
    thresholdNote.set(choice.note());
    appliedPolicy = CoreThresholds.policy(s, param);
    shownStrategy = s;
    shownParameter = strategyParameter.get();
    applyingStrategy = true;
    try {
      if (Double.compare(threshold.get(), t) == 0) {
        onThresholdChanged();
      } else {
        threshold.set(t);
      }
    } finally {
      applyingStrategy = false;
    }
    return true;
  }

  /** Installs the curves and areas of the current (labelled) data, computed in the background. */
  public void setEvaluation(EvaluationData e) {
    evaluation.set(e);
  }

  /** ROC/PR curves and AUCs of the current data, or null (no labels, or not computed yet). */
  public ReadOnlyObjectProperty<EvaluationData> evaluationProperty() {
    return evaluation.getReadOnlyProperty();
  }

  /** A warning about the shown results, e.g. that roles changed since training, or "". */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public void setNotice(String text) {
    notice.set(text == null ? "" : text);
  }

  public ObjectProperty<ThresholdStrategy> strategyProperty() {
    return strategy;
  }

  /** The strategy's parameter as typed (k, percent or quantile). */
  public StringProperty strategyParameterProperty() {
    return strategyParameter;
  }

  /** Why the last strategy could not be applied, or "". */
  public ReadOnlyStringProperty strategyErrorProperty() {
    return strategyError.getReadOnlyProperty();
  }

  /**
   * Shows a new result with the threshold from the current strategy (falling back to the top
   * 5% when the strategy cannot apply to it). A fixed threshold does not carry over: it was a
   * number on the previous scores and could flag nothing (or everything) on these, so the top
   * 5% is shown instead and {@link #thresholdNoteProperty()} says so. Resets selection and filter.
   */
  public void setData(ResultsData newData) {
    boolean wasFixed = strategy.get() == ThresholdStrategy.FIXED && newData != null;
    if (wasFixed) {
      applyingStrategy = true;
      strategy.set(ThresholdStrategy.CONTAMINATION);
      strategyParameter.set("5");
      applyingStrategy = false;
    }
    setData(newData, Double.NaN);
    // The first threshold of a new result is not an edit to undo: resolve without recording.
    if (newData != null && !resolveStrategy()) {
      String why = strategyError.get();
      strategy.set(ThresholdStrategy.CONTAMINATION);
      strategyParameter.set("5");
      resolveStrategy();
      strategyError.set(why);
    }
    if (wasFixed) {
      String note = thresholdNote.get();
      thresholdNote.set("The fixed threshold of the previous result does not carry over to new scores: showing the "
          + "top 5%. Drag the line or type a value to change it." + (note.isEmpty() ? "" : " " + note));
    }
  }

  /**
   * Shows {@code value}, the threshold saved with a model file, as a fixed threshold (scoring
   * new data with a saved model applies its number, as the command line's {@code score} does).
   *
   * @param origin where it came from, e.g. "top 5% of the training data's scores, saved with the model"
   */
  public void showSavedThreshold(double value, ThresholdPolicy policy, String origin) {
    showSavedThreshold(value, policy, origin, KOfN.OFF);
  }

  /** As {@link #showSavedThreshold(double, ThresholdPolicy, String)}, with the model's smoothing (series only). */
  public void showSavedThreshold(double value, ThresholdPolicy policy, String origin, KOfN saved) {
    if (data.get() == null || Double.isNaN(value)) {
      return;
    }
    kOfN.set(series.get() ? saved : KOfN.OFF);
    threshold.set(value);
    appliedPolicy = policy;
    thresholdNote.set("Threshold " + Format.score(value) + ": " + origin + ".");
  }

  /**
   * The policy behind the threshold on screen, in core's terms, so that saving the model keeps
   * what the user sees: a dragged or typed value is a fixed threshold, a rule keeps its rule.
   * Null when no finite threshold is shown.
   */
  public ThresholdPolicy shownPolicy() {
    if (appliedPolicy != null) {
      return appliedPolicy;
    }
    return Double.isFinite(threshold.get()) ? new ThresholdPolicy.Fixed(threshold.get()) : null;
  }

  /**
   * What the user should know about the threshold on screen, or "": ties that keep a rule from
   * flagging the share asked for, a fixed threshold that did not carry over, a saved threshold.
   */
  public ReadOnlyStringProperty thresholdNoteProperty() {
    return thresholdNote.getReadOnlyProperty();
  }

  /** Shows a new result with a given threshold: resets selection and filter. */
  public void setData(ResultsData newData, double initialThreshold) {
    selection.set(null);
    filter.set(null);
    filterByRank = null;
    projection.set(null);
    evaluation.set(null);
    projectionNote.set(newData == null ? "" : "Computing the 2-D projection…");
    focusedRow.set(-1);
    timeOrder = timeOrderOf(newData);
    series.set(timeOrder != null);
    if (timeOrder == null && !kOfN.get().isOff()) {
      kOfN.set(KOfN.OFF); // smoothing along time means nothing for rows without one
    }
    data.set(newData);
    logScoresPossible.set(newData != null && ScoreHistogram.logAxisPossible(newData.ranked()));
    rebinHistogram();
    if (newData == null) {
      records.clear();
      flaggedCount.set(0);
      flaggedRate.set(0);
      return;
    }
    applyingStrategy = true;
    try {
      if (Double.compare(threshold.get(), initialThreshold) == 0) {
        onThresholdChanged();
      } else {
        threshold.set(initialThreshold);
      }
    } finally {
      applyingStrategy = false;
    }
  }

  /** Counts the histogram again (on the current axis) and re-marks the selected rows' bins. */
  private void rebinHistogram() {
    ResultsData d = data.get();
    histogram.set(d == null ? null
        : ScoreHistogram.of(d.scores().values(), d.labels(), d.ranked(), BINS, logScores.get()));
    highlightedBins.set(binsOf(selection.get()));
  }

  private void onThresholdChanged() {
    ResultsData d = data.get();
    if (d == null) {
      return;
    }
    double t = threshold.get();
    int count;
    if (isSmoothed()) {
      smoothedFlags = Double.isNaN(t) ? new boolean[d.rows()]
          : new DecisionRule(t, kOfN.get()).flags(d.scores().values(), timeOrder);
      count = DecisionRule.count(smoothedFlags);
    } else {
      smoothedFlags = null;
      count = Double.isNaN(t) ? 0 : d.ranked().countAtOrAbove(t);
    }
    // Rate first: listeners of the count read the rate.
    flaggedRate.set(d.rows() == 0 ? 0 : count / (double) d.rows());
    flaggedCount.set(count);
    if (filterByRank == null) {
      refreshRecords();
    }
  }

  /** One flag per histogram bin: true where a row of {@code s} falls. */
  private boolean[] binsOf(RowSelection s) {
    ResultsData d = data.get();
    boolean[] bins = new boolean[BINS];
    ScoreHistogram h = histogram.get();
    if (s != null && d != null && h != null) {
      for (int row : s.rows()) {
        double score = d.scores().value(row);
        if (!Double.isNaN(score)) {
          bins[h.binOf(score)] = true;
        }
      }
    }
    return bins;
  }

  private void onSelectionChanged(RowSelection s) {
    ResultsData d = data.get();
    highlightedBins.set(binsOf(s));
    if (s == null) {
      filter.set(null);
      filterByRank = null;
      refreshRecords();
    } else if (s.source() != RowSelection.Source.TABLE) {
      // Picking in the histogram or scatter narrows the table; picking in the table only
      // highlights elsewhere, or the table would re-filter under the user's mouse.
      filter.set(s);
      filterByRank = RecordOrder.byRank(s.rows(), d.ranked());
      focusedRow.set(filterByRank.length > 0 ? filterByRank[0] : -1);
      refreshRecords();
    }
  }

  /** Rebuilds the records list from the current filter, text, order and top-k. */
  private void refreshRecords() {
    ResultsData d = data.get();
    if (d == null) {
      records.clear();
      return;
    }
    String text = textFilter.get() == null ? "" : textFilter.get().trim();
    SortKey key = sortKey.get() == null ? SortKey.SCORE_DESCENDING : sortKey.get();
    int k = topK.get() > 0 ? topK.get() : Integer.MAX_VALUE;
    boolean fast = filterByRank == null && text.isEmpty() && key.equals(SortKey.SCORE_DESCENDING)
        && smoothedFlags == null;
    if (fast) {
      records.showTopRanks(d.ranked(), Math.min(k, flaggedCount.get()));
      return;
    }
    int[] rows;
    if (filterByRank != null) {
      rows = filterByRank;
    } else if (smoothedFlags != null) {
      rows = flaggedByRank(d);
    } else {
      rows = new int[flaggedCount.get()];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = d.ranked().rowAt(i);
      }
    }
    if (!text.isEmpty()) {
      rows = RecordOrder.filter(rows, text, d.dataset());
    }
    // Top-k means the k most anomalous of what is shown, then ordered as asked.
    if (rows.length > k) {
      rows = Arrays.copyOf(rows, k);
    }
    if (!key.equals(SortKey.SCORE_DESCENDING)) {
      rows = rows == filterByRank ? rows.clone() : rows;
      RecordOrder.sort(rows, key, d.dataset(), d.ranked());
    }
    records.showRows(rows);
  }

  /** The smoothed flagged rows, most anomalous first: they need not be the top ranks. */
  private int[] flaggedByRank(ResultsData d) {
    int[] rows = new int[flaggedCount.get()];
    int n = 0;
    for (int rank = 0; rank < d.rows() && n < rows.length; rank++) {
      int row = d.ranked().rowAt(rank);
      if (smoothedFlags[row]) {
        rows[n++] = row;
      }
    }
    return rows;
  }

  private static TimeOrder timeOrderOf(ResultsData d) {
    try {
      return d == null ? null : d.timeOrder().get().orElse(null);
    } catch (DataImportException e) {
      return null; // a broken time column: the series view says why; decisions stay per row
    }
  }

  /**
   * How many of the last points in time must pass the threshold for a point to be flagged; only
   * a series ({@link #seriesProperty()}) takes anything but {@link KOfN#OFF}.
   */
  public ObjectProperty<KOfN> kOfNProperty() {
    return kOfN;
  }

  /**
   * Parses k of n as typed (e.g. "3/5") and applies it without rescoring.
   *
   * @return null when applied, else a message saying what is wrong
   */
  public String setKOfNText(String text) {
    KOfN parsed;
    try {
      parsed = KOfN.parse(text == null ? "" : text);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (!parsed.isOff() && !series.get()) {
      return "k of n smooths decisions along time, but this result has no time column: mark one in the Data "
          + "step and train again, or keep 1/1.";
    }
    KOfN before = kOfN.get();
    kOfN.set(parsed);
    if (!before.equals(parsed)) {
      ResultsData shown = data.get();
      undoSink.accept(new org.anomalyworkbench.ui.UndoHistory.Entry(
          "k of n " + parsed.toText() + " → " + before.toText(), () -> data.get() == shown,
          () -> kOfN.set(before)));
    }
    return null;
  }

  /** True when the result has a time column, so decisions can be smoothed along it. */
  public javafx.beans.property.ReadOnlyBooleanProperty seriesProperty() {
    return series.getReadOnlyProperty();
  }

  /** True when the flags on screen are smoothed k of n, not simply score >= threshold. */
  public boolean isSmoothed() {
    return timeOrder != null && !kOfN.get().isOff();
  }

  /**
   * Rows flagged per histogram bin under the smoothed decisions, for the histogram to outline
   * (with k of n a flagged point may score below the threshold and a passing one go unflagged),
   * or null when the flags are simply score >= threshold. Counted again only when the flags or
   * the bins change.
   */
  public int[] smoothedFlagsPerBin() {
    ScoreHistogram hist = histogram.get();
    boolean[] flags = isSmoothed() ? smoothedFlags : null;
    if (flags == null || hist == null) {
      return null;
    }
    if (flags != perBinFlags || hist != perBinHistogram) {
      double[] scores = data.get().scores().values();
      int[] perBin = new int[hist.bins()];
      for (int r = 0; r < flags.length; r++) {
        if (flags[r]) {
          perBin[hist.binOf(scores[r])]++;
        }
      }
      perBinFlags = flags;
      perBinHistogram = hist;
      perBinCounts = perBin;
    }
    return perBinCounts;
  }

  private boolean[] perBinFlags;
  private ScoreHistogram perBinHistogram;
  private int[] perBinCounts;

  /** The smoothed decisions in file order (do not modify), or null when {@link #isSmoothed()} is false. */
  public boolean[] smoothedFlags() {
    return smoothedFlags;
  }

  /** The current result's rows in time order, or null when it is not a series. */
  public TimeOrder timeOrder() {
    return timeOrder;
  }

  /** Selects the rows of histogram bin {@code b}; the table then lists them. */
  public void selectBin(int b) {
    ResultsData d = data.get();
    ScoreHistogram h = histogram.get();
    if (d == null || h == null || b < 0 || b >= h.bins()) {
      return;
    }
    int[] rows = h.rowsOf(b, d.ranked());
    String upper = b == h.bins() - 1 && h.clipped() ? "max" : Format.score(h.edge(b + 1));
    selection.set(RowSelection.of(rows, RowSelection.Source.HISTOGRAM,
        "score " + Format.score(h.edge(b)) + " – " + upper));
  }

  /** Selects rows picked in the table: highlights them elsewhere, focuses the first. */
  public void selectFromTable(int[] rows) {
    if (rows.length == 0) {
      return;
    }
    focusedRow.set(rows[0]);
    selection.set(RowSelection.of(rows, RowSelection.Source.TABLE,
        rows.length == 1 ? "row " + (rows[0] + 1) : rows.length + " rows"));
  }

  /** Selects rows brushed in the scatter plot. */
  public void selectFromScatter(int[] rows) {
    selection.set(RowSelection.of(rows, RowSelection.Source.SCATTER, rows.length + " rows in the brushed area"));
  }

  public void clearSelection() {
    selection.set(null);
  }

  /** Shows {@code row} in the detail panel. */
  public void focus(int row) {
    focusedRow.set(row);
  }

  /**
   * Parses a threshold typed by the user and applies it.
   *
   * @return null when applied, else a message saying what is wrong
   */
  public String setThresholdText(String text) {
    try {
      double t = Double.parseDouble(text.trim());
      if (Double.isNaN(t)) {
        return "The threshold must be a number.";
      }
      ThresholdState before = thresholdState();
      threshold.set(t);
      recordThresholdEdit(before);
      return null;
    } catch (NumberFormatException e) {
      return "'" + text + "' is not a number; type e.g. 0.25 or 1.5e-3.";
    }
  }

  /** Installs the 2-D picture of the current data (computed in the background), or why there is none. */
  public void setProjection(DatasetProjection p, String note) {
    projection.set(p);
    projectionNote.set(note == null ? "" : note);
  }

  public ReadOnlyObjectProperty<DatasetProjection> projectionProperty() {
    return projection.getReadOnlyProperty();
  }

  /** Shown instead of the scatter while there is no projection, e.g. "Computing…". */
  public ReadOnlyStringProperty projectionNoteProperty() {
    return projectionNote.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ResultsData> dataProperty() {
    return data.getReadOnlyProperty();
  }

  public ResultsData getData() {
    return data.get();
  }

  public ReadOnlyObjectProperty<ScoreHistogram> histogramProperty() {
    return histogram.getReadOnlyProperty();
  }

  public DoubleProperty thresholdProperty() {
    return threshold;
  }

  public double getThreshold() {
    return threshold.get();
  }

  public ReadOnlyIntegerProperty flaggedCountProperty() {
    return flaggedCount.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty flaggedRateProperty() {
    return flaggedRate.getReadOnlyProperty();
  }

  public ObjectProperty<RowSelection> selectionProperty() {
    return selection;
  }

  /** The selection that currently narrows the table (from the histogram or scatter), or null. */
  public ReadOnlyObjectProperty<RowSelection> filterProperty() {
    return filter.getReadOnlyProperty();
  }

  /** One flag per histogram bin: true where a selected row falls. */
  public ReadOnlyObjectProperty<boolean[]> highlightedBinsProperty() {
    return highlightedBins.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty focusedRowProperty() {
    return focusedRow.getReadOnlyProperty();
  }

  public StringProperty textFilterProperty() {
    return textFilter;
  }

  /** Show at most this many rows (0 = all). */
  public IntegerProperty topKProperty() {
    return topK;
  }

  public ObjectProperty<SortKey> sortKeyProperty() {
    return sortKey;
  }

  public BooleanProperty logCountsProperty() {
    return logCounts;
  }

  /**
   * Whether the histogram's score axis is logarithmic, for scores spread over orders of
   * magnitude; ignored (linear) when some score is zero or negative.
   */
  public BooleanProperty logScoresProperty() {
    return logScores;
  }

  /** True when every score is positive, so the score axis can be logarithmic. */
  public javafx.beans.property.ReadOnlyBooleanProperty logScoresPossibleProperty() {
    return logScoresPossible.getReadOnlyProperty();
  }

  /** The rows the records table shows, as dataset row indices. */
  public RecordsList records() {
    return records;
  }
}
