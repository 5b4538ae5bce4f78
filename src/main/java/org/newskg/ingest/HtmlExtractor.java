package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The title and body text of an HTML news page: scripts, styles and navigation dropped, one line per block. */
final class HtmlExtractor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "table", "tr", "td", "th", "blockquote", "pre", "section", "article", "header", "footer", "figure",
            "figcaption", "dd", "dt", "dl", "br", "hr", "main", "aside", "address", "center");

    /** Meta tags that state a publication date, in order of trust. */
    private static final String DATE_META = "meta[property=article:published_time], meta[name=publishdate], "
            + "meta[name=PubDate], meta[name=pubdate], meta[name=date], meta[itemprop=datePublished]";

    /**
     * @param title the first {@code <h1>}, else {@code <title>}, else null
     * @param body  the text of {@code <article>} (or of {@code <body>} when there is none), one block per line
     * @param date  ISO date from a publication-date meta tag or {@code <time datetime>}, or null
     * @param url   the canonical URL ({@code <link rel=canonical>} or {@code og:url}), or null
     */
    record Page(String title, String body, String date, String url) {
    }

    private HtmlExtractor() {
    }

    static Page extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        doc.select("script, style, nav, noscript, template, iframe, svg").remove();
        Element h1 = doc.selectFirst("h1");
        String title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : JsonlReader.blankToNull(doc.title());
        String date = null;
        for (Element m : doc.select(DATE_META)) {
            date = Dates.normalize(m.attr("content"));
            if (date != null) break;
        }
        Element time = doc.selectFirst("time[datetime]");
        if (date == null && time != null) date = Dates.normalize(time.attr("datetime"));
        Element canonical = doc.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
        String url = canonical == null ? null
                : JsonlReader.blankToNull(canonical.hasAttr("href") ? canonical.attr("abs:href") : canonical.attr("content"));
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.body();
        return new Page(title, root == null ? "" : blockText(root), date, url);
    }

    private static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) sb.append(t.text());
                else if (node instanceof Element e && BLOCKS.contains(e.normalName())) sb.append('\n');
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) sb.append('\n');
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String l : sb.toString().split("\n")) {
            String s = PageSplitter.strip(l);
            if (!s.isEmpty()) lines.add(s);
        }
        return String.join("\n", lines);
    }
}
