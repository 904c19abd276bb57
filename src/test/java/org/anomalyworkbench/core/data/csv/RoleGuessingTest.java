package org.anomalyworkbench.core.data.csv;

import static org.anomalyworkbench.core.data.csv.CsvFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleGuessingTest {
  @TempDir
  Path dir;

  private static Map<String, ColumnRole> roles(Schema s) {
    Map<String, ColumnRole> m = new LinkedHashMap<>();
    for (ColumnInfo c : s.columns()) {
      m.put(c.name(), c.role());
    }
    return m;
  }

  /** 120 rows: id, timestamp, numeric, small category, free text, binary label. */
  private Path mixed(String labelName, String labelA, String labelB) {
    String csv = CsvFixtures.lines("Customer_ID,timestamp,amount,color,comment," + labelName, 120,
        r -> "C" + r + ",2024-01-01 00:" + String.format("%02d", r % 60) + ":00," + (r * 0.5) + ","
            + (r % 3 == 0 ? "red" : "blue") + ",note " + (r % 70) + "," + (r % 10 == 0 ? labelA : labelB));
    return write(dir, "mixed.csv", csv);
  }

  @Test
  void guessesLabelIdTimeFeaturesAndIgnoredText() {
    Schema s = CsvImporter.read(mixed("Label", "1", "0"), CsvImportOptions.defaults()).schema();
    Map<String, ColumnRole> expected = new LinkedHashMap<>();
    expected.put("Customer_ID", ColumnRole.ID);
    expected.put("timestamp", ColumnRole.TIME);
    expected.put("amount", ColumnRole.FEATURE);
    expected.put("color", ColumnRole.FEATURE);
    expected.put("comment", ColumnRole.IGNORED);
    expected.put("Label", ColumnRole.LABEL);
    assertEquals(expected, roles(s));
    assertEquals(ColumnKind.TEXT, s.column("comment").orElseThrow().kind());
    assertEquals(70, s.column("comment").orElseThrow().distinct());
    assertEquals(ColumnKind.CATEGORICAL, s.column("color").orElseThrow().kind());
  }

  @Test
  void textLabelsWithTwoValuesAreLabelsToo() {
    Schema s = CsvImporter.read(mixed("is_anomaly", "yes", "no"), CsvImportOptions.defaults()).schema();
    assertEquals(ColumnRole.LABEL, s.column("is_anomaly").orElseThrow().role());
  }

  @Test
  void labelNameWithThreeValuesIsIgnoredNotAFeature() {
    Path f = write(dir, "y.csv", CsvFixtures.lines("x,y", 30, r -> r + "," + (r % 3)));
    assertEquals(ColumnRole.IGNORED, CsvImporter.read(f, CsvImportOptions.defaults()).schema().column("y").orElseThrow().role(),
        "ground truth coded with three values must not leak into the features");
  }

  @Test
  void secondBinaryLabelLikeColumnIsIgnoredNotAFeature() {
    Path f = write(dir, "two.csv", CsvFixtures.lines("x,outlier,label", 30, r -> r + "," + (r % 2) + "," + (r % 2)));
    Map<String, ColumnRole> roles = roles(CsvImporter.read(f, CsvImportOptions.defaults()).schema());
    assertEquals(ColumnRole.LABEL, roles.get("label"));
    assertEquals(ColumnRole.IGNORED, roles.get("outlier"));
  }

  @Test
  void idNamedColumnWithRepeatsIsAFeature() {
    Path f = write(dir, "ids.csv", CsvFixtures.lines("id,v", 30, r -> (r % 5) + "," + r));
    assertEquals(ColumnRole.FEATURE, CsvImporter.read(f, CsvImportOptions.defaults()).schema().column("id").orElseThrow().role());
  }

  @Test
  void allDistinctTextIsAnIdAndAllMissingIsIgnored() {
    Path f = write(dir, "text.csv", CsvFixtures.lines("name,empty,v", 80, r -> "person " + r + ",," + r));
    Map<String, ColumnRole> roles = roles(CsvImporter.read(f, CsvImportOptions.defaults()).schema());
    assertEquals(ColumnRole.ID, roles.get("name"));
    assertEquals(ColumnRole.IGNORED, roles.get("empty"));
    assertEquals(ColumnRole.FEATURE, roles.get("v"));
  }

  @Test
  void explicitRolesAndLabelColumnOverrideGuesses() {
    CsvImportOptions o = CsvImportOptions.defaults()
        .withLabelColumn("color")
        .withRole("amount", ColumnRole.IGNORED)
        .withRole("comment", ColumnRole.FEATURE);
    Map<String, ColumnRole> roles = roles(CsvImporter.read(mixed("label", "1", "0"), o).schema());
    assertEquals(ColumnRole.LABEL, roles.get("color"));
    assertEquals(ColumnRole.IGNORED, roles.get("label"), "the guessed label gives way to the chosen one");
    assertEquals(ColumnRole.IGNORED, roles.get("amount"));
    assertEquals(ColumnRole.FEATURE, roles.get("comment"));
  }
}
