package org.newskg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering of the README ("Layout") as rules over the compiled main classes. Each stage package may use
 * only the packages below it:
 * <pre>
 * org.newskg (shared exceptions) → gazetteer → ingest → extract → link → rdf → eval → store → pipeline
 *   → query → export → serve → bench → cli
 * </pre>
 * HanLP is used only in {@code extract}; Jena not before {@code rdf}; no cycles between packages.
 */
class ArchitectureTest {
    /** Bottom to top. */
    static final List<String> LAYERS = List.of("gazetteer", "ingest", "extract", "link", "rdf", "eval", "store",
            "pipeline", "query", "export", "serve", "bench", "cli");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newskg");
    }

    @Test
    void eachStageUsesOnlyTheStagesBelowIt() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("base").definedBy("org.newskg");
        for (String l : LAYERS) layers = layers.layer(l).definedBy("org.newskg." + l + "..");
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] below = new String[i + 1];
            below[0] = "base";
            for (int j = 0; j < i; j++) below[j + 1] = LAYERS.get(j);
            layers = layers.whereLayer(LAYERS.get(i)).mayOnlyAccessLayers(below);
        }
        layers = layers.whereLayer("base").mayNotAccessAnyLayer();
        layers.check(classes);
    }

    @Test
    void hanlpOnlyInExtract() {
        noClasses().that().resideOutsideOfPackage("org.newskg.extract..")
                .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
                .because("HanLP is the extractor's business; other stages see only Extraction records")
                .check(classes);
    }

    @Test
    void jenaNotBeforeRdf() {
        String[] early = LAYERS.subList(0, LAYERS.indexOf("rdf")).stream().map(l -> "org.newskg." + l + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage(early)
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                .because("the stages before rdf work on plain records, so they run without Jena (e.g. in Spark tasks)")
                .check(classes);
    }

    /**
     * The workbench reads the store by SPARQL only: through the query and export services, never the vocabulary
     * class, the store adapter or the stages; and it does not call the HTTP export servlet beside it (both use the
     * export engine).
     */
    @Test
    void workbenchUsesSparqlServicesOnly() {
        noClasses().that().resideInAPackage("org.newskg.serve.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newskg.rdf..", "org.newskg.store..",
                        "org.newskg.pipeline..", "org.newskg.link..", "org.newskg.extract..", "org.newskg.ingest..",
                        "org.newskg.gazetteer..", "org.newskg.serve")
                .check(classes);
    }

    /**
     * Between the top-level packages. Inside a stage, sub-packages may refer to each other (the rules in
     * {@code extract.rules} produce the records of {@code extract}).
     */
    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.newskg.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theLayerListCoversEveryPackage() {
        List<String> top = classes.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("org.newskg."))
                .map(p -> p.substring("org.newskg.".length()).split("\\.")[0])
                .distinct().sorted().toList();
        for (String p : top)
            org.junit.jupiter.api.Assertions.assertTrue(LAYERS.contains(p),
                    "package org.newskg." + p + " has no place in the layering; add it to LAYERS and the README: " + Arrays.toString(LAYERS.toArray()));
    }
}
