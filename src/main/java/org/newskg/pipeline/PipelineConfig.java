package org.newskg.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newskg.extract.ExtractConfig;
import org.newskg.ingest.IngestConfig;
import org.newskg.link.LinkerConfig;

/**
 * The configuration of every stage, in one value: what the reader, the extractor and the linker are built from.
 *
 * @param ingest  reading: default source name, home region and publication date
 * @param extract extraction: user lexicons, gazetteer on or off
 * @param link    linking: home region
 */
public record PipelineConfig(IngestConfig ingest, ExtractConfig extract, LinkerConfig link) {
    public PipelineConfig {
        Objects.requireNonNull(ingest, "ingest config");
        Objects.requireNonNull(extract, "extract config");
        Objects.requireNonNull(link, "linker config");
    }

    /** The defaults: no source name, no home region, no user lexicon. */
    public static PipelineConfig defaults() {
        return of(null, null, List.of());
    }

    /**
     * The configuration the command-line options give.
     *
     * @param source   default source name of articles that do not state one, or null
     * @param home     home region (a division name or code), or null
     * @param lexicons user lexicon files
     */
    public static PipelineConfig of(String source, String home, List<Path> lexicons) {
        return of(source, home, null, lexicons);
    }

    /**
     * The configuration the command-line options give.
     *
     * @param source   default source name of articles that do not state one, or null
     * @param home     home region (a division name or code), or null
     * @param date     publication date of articles from files that do not state one ({@code --date}), or null
     * @param lexicons user lexicon files
     */
    public static PipelineConfig of(String source, String home, LocalDate date, List<Path> lexicons) {
        IngestConfig ingest = new IngestConfig(source, home, date);
        return new PipelineConfig(ingest, ExtractConfig.defaults().withLexicons(List.copyOf(lexicons)), LinkerConfig.from(ingest));
    }
}
