package org.newskg.ingest;

/**
 * Options for reading input files.
 *
 * @param source default source name for articles that do not state one (e.g. "长治日报"), or null
 * @param home   the home region of the source (e.g. "长治市"), used by linking, or null
 */
public record IngestConfig(String source, String home) {
    public static IngestConfig defaults() {
        return new IngestConfig(null, null);
    }
}
