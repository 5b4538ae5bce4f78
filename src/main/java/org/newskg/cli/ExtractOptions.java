package org.newskg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newskg.pipeline.PipelineConfig;
import picocli.CommandLine.Option;

/** Options shared by the commands that read and extract articles. */
public final class ExtractOptions {
    @Option(names = "--source", paramLabel = "NAME", description = "source name for articles that do not state one (e.g. 长治日报)")
    String source;

    @Option(names = "--home", paramLabel = "PLACE", description = "home region of the source, used to resolve place names and 市/县 agencies (e.g. 长治市); without it, inferred per page (paper name, datelines, place names)")
    String home;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date of the articles read from files, "
            + "unless a record's date field or an HTML page's metadata states one; without it, a date in the file or folder names "
            + "(2025-01-02, 20250102, 2025/01/02/), else the page's masthead, else a dateline (新华社北京1月2日电)")
    LocalDate date;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "extra lexicon (TSV: surface, type, subtype[, priority]); repeatable")
    List<Path> lexicons = new ArrayList<>();

    /** The pipeline configuration these options give. */
    PipelineConfig config() {
        return PipelineConfig.of(source, home, date, lexicons);
    }
}
