package org.newskg.ingest;

/**
 * One article cut out of a page by {@link PageSplitter}.
 *
 * @param title  headline, or null when the page gives none
 * @param byline the byline as written ({@code □本报记者 潘银丽 通讯员 冯建义}, {@code 本报讯 记者冯波报道}), or null
 * @param date   ISO date (yyyy-MM-dd) when the text states one, or null
 * @param text   title, byline and body with layout gaps repaired, then the photo captions that belong to it
 * @param line   1-based line of the page where the article starts
 */
public record PageArticle(String title, String byline, String date, String text, int line) {
    public PageArticle {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty article text at page line " + line);
        if (line < 1) throw new IllegalArgumentException("page line must be 1-based, got " + line + " for '" + title + "'");
    }
}
