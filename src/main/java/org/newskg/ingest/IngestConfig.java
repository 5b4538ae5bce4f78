package org.newskg.ingest;

import java.time.LocalDate;

/**
 * Options for reading input files.
 *
 * @param source default source name for articles that do not state one (e.g. "长治日报"), or null
 * @param home   the home region of the source (e.g. "长治市"), used by linking, or null
 * @param date   publication date of the articles that do not state one in their record or HTML metadata (the
 *               {@code --date} option): it wins over dates in file and folder names, the page's masthead and
 *               datelines; or null
 */
public record IngestConfig(String source, String home, LocalDate date) {
    /** Without a publication date. */
    public IngestConfig(String source, String home) {
        this(source, home, null);
    }

    public static IngestConfig defaults() {
        return new IngestConfig(null, null, null);
    }
}
