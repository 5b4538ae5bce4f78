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
 * @param date    ISO publication date (yyyy-MM-dd) when known (see {@link Dates} for where it comes from), or null
 * @param source  source name (a newspaper, a portal), or null
 * @param url     URL, or null
 * @param byline  the byline line as written (e.g. "□本报记者 潘银丽 通讯员 王芳"), or null
 * @param text    the full article text the extractor sees (title, byline and body as they stand in the input)
 * @param file    the path of the input file (as given), for provenance
 * @param line    1-based line in the input file where the article starts, or 0 when not applicable
 * @param page    hints at the home region found anywhere in the input document the article comes from (the
 *                whole page for the articles of a {@code .txt} page), or null: then the article's own text is
 *                all the evidence there is
 * @param kind    an article, or a photo caption that stands on its own on its page
 */
public record Article(String id, String doc, String title, String date, String source, String url,
                      String byline, String text, String file, int line, PageEvidence page, PageArticle.Kind kind) {
    public Article {
        if (kind == null) kind = PageArticle.Kind.ARTICLE;
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, () -> "text of article " + id);
        if (id.isBlank()) throw new IllegalArgumentException("blank article id in " + file);
        if (doc == null) doc = id;
        if (line < 0) throw new IllegalArgumentException("negative line " + line + " for article " + id);
    }

    /** An article (not a caption). */
    public Article(String id, String doc, String title, String date, String source, String url,
                   String byline, String text, String file, int line, PageEvidence page) {
        this(id, doc, title, date, source, url, byline, text, file, line, page, PageArticle.Kind.ARTICLE);
    }

    /** An article without page evidence of its own (its text is the evidence). */
    public Article(String id, String doc, String title, String date, String source, String url,
                   String byline, String text, String file, int line) {
        this(id, doc, title, date, source, url, byline, text, file, line, null);
    }

    /** The hints at the home region that go with this article: its page's, else those of its own text. */
    public PageEvidence evidence() {
        return page != null ? page : PageEvidence.of(text);
    }

    /** A plain article from a string, mainly for tests. */
    public static Article of(String id, String text) {
        return new Article(id, id, null, null, null, null, null, text, null, 0);
    }
}
