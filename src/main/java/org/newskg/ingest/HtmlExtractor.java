package org.newskg.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The title, main text, date and URL of an HTML news page, without the page's boilerplate.
 *
 * <p>Boilerplate goes first: scripts, styles, forms, {@code nav}, {@code aside}, ARIA navigation/banner/footer
 * regions, the site's {@code header} and {@code footer} (those outside an {@code <article>}), and elements whose
 * id or class names a boilerplate part ({@code nav}, {@code menu}, {@code footer}, {@code breadcrumb},
 * {@code copyright}, {@code sidebar}, {@code share}, {@code related}, …) unless they hold most of the page's text.
 * The main text is then the {@code <article>} (or {@code itemprop=articleBody}) when the page has one with text,
 * else the densest block: each paragraph's text, links left out, counts for its parent and half for its
 * grandparent, and the element with the highest count wins (Chinese portals put articles in a bare
 * {@code div#zoom} or {@code td}). Inside it, blocks made mostly of links (lists of other news) are dropped, and
 * so are lines a page footer is made of ({@code 版权所有}, {@code ICP备}, {@code 公网安备}, {@code 网站地图}, …).
 */
final class HtmlExtractor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "table", "tr", "td", "th", "blockquote", "pre", "section", "article", "header", "footer", "figure",
            "figcaption", "dd", "dt", "dl", "br", "hr", "main", "aside", "address", "center");

    /** Meta tags that state a publication date, in order of trust. */
    private static final String DATE_META = "meta[property=article:published_time], meta[name=publishdate], "
            + "meta[name=PubDate], meta[name=pubdate], meta[name=date], meta[itemprop=datePublished]";
    /** Never content. */
    private static final String NOISE = "script, style, noscript, template, iframe, svg, form, button, select, input, "
            + "textarea, nav, aside, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden]";
    /** Words of an id or class that name a boilerplate part of a page. */
    private static final Set<String> BOILERPLATE_NAMES = Set.of("nav", "navbar", "navigation", "menu", "menubar", "footer",
            "foot", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "copyright", "sidebar", "share", "sharing", "social",
            "comment", "comments", "related", "recommend", "ad", "ads", "advert", "banner", "topbar", "toolbar", "login",
            "search", "friendlink", "links", "weixin", "qrcode", "print");
    /** A line a page footer or navigation bar is made of. */
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "版权所有|版權所有|[Cc]opyright|©|ICP备|ICP證|ICP证|公网安备|公網安備|网站地图|網站地圖|联系我们|聯繫我們|关于我们|關於我們"
                    + "|设为首页|設為首頁|加入收藏|主办单位|主辦單位|承办单位|承辦單位|技术支持|技術支持|网站标识码|违法和不良信息举报"
                    + "|上一篇|下一篇|返回顶部|打印本页|关闭窗口|【打印】|【关闭】|分享到");
    /**
     * A publication date stated in the page's information line: {@code 发布时间：2025-01-02 10:20}. Only words of
     * publishing count: {@code 活动时间：2025年2月1日} is the date of an event.
     */
    private static final Pattern INFO_DATE = Pattern.compile(
            "(?:发布时间|發佈時間|发布日期|發佈日期|发表时间|發表時間|发稿时间|發稿時間|发布于|發佈於)\\s*[:：]?\\s*"
                    + "((?:19|20)\\d{2}\\s*(?:[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}|年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日))");
    /** A boilerplate line is short (and no running text): a paragraph that happens to name 版权所有 is text. */
    private static final int MAX_BOILERPLATE_LINE = 60;
    /** An {@code <article>} with less text than this is a teaser, not the page's article. */
    private static final int MIN_ARTICLE_TEXT = 40;
    /** Share of link text above which a block is a list of links. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A block with a boilerplate name is kept when it holds more than this share of the page's text (a wrapper). */
    private static final double MAX_BOILERPLATE_SHARE = 0.5;

    /**
     * @param title the headline ({@link #title}); a {@code <title>} loses the site's name after a separator
     *              ({@code 标题 - 长治新闻网}); or null
     * @param body  the main text, one block per line
     * @param date  ISO date from a publication-date meta tag, {@code <time datetime>} or an information line
     *              ({@code 发布时间：2025-01-02}), or null
     * @param url   the canonical URL ({@code <link rel=canonical>} or {@code og:url}), or null
     */
    record Page(String title, String body, String date, String url) {
    }

    private HtmlExtractor() {
    }

    static Page extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
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
        Element ogTitle = doc.selectFirst("meta[property=og:title][content]");
        String headTitle = ogTitle != null && !ogTitle.attr("content").isBlank() ? ogTitle.attr("content").strip() : siteTitle(doc.title());

        doc.select(NOISE).remove();
        if (date == null && doc.body() != null) {
            Matcher m = INFO_DATE.matcher(doc.body().text());
            if (m.find()) date = Dates.normalize(m.group(1));
        }
        removeBoilerplate(doc);
        Element root = mainContent(doc);
        String title = title(doc, root, headTitle);
        if (root == null) return new Page(title, "", date, url);
        dropLinkLists(root);
        return new Page(title, blockText(root), date, url);
    }

    /**
     * The headline: an {@code h1}/{@code h2} that the page's own title ({@code og:title}, {@code <title>}) repeats,
     * else the main text's first {@code h1}, else the page's title, else the page's first {@code h1} (a site's logo
     * is often an {@code h1} too, so it comes last).
     */
    private static String title(Document doc, Element root, String headTitle) {
        if (headTitle != null) {
            for (Element h : doc.select("h1, h2")) {
                String t = h.text().strip();
                if (t.length() >= 4 && (headTitle.contains(t) || t.contains(headTitle))) return t;
            }
        }
        Element h1 = root == null ? null : root.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
        if (headTitle != null) return headTitle;
        Element any = doc.selectFirst("h1");
        return any != null && !any.text().isBlank() ? any.text().strip() : null;
    }

    /**
     * A {@code <title>} without the site's name: of the parts between separators ({@code -}, {@code _}, {@code |},
     * {@code ｜}) the longest, the headline ({@code 壶关县冰雪嘉年华启幕 - 长治新闻网}, {@code 长治日报｜巧手艺里的“致富经”}).
     */
    static String siteTitle(String title) {
        String t = JsonlReader.blankToNull(title);
        if (t == null) return null;
        String best = null;
        for (String part : t.split("\\s+[-–—|]\\s+|\\s*_\\s*|\\s*｜\\s*"))
            if (best == null || part.strip().length() > best.length()) best = part.strip();
        return best == null || best.isEmpty() ? t : best;
    }

    private static void removeBoilerplate(Document doc) {
        for (Element e : doc.select("header, footer")) if (e.closest("article, main") == null) e.remove();
        Element body = doc.body();
        if (body == null) return;
        int all = Math.max(1, body.text().length());
        for (Element e : doc.select("[id], [class]")) {
            if (e == body || e.parent() == null || !boilerplateName(e)) continue;
            if (e.text().length() > MAX_BOILERPLATE_SHARE * all) continue; // a wrapper of the whole page
            e.remove();
        }
    }

    private static boolean boilerplateName(Element e) {
        StringBuilder names = new StringBuilder(e.id()).append(' ').append(e.className());
        for (String word : names.toString().toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
            if (BOILERPLATE_NAMES.contains(word)) return true;
        return false;
    }

    /** The article element when there is one with text, else the densest block, else the body. */
    private static Element mainContent(Document doc) {
        Element best = null;
        for (Element a : doc.select("article, [itemprop=articleBody]")) {
            if (a.text().length() >= MIN_ARTICLE_TEXT && (best == null || a.text().length() > best.text().length())) best = a;
        }
        if (best != null) return best;
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element block : doc.select("p, div, td, section, li, pre, blockquote")) {
            int own = ownText(block);
            if (own < 10) continue;
            Element parent = block.tagName().equals("p") || block.tagName().equals("li") ? block.parent() : block;
            if (parent == null) continue;
            score.merge(parent, (double) own, Double::sum);
            if (parent.parent() != null) score.merge(parent.parent(), own / 2.0, Double::sum);
        }
        Element body = doc.body();
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (best == null || e.getValue() > score.get(best)) best = e.getKey();
        }
        return best != null && !best.tagName().equals("html") ? best : body;
    }

    /** Characters of an element's own text nodes and inline children, links left out. */
    private static int ownText(Element block) {
        int n = 0;
        for (Node child : block.childNodes()) {
            if (child instanceof TextNode t) n += t.text().strip().length();
            else if (child instanceof Element c && !BLOCKS.contains(c.normalName()) && !c.normalName().equals("a")) n += c.text().length();
        }
        return n;
    }

    /** Removes the blocks of the main text that are mostly links (lists of other news, tags, pagination). */
    private static void dropLinkLists(Element root) {
        List<Element> drop = new ArrayList<>();
        for (Element e : root.select("ul, ol, div, p, table, dl")) {
            if (e == root) continue;
            int text = e.text().length();
            if (text == 0) continue;
            int links = 0;
            for (Element a : e.select("a")) links += a.text().length();
            if ((double) links / text > MAX_LINK_DENSITY) drop.add(e);
        }
        drop.forEach(Element::remove);
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
            if (s.isEmpty()) continue;
            if (s.length() <= MAX_BOILERPLATE_LINE && s.chars().filter(c -> c == '，').count() <= 1
                    && BOILERPLATE_LINE.matcher(s).find()) continue;
            lines.add(s);
        }
        return String.join("\n", lines);
    }
}
