package org.anomalyworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the layering described in docs/ARCHITECTURE.md. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.anomalyworkbench");
  }

  @Test
  void coreHasNoJavaFx() {
    noClasses().that().resideInAPackage("..core..")
        .should().dependOnClassesThat().resideInAPackage("javafx..")
        .because("the engine must run headless in the CLI and in tests")
        .check(classes);
  }

  @Test
  void coreNeverPrints() {
    noClasses().that().resideInAPackage("..core..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("core reports through return values, exceptions and listeners; the UI and CLI decide what to show")
        .check(classes);
  }

  @Test
  void coreDoesNotDependOnUiOrCli() {
    noClasses().that().resideInAPackage("..core..")
        .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..")
        .because("the engine is shared by the window and the command line")
        .check(classes);
  }

  @Test
  void uiAndCliAreIndependent() {
    noClasses().that().resideInAPackage("..ui..")
        .should().dependOnClassesThat().resideInAPackage("..cli..")
        .because("the window and the command line are two faces of the same core")
        .check(classes);
    noClasses().that().resideInAPackage("..cli..")
        .should().dependOnClassesThat().resideInAPackage("..ui..")
        .because("the command line must start without JavaFX")
        .check(classes);
  }

  @Test
  void onlyTheSparkJobTouchesSpark() {
    noClasses().that().resideOutsideOfPackage("org.anomalyworkbench.spark..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.anomalyworkbench.spark..")
        .because("the desktop package does not carry Spark: the CLI's score --spark finds the job by name")
        .check(classes);
    noClasses().that().resideInAPackage("org.anomalyworkbench.spark..")
        .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..")
        .because("the job jar scores with the core alone")
        .allowEmptyShould(true) // the desktop build has no spark package
        .check(classes);
  }

  @Test
  void stepViewsDoNotDependOnTheSeriesOrImageViews() {
    noClasses().that().resideInAnyPackage("..ui.results..", "..ui.data..", "..ui.detector..", "..ui.train..")
        .should().dependOnClassesThat().resideInAnyPackage("..ui.series..", "..ui.images..")
        .because("the series and image views attach themselves to the step views (SeriesResults, ImageResults, "
            + "ImageData), so the table path works without them")
        .check(classes);
    noClasses().that().resideInAPackage("..ui.series..")
        .should().dependOnClassesThat().resideInAPackage("..ui.images..")
        .because("series and images are separate paths over the shared results")
        .check(classes);
  }

  @Test
  void deepLearningStaysInsideDetectorsAndCompute() {
    noClasses().that().resideOutsideOfPackages(
            "..core.detector.dl4j..", "..core.detector.autoencoder..", "..core.detector.vae..",
            "..core.detector.latent..", "..core.detector.classifier..", "..core.detector.convae..",
            "..core.compute..")
        .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "org.bytedeco..")
        .because("DL4J/ND4J are an implementation detail of the deep detectors (DESIGN.md §2)")
        .check(classes);
  }

  @Test
  void corePackagesFormNoCycles() {
    slices().matching("org.anomalyworkbench.core.(**)")
        .should().beFreeOfCycles()
        .because("each package builds on the ones below it (docs/ARCHITECTURE.md, 'Packages'); a cycle means "
            + "neither can change or be tested alone")
        .check(classes);
  }

  @Test
  void detectorsSitBelowModelFilesPipelineAndProjects() {
    noClasses().that().resideInAnyPackage("..core.detector..", "..core.data..", "..core.archive..")
        .should().dependOnClassesThat().resideInAnyPackage("..core.model..", "..core.pipeline..", "..core.project..")
        .because("model files, the training pipeline and project files use detectors, never the other way round")
        .check(classes);
    noClasses().that().resideInAPackage("..core.archive..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.anomalyworkbench..")
            .and(JavaClass.Predicates.resideOutsideOfPackage("..core.archive..")))
        .because("the archive format is the bottom layer: any part may write its state with it")
        .check(classes);
  }
}
