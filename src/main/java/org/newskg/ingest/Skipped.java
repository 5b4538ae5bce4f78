package org.newskg.ingest;

/**
 * An input item that was not ingested.
 *
 * @param where  file, or file:line, or article id
 * @param reason what was wrong, one line
 */
public record Skipped(String where, String reason) {
    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
