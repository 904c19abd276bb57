package org.anomalyworkbench.core.data.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PreparationTest {
  private static final double EPS = 1e-6;

  /** x = 1..5 (row 2 missing), color, label yes/no. */
  private static Dataset small(double[] x, String[] color, String[] label) {
    Table t = Table.create("t", DoubleColumn.create("x", x), StringColumn.create("color", color),
        StringColumn.create("label", label));
    Schema s = new Schema(List.of(
        new ColumnInfo("x", ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, 0),
        new ColumnInfo("color", ColumnKind.CATEGORICAL, ColumnRole.FEATURE, 0, 0),
        new ColumnInfo("label", ColumnKind.CATEGORICAL, ColumnRole.LABEL, 0, 0)));
    return new Dataset("t", null, t, s);
  }

  private static Dataset example() {
    return small(new double[] {1, 2, Double.NaN, 4, 100},
        new String[] {"red", "blue", "red", "", "green"},
        new String[] {"no", "no", "no", "no", "yes"});
  }

  private static PreparationConfig cfg(Scaling s) {
    return PreparationConfig.defaults().withScaling(s);
  }

  @Test
  void standardScalingImputationAndOneHotByHand() {
    Dataset d = example();
    // Training rows 0..3: x = 1, 2, NaN, 4 -> median 2, imputed 1, 2, 2, 4 -> mean 2.25,
    // population sd sqrt(((1.25^2 + 0.25^2 * 2 + 1.75^2) / 4)) = sqrt(1.1875).
    Preparation p = Preparation.fit(d, new int[] {0, 1, 2, 3}, cfg(Scaling.STANDARD));
    assertEquals(List.of("x", "color=red", "color=blue"), p.featureNames());
    PreparedData m = p.transform(d);
    double sd = Math.sqrt(1.1875);
    assertEquals((1 - 2.25) / sd, m.get(0, 0), EPS);
    assertEquals((2 - 2.25) / sd, m.get(2, 0), EPS, "missing x is the training median 2");
    assertEquals((100 - 2.25) / sd, m.get(4, 0), 1e-4, "float precision at ~90");
    assertArrayEquals(new float[] {1, 0}, new float[] {m.get(0, 1), m.get(0, 2)});
    assertArrayEquals(new float[] {0, 0}, new float[] {m.get(3, 1), m.get(3, 2)}, "missing color: zeros");
    assertArrayEquals(new float[] {0, 0}, new float[] {m.get(4, 1), m.get(4, 2)}, "unseen 'green': zeros");
    assertArrayEquals(new int[] {0, 0, 0, 0, 1}, m.labels());
    // color=red is in 2 of 4 training rows -> median 0.5; blue 1 of 4 -> 0.
    assertArrayEquals(new float[] {(float) ((2 - 2.25) / sd), 0.5f, 0f}, p.trainingMedians(), 1e-6f);
    assertEquals(2.0, p.sourceFeatures().get(0).rawMedian());
    assertEquals("red", p.sourceFeatures().get(1).mostFrequent());
  }

  @Test
  void robustMinMaxAndNone() {
    Dataset d = small(new double[] {1, 2, 3, 4, 5, 50}, new String[] {"a", "a", "a", "a", "a", "a"},
        new String[] {"0", "0", "0", "0", "0", "1"});
    int[] train = {0, 1, 2, 3, 4};
    // Robust: median 3, quartiles 2 and 4 -> (x - 3) / 2.
    assertEquals((50 - 3) / 2.0, Preparation.fit(d, train, cfg(Scaling.ROBUST)).transform(d).get(5, 0), EPS);
    // Min-max: (x - 1) / 4.
    assertEquals(0.25, Preparation.fit(d, train, cfg(Scaling.MIN_MAX)).transform(d).get(1, 0), EPS);
    assertEquals(50, Preparation.fit(d, train, cfg(Scaling.NONE)).transform(d).get(5, 0), EPS);
  }

  @Test
  void zeroSpreadScalesByOne() {
    Dataset d = small(new double[] {7, 7, 7, 9}, new String[] {"a", "b", "a", "b"}, new String[] {"n", "n", "n", "y"});
    for (Scaling s : Scaling.values()) {
      PreparedData m = Preparation.fit(d, new int[] {0, 1, 2}, cfg(s)).transform(d);
      assertTrue(Float.isFinite(m.get(3, 0)), s.name());
      assertEquals(s == Scaling.NONE ? 9 : 2, m.get(3, 0), EPS, s.name());
    }
  }

  @Test
  void validationRowsDoNotChangeTheFit() {
    Dataset a = example();
    Dataset b = small(new double[] {1, 2, Double.NaN, 4, -1e6},
        new String[] {"red", "blue", "red", "", "purple"}, new String[] {"no", "no", "no", "no", "yes"});
    int[] train = {0, 1, 2, 3};
    for (Scaling s : Scaling.values()) {
      Preparation pa = Preparation.fit(a, train, cfg(s));
      Preparation pb = Preparation.fit(b, train, cfg(s));
      assertArrayEquals(pa.trainingMedians(), pb.trainingMedians(), s.name());
      assertArrayEquals(pa.transform(a).slice(0, 4).values(), pb.transform(b).slice(0, 4).values(), s.name());
    }
  }

  @Test
  void categoryLevelsAreCappedByTrainingFrequency() {
    Dataset d = small(new double[] {1, 2, 3, 4, 5, 6}, new String[] {"c", "b", "b", "a", "a", "a"},
        new String[] {"n", "n", "n", "n", "n", "y"});
    Preparation p = Preparation.fit(d, new int[] {0, 1, 2, 3, 4, 5}, cfg(Scaling.NONE).withMaxCategoryLevels(2));
    assertEquals(List.of("x", "color=a", "color=b"), p.featureNames());
    PreparedData m = p.transform(d);
    assertArrayEquals(new float[] {1, 0, 0}, m.row(0), "rare level 'c' beyond the cap: zeros");
  }

  @Test
  void dateTimesBecomeEpochSeconds() {
    Table t = Table.create("t", DateTimeColumn.create("when",
        LocalDateTime.of(1970, 1, 1, 0, 1), LocalDateTime.of(1970, 1, 2, 0, 0), null));
    Dataset d = new Dataset("t", null, t, new Schema(List.of(
        new ColumnInfo("when", ColumnKind.DATETIME, ColumnRole.FEATURE, 1, 2))));
    Preparation p = Preparation.fit(d, new int[] {0, 1, 2}, cfg(Scaling.NONE));
    PreparedData m = p.transform(d);
    assertEquals(60, m.get(0, 0), EPS);
    assertEquals(86_400, m.get(1, 0), EPS);
    assertEquals((60 + 86_400) / 2.0, m.get(2, 0), EPS, "missing: median");
    assertNull(m.labels());
  }

  @Test
  void saveAndLoadGiveTheIdenticalTransform() throws IOException {
    Dataset d = SyntheticData.dataset("syn", 2_000, 6, 0.05, 3);
    Split.TrainValidation split = Split.trainValidation(d.rows(), 0.2, 11);
    for (Scaling s : Scaling.values()) {
      Preparation p = Preparation.fit(d, split.training(), cfg(s));
      ModelArchive.Writer w = new ModelArchive.Writer();
      p.save(w.nested("prep"));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      w.writeTo(bytes);
      Preparation back = Preparation.load(ModelArchive.Reader.from(new ByteArrayInputStream(bytes.toByteArray()))
          .nested("prep"));
      assertArrayEquals(p.transform(d).values(), back.transform(d).values(), s.name());
      assertArrayEquals(p.transform(d).labels(), back.transform(d).labels());
      assertEquals(p.featureNames(), back.featureNames());
      assertArrayEquals(p.trainingMedians(), back.trainingMedians());
      assertEquals(p.sourceFeatures(), back.sourceFeatures());
      assertEquals(p.labelEncoding(), back.labelEncoding());
      assertEquals(p.config(), back.config());
    }
    Dataset cat = example();
    Preparation p = Preparation.fit(cat, new int[] {0, 1, 2, 3}, cfg(Scaling.ROBUST));
    ModelArchive.Writer w = new ModelArchive.Writer();
    p.save(w);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    w.writeTo(bytes);
    Preparation back = Preparation.load(ModelArchive.Reader.from(new ByteArrayInputStream(bytes.toByteArray())));
    assertArrayEquals(p.transform(cat).values(), back.transform(cat).values());
  }

  @Test
  void missingFeatureColumnIsNamedExtraColumnsAreIgnored() {
    Dataset d = example();
    Preparation p = Preparation.fit(d, new int[] {0, 1, 2, 3}, cfg(Scaling.STANDARD));
    Table without = d.table().copy().removeColumns("color");
    Dataset later = new Dataset("later", java.nio.file.Path.of("new.csv"), without, new Schema(List.of(
        new ColumnInfo("x", ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, 0),
        new ColumnInfo("label", ColumnKind.CATEGORICAL, ColumnRole.LABEL, 0, 0))));
    DataImportException e = assertThrows(DataImportException.class, () -> p.transform(later));
    assertEquals("color", e.column());
    assertTrue(e.getMessage().startsWith("new.csv, column 'color': This column is missing"), e.getMessage());

    Table extra = d.table().copy().addColumns(DoubleColumn.create("unused", 1, 2, 3, 4, 5));
    Dataset wider = new Dataset("w", null, extra, d.schema());
    assertArrayEquals(p.transform(d).values(), p.transform(wider).values());
  }

  @Test
  void textInANumericColumnOfLaterDataIsNamed() {
    Dataset d = example();
    Preparation p = Preparation.fit(d, new int[] {0, 1, 2, 3}, cfg(Scaling.STANDARD));
    Table t = Table.create("t", StringColumn.create("x", "1", "2", "3", "4", "5"),
        StringColumn.create("color", "red", "red", "red", "red", "red"));
    Dataset later = new Dataset("later", null, t, new Schema(List.of()));
    DataImportException e = assertThrows(DataImportException.class, () -> p.transform(later));
    assertEquals("x", e.column());
    assertNull(p.transform(new Dataset("l", null, d.table(), new Schema(List.of()))).labels(),
        "no LABEL role in the schema: no labels");
  }

  @Test
  void noFeaturesIsAClearError() {
    Dataset d = example();
    Dataset none = d.withSchema(d.schema().withRole("x", ColumnRole.IGNORED).withRole("color", ColumnRole.IGNORED));
    DataImportException e = assertThrows(DataImportException.class,
        () -> Preparation.fit(none, new int[] {0}, PreparationConfig.defaults()));
    assertTrue(e.getMessage().contains("no feature columns"), e.getMessage());
  }
}
