package org.newskg.ingest;

import java.util.Objects;

/**
 * One item cut out of a page by {@link PageSplitter}: an article, or a photo caption that belongs to no article.
 *
 * @param title  headline, or null when the page gives none
 * @param byline the byline as written ({@code □本报记者 潘银丽 通讯员 冯建义}, {@code 本报讯 记者冯波报道}; for a
 *               caption its photo credit, {@code 李燎原 摄}), or null
 * @param date   ISO date (yyyy-MM-dd) the page states for it (masthead or dateline), or null
 * @param text   title, byline and body with layout gaps repaired, then the photo captions that belong to it
 * @param line   1-based line of the page where the item starts
 * @param kind   article or caption
 */
public record PageArticle(String title, String byline, String date, String text, int line, Kind kind) {
    /** What an item of a page is. */
    public enum Kind {
        /** An article: headline, byline, body (and the captions of its photos). */
        ARTICLE,
        /** A photo caption standing on its own (a photo news item, or a caption no article on the page matches). */
        CAPTION
    }

    public PageArticle {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty article text at page line " + line);
        if (line < 1) throw new IllegalArgumentException("page line must be 1-based, got " + line + " for '" + title + "'");
        Objects.requireNonNull(kind, () -> "kind of the item at page line " + line);
    }

    /** An article. */
    public PageArticle(String title, String byline, String date, String text, int line) {
        this(title, byline, date, text, line, Kind.ARTICLE);
    }
}
