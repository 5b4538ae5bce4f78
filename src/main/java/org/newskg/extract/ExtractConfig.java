package org.newskg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Configuration of the extractor.
 *
 * @param lexicons     user lexicon files (TSV {@code surface<TAB>type<TAB>subtype[<TAB>priority]}, see
 *                     {@code org/newskg/extract/README.md}); their entries win over the built-in rules
 * @param useGazetteer whether the administrative-division gazetteer confirms and types place names
 *                     (off only for tests that measure the rules alone)
 */
public record ExtractConfig(List<Path> lexicons, boolean useGazetteer) {
    public ExtractConfig {
        lexicons = List.copyOf(Objects.requireNonNull(lexicons, "lexicons"));
    }

    public static ExtractConfig defaults() {
        return new ExtractConfig(List.of(), true);
    }

    public ExtractConfig withLexicons(List<Path> files) {
        return new ExtractConfig(files, useGazetteer);
    }
}
