package org.newskg.ingest;

import java.util.Objects;

/**
 * One news article as read from the input.
 *
 * @param id      stable id, unique in a store: the record's own id, else derived from the file name
 *                (and the article's position in a page or the line of a JSONL/CSV file); re-reading the
 *                same file gives the same ids
 * @param doc     input document id: the file name without extension
 * @param title   headline, or null
 * @param date    ISO date (yyyy-MM-dd) when stated, or null
 * @param source  source name (a newspaper, a portal), or null
 * @param url     URL, or null
 * @param byline  the byline line as written (e.g. "□本报记者 潘银丽 通讯员 王芳"), or null
 * @param text    the full article text the extractor sees (title, byline and body as they stand in the input)
 * @param file    the path of the input file (as given), for provenance
 * @param line    1-based line in the input file where the article starts, or 0 when not applicable
 */
public record Article(String id, String doc, String title, String date, String source, String url,
                      String byline, String text, String file, int line) {
    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, () -> "text of article " + id);
        if (id.isBlank()) throw new IllegalArgumentException("blank article id in " + file);
        if (doc == null) doc = id;
        if (line < 0) throw new IllegalArgumentException("negative line " + line + " for article " + id);
    }

    /** A plain article from a string, mainly for tests. */
    public static Article of(String id, String text) {
        return new Article(id, id, null, null, null, null, null, text, null, 0);
    }
}
