package org.newskg.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of a newspaper page into its articles. A pure function: same page, same articles.
 *
 * <p>The page is read as non-blank lines, each classified as headline, subtitle ({@code ——...}), column label
 * ({@code 稳就业 惠民生 促发展 |}, {@code XINWENGSISHI}), byline ({@code □本报记者 X 通讯员 Y}, {@code X评论员文章}),
 * dateline ({@code 本报讯 记者X报道：...}, {@code X网Y讯(记者 Z)}, {@code 新华社X月X日电}), photo caption
 * ({@code ... X 摄}), credit ({@code 责任编辑：X}, {@code （下转第二版）}) or body. A new article starts at a byline
 * or dateline, together with the headline lines just before it, when the article so far already has body text;
 * a byline with no headline before it starts an
 * article only after an article that has its own byline (or a long body) and when body text follows it. So the
 * subheads inside one article never split it.
 *
 * <p>Subtitles and captions that print layout put away from their article are placed by content (shared runs of
 * three characters): header lines left at the foot of the page holding a {@code ——} subtitle, and a subtitle that
 * opens an article before its headline, join the article they share most words with, after its headline (an
 * article without a headline then takes the subtitle as its headline); one that matches no article clearly stays
 * an item of its own. A caption inside an article's flow belongs to it; a caption between two articles joins the one
 * it shares words with (or that names its photographer) and otherwise stands alone as a {@link PageArticle.Kind#CAPTION}
 * item, never appended to an unrelated article. Captions are put at the end of their article's text.
 *
 * <p>Dates: an article's date is the full date of the page's masthead, else the date of its dateline
 * ({@code 新华社太原1月1日电}, {@code 本报讯（记者 X）1月2日}); dates elsewhere in the body are event dates, never the
 * article's date.
 *
 * <p>Words cut by layout gaps ({@code 鼓\n\n励}) are joined when a body paragraph ends in a Han character without
 * closing punctuation and the next body paragraph starts with one, quotes agree, and the next one is not an
 * enumeration item or a {@code key:} line. Headlines, bylines and datelines are never joined.
 *
 * <p>Every non-blank character of the page ends up in exactly one item, but for a caption printed twice word for
 * word (kept once); only whitespace and the place of moved subtitles and captions change (lines are trimmed, blank
 * lines dropped, joined paragraphs lose the gap between them).
 */
public final class PageSplitter {
    /** Longest headline line, in code points. */
    static final int MAX_HEADLINE = 42;
    /** Body length (chars) after which a bare byline may start a new article even without a byline before. */
    static final int LONG_BODY = 200;
    /** Han characters a caption needs besides its credit to be matched by content (fewer: a bare photo credit). */
    static final int MIN_CAPTION_CONTENT = 4;
    /** Length of the character runs two texts must share to count as shared words. */
    static final int MATCH_GRAM = 3;
    /** Share of a caption's characters in runs shared with an article for the caption to join it. */
    static final double CAPTION_MATCH = 0.15;
    /** Share of a cut-off subtitle's characters in runs shared with an article for the subtitle to join it. */
    static final double SUBTITLE_MATCH = 0.2;

    private static final String NAME = "[\\p{IsHan}·]{2,4}";
    private static final String ROLE = "(?:本报|本報)?(?:见习|見習|特约|特約|首席|实习|實習)?"
            + "(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|撰稿|撰文)";
    private static final Pattern BYLINE = Pattern.compile(
            "[□■◇◆●▲]?\\s*(?:(?:文/图|文／图|图/文|图／文|文|图|圖)\\s*[:：/／]?\\s*)?"
                    + "(?:" + ROLE + "(?:[\\s、]*" + NAME + ")+\\s*)+(?:文/图|文／图|图/文|图／文|摄|攝|报道|報道)?");
    private static final Pattern COMMENTATOR = Pattern.compile(
            "[□■]?\\s*\\p{IsHan}{0,10}(?:评论员|評論員)(?:文章)?");
    private static final Pattern DATELINE = Pattern.compile(
            "[□■]?\\s*((?:本报|本報|\\p{IsHan}{0,10}(?:网|網|报|報|台|社|站|端|号|號|刊|新闻|新聞)\\p{IsHan}{0,6}?)[讯訊]"
                    + "(?:\\s*[(（][^)）]{1,40}[)）]|\\s*(?:记者|記者|通讯员|通訊員)[^：:，,。]{1,30}?(?=[：:]))?)"
                    + "(?=[\\s(（：:]|\\d|$|记者|記者|通讯员|通訊員)"
                    + "|[□■]?\\s*(\\p{IsHan}{2,12}(?:社|网|網|报|報)\\p{IsHan}{0,8}(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日[电電](?:\\s*[(（][^)）]{1,40}[)）])?)"
                    + "|[□■]?\\s*((?:本报|本報)(?:见习|見習|特约|特約|首席)?(?:记者|記者|通讯员|通訊員)[^：:，,。]{2,30}?)[：:]");
    /** A reporter credit in brackets closing a paragraph: {@code (记者刘岚涛)}. */
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "[(（]\\s*(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[^()（）]{1,30}[)）]\\s*$");
    private static final Pattern CAPTION = Pattern.compile(
            ".{6,}?\\s+(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\\s*)?" + NAME + "(?:[\\s、]+" + NAME + ")*\\s*[摄攝]"
                    + "|.{6,}?[(（]\\s*(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\\s*)?" + NAME + "(?:[\\s、]+" + NAME + ")*\\s*[摄攝]\\s*[)）]");
    /** The photo credit closing a caption: {@code  李燎原 摄}, {@code （本报记者 潘银丽 摄）}. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?<![\\p{IsHan}·])\\s*[(（]?\\s*(?:(?:本报|本報)?(?:见习|見習|特约|特約|首席)?(?:记者|記者|通讯员|通訊員)\\s*)?"
                    + NAME + "(?:[\\s、]+" + NAME + ")*\\s*[摄攝]\\s*[)）]?\\s*$");
    private static final Pattern ROLE_WORDS = Pattern.compile(
            "(?:本报|本報)?(?:见习|見習|特约|特約|首席|实习|實習)?(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)");
    private static final Pattern CREDIT = Pattern.compile(
            "(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對|来源|來源|监制|監製|作者|值班编辑|值班編輯)\\s*[:：].*");
    /** A jump line: {@code （下转第二版）}, {@code (上接第1版)}. */
    private static final Pattern JUMP = Pattern.compile(
            "[(（]?\\s*(?:下转|上接|转|接|轉)第?[一二三四五六七八九十\\d]+[版页頁]\\s*[)）]?");
    private static final Pattern LATIN_LABEL = Pattern.compile("[A-Za-z][A-Za-z ]{2,40}");
    private static final Pattern ENUMERATION = Pattern.compile(
            "(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|[一二三四五六七八九十]+[、．.]|\\d+[、．.]|\\p{IsHan}{1,6}[:：]).*");
    private static final Pattern ROLE_WORD = Pattern.compile("记者|記者|通讯员|通訊員");
    /** Punctuation that shows a line is running text. */
    private static final Pattern SENTENCE_MARK = Pattern.compile("[，。；！？,;!?]");
    private static final Pattern HEADER_DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*(?:年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|-\\d{1,2}-\\d{1,2}(?!\\d))");

    private enum Kind {
        HEADLINE, SUBTITLE, LABEL, BYLINE, DATELINE, CAPTION, CREDIT, BODY;

        boolean header() {
            return this == HEADLINE || this == SUBTITLE || this == LABEL;
        }

        boolean body() {
            return this == BODY || this == DATELINE;
        }
    }

    /** One non-blank line of the page. */
    private static final class Line {
        String text;
        final int number;
        final int gap;
        Kind kind;

        Line(String text, int number, int gap) {
            this.text = text;
            this.number = number;
            this.gap = gap;
        }

        @Override
        public String toString() {
            return number + ":" + kind + ":" + text;
        }
    }

    /** A caption, where it stood in the flow (index of the flow line after it) and the blank lines after it. */
    private record Caption(Line line, int at, int gapAfter) {
    }

    /** The lines of one item being built: an article (flow lines and its captions) or a caption standing alone. */
    private static final class Item {
        final List<Line> lines;
        final List<Line> captions = new ArrayList<>();
        final int line;
        final PageArticle.Kind kind;

        Item(List<Line> lines, int line, PageArticle.Kind kind) {
            this.lines = lines;
            this.line = line;
            this.kind = kind;
        }

        /** The text of its lines and its runs of {@link #MATCH_GRAM} Han characters, made when first asked for. */
        private String text;
        private Set<String> grams;

        String text() {
            if (text == null) {
                StringBuilder sb = new StringBuilder();
                for (Line l : lines) sb.append(l.text).append('\n');
                text = sb.toString();
            }
            return text;
        }

        Set<String> grams() {
            if (grams == null) grams = PageSplitter.grams(text());
            return grams;
        }

        /** Its lines changed. */
        void changed() {
            text = null;
            grams = null;
        }
    }

    /** Header lines cut off from their article (a subtitle at the foot of the page), with the item they stand in. */
    private record Dangling(List<Line> lines, Item origin, boolean trailing) {
    }

    private PageSplitter() {
    }

    /** Splits a page; dates without a year stay unknown unless the page states its year. */
    public static List<PageArticle> split(String page) {
        return split(page, null);
    }

    /**
     * Splits a page.
     *
     * @param yearHint year of the page when known from elsewhere (e.g. a date in the file name), or null;
     *                 a year stated in the page's own header lines wins
     * @return the articles and the captions standing alone, in page order; empty when the page has no non-blank
     *         character
     */
    public static List<PageArticle> split(String page, Integer yearHint) {
        List<Line> all = lines(page);
        if (all.isEmpty()) return List.of();
        all.forEach(l -> l.kind = classify(l.text));
        markLabels(all);

        // captions leave the flow, remembering where they stood; a caption printed twice (a layout copy) is kept once
        List<Line> flow = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        Set<String> captionTexts = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Line l = all.get(i);
            if (l.kind != Kind.CAPTION) {
                flow.add(l);
                continue;
            }
            if (hanCount(captionContent(l.text)) >= MIN_CAPTION_CONTENT && !captionTexts.add(l.text)) continue;
            int gapAfter = i + 1 < all.size() ? all.get(i + 1).gap : Integer.MAX_VALUE;
            captions.add(new Caption(l, flow.size(), gapAfter));
        }
        List<Line> unjoined = List.copyOf(flow);

        Map<Line, Line> mergedInto = joinLayoutGaps(flow);
        String masthead = mastheadDate(flow);
        Integer year = masthead != null ? Integer.valueOf(masthead.substring(0, 4)) : yearHint;
        if (flow.isEmpty()) { // a page of captions only
            Item only = new Item(new ArrayList<>(), captions.get(0).line().number, PageArticle.Kind.CAPTION);
            captions.forEach(c -> only.captions.add(c.line()));
            return List.of(build(only, masthead, year));
        }

        List<Integer> starts = articleStarts(flow);
        List<Item> items = new ArrayList<>();
        Map<Line, Item> home = new IdentityHashMap<>();
        for (int a = 0; a < starts.size(); a++) {
            int end = a + 1 < starts.size() ? starts.get(a + 1) : flow.size();
            Item item = new Item(new ArrayList<>(flow.subList(starts.get(a), end)), flow.get(starts.get(a)).number, PageArticle.Kind.ARTICLE);
            items.add(item);
            item.lines.forEach(l -> home.put(l, item));
        }
        Set<Line> moved = placeDangling(items);
        attachCaptions(captions, unjoined, mergedInto, home, moved, items);

        items.sort(java.util.Comparator.comparingInt(i -> i.line));
        List<PageArticle> out = new ArrayList<>(items.size());
        for (Item item : items) out.add(build(item, masthead, year));
        return out;
    }

    // ---- subtitles and captions away from their articles

    /**
     * Subtitles cut off from their article go to the article whose text they share most with, after its headline:
     * the header lines left at the foot of the page when they hold a subtitle, and {@code ——} lines that open an
     * article before its headline (a subtitle follows its headline, never precedes it). One that matches no
     * article clearly stays where it is (at the foot of the page: an item of its own).
     *
     * @return the lines that were cut off (whether moved or not): they are no layout neighbours of captions
     */
    private static Set<Line> placeDangling(List<Item> items) {
        List<Dangling> dangling = new ArrayList<>();
        Item last = items.get(items.size() - 1);
        int t = last.lines.size();
        while (t > 0 && last.lines.get(t - 1).kind.header()) t--;
        List<Line> tail = last.lines.subList(t, last.lines.size());
        if (t > 0 && hasBody(last.lines, 0, t) && tail.stream().anyMatch(l -> l.kind == Kind.SUBTITLE)) {
            dangling.add(new Dangling(new ArrayList<>(tail), last, true));
            tail.clear();
            last.changed();
        }
        for (Item item : items) {
            int k = 0;
            while (k < item.lines.size() && item.lines.get(k).kind == Kind.SUBTITLE) k++;
            if (k > 0 && k < item.lines.size() && item.lines.get(k).kind == Kind.HEADLINE) {
                List<Line> head = item.lines.subList(0, k);
                dangling.add(new Dangling(new ArrayList<>(head), item, false));
                head.clear();
                item.changed();
            }
        }
        Set<Line> cut = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Dangling d : dangling) {
            cut.addAll(d.lines());
            StringBuilder probe = new StringBuilder();
            d.lines().forEach(l -> probe.append(l.text));
            Item target = bestMatch(probe.toString(), items, null, SUBTITLE_MATCH);
            if (target == null && d.trailing()) {
                items.add(new Item(d.lines(), d.lines().get(0).number, PageArticle.Kind.ARTICLE));
            } else {
                Item to = target == null ? d.origin() : target;
                to.lines.addAll(target == null ? 0 : headerEnd(to.lines), d.lines());
                to.changed();
            }
        }
        return cut;
    }

    /** The index after an article's leading header lines (labels, headlines, subtitles). */
    private static int headerEnd(List<Line> lines) {
        int h = 0;
        while (h < lines.size() && lines.get(h).kind.header()) h++;
        return h;
    }

    /**
     * Each caption goes to the article it sits in (the flow lines before and after it are of one article); a caption
     * between two articles goes to the one whose text it shares words with (or that names its photographer), and
     * stands alone when neither does: a photo with its caption is news of its own as often as it illustrates its
     * neighbour. A bare photo credit ({@code 本报记者 郭华 摄}) and the captions of a one-article page go to the
     * nearer article (fewer blank lines between; the earlier one on a tie). Captions are put at the end of their
     * article's text.
     */
    private static void attachCaptions(List<Caption> captions, List<Line> unjoined, Map<Line, Line> mergedInto,
                                       Map<Line, Item> home, Set<Line> cut, List<Item> items) {
        List<Item> articles = List.copyOf(items);
        for (Caption cap : captions) {
            // the neighbours in the flow, leaving out cut-off subtitles and credits (责任编辑, 下转第二版), which close a page or column
            Item before = null;
            for (int i = cap.at() - 1; i >= 0 && before == null; i--)
                if (neighbour(unjoined.get(i), cut)) before = home.get(resolve(unjoined.get(i), mergedInto));
            Item after = null;
            for (int i = cap.at(); i < unjoined.size() && after == null; i++)
                if (neighbour(unjoined.get(i), cut)) after = home.get(resolve(unjoined.get(i), mergedInto));
            String content = captionContent(cap.line().text);
            Item target;
            if (articles.size() == 1 || hanCount(content) < MIN_CAPTION_CONTENT) {
                if (before == null && after == null) target = articles.get(0);
                else if (before == null) target = after;
                else if (after == null) target = before;
                else target = cap.gapAfter() < cap.line().gap ? after : before;
            } else if (before != null && before == after) {
                target = before;
            } else {
                List<Item> near = new ArrayList<>(2);
                if (before != null) near.add(before);
                if (after != null) near.add(after);
                target = bestMatch(content, near, creditNames(cap.line().text), CAPTION_MATCH);
            }
            if (target != null) {
                target.captions.add(cap.line());
            } else {
                Item alone = new Item(new ArrayList<>(), cap.line().number, PageArticle.Kind.CAPTION);
                alone.captions.add(cap.line());
                items.add(alone);
            }
        }
    }

    private static boolean neighbour(Line l, Set<Line> cut) {
        return !cut.contains(l) && l.kind != Kind.CREDIT;
    }

    /**
     * The candidate (an article) whose text covers the largest share of the probe's Han characters with shared three-character
     * runs (a photographer named in the candidate's text covers all), when that share is at least {@code min} and
     * no other candidate has as much; else null.
     */
    private static Item bestMatch(String probe, List<Item> candidates, List<String> names, double min) {
        Item best = null;
        double bestScore = -1;
        double second = -1;
        for (Item c : candidates) {
            if (c.kind != PageArticle.Kind.ARTICLE) continue;
            double s = coverage(probe, c.grams());
            if (names != null && names.stream().anyMatch(c.text()::contains)) s = 1.0;
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = c;
            } else if (s > second) {
                second = s;
            }
        }
        return bestScore >= min && bestScore > second ? best : null;
    }

    /** The runs of {@link #MATCH_GRAM} Han characters of a text. */
    private static Set<String> grams(String text) {
        String t = han(text);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + MATCH_GRAM <= t.length(); i++) grams.add(t.substring(i, i + MATCH_GRAM));
        return grams;
    }

    /** The share of the probe's Han characters that lie in one of the runs given. */
    private static double coverage(String probe, Set<String> grams) {
        String p = han(probe);
        if (p.length() < MATCH_GRAM) return 0;
        boolean[] covered = new boolean[p.length()];
        for (int i = 0; i + MATCH_GRAM <= p.length(); i++) {
            if (grams.contains(p.substring(i, i + MATCH_GRAM))) java.util.Arrays.fill(covered, i, i + MATCH_GRAM, true);
        }
        int n = 0;
        for (boolean b : covered) if (b) n++;
        return (double) n / p.length();
    }

    /** The Han characters of a text (shares are counted in UTF-16 units: a CJK Extension B character counts twice). */
    private static String han(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(PageSplitter::isHan).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static int hanCount(String s) {
        return (int) s.codePoints().filter(PageSplitter::isHan).count();
    }

    /** A caption without its photo credit: {@code 游客在冰雕前拍照留念。（本报记者 潘银丽 摄）} gives {@code 游客在冰雕前拍照留念。}. */
    static String captionContent(String caption) {
        Matcher m = PHOTO_CREDIT.matcher(caption);
        return strip(m.find() ? caption.substring(0, m.start()) : caption);
    }

    /** The names of a caption's photo credit. */
    private static List<String> creditNames(String caption) {
        Matcher m = PHOTO_CREDIT.matcher(caption);
        if (!m.find()) return List.of();
        List<String> names = new ArrayList<>();
        Matcher n = Pattern.compile(NAME).matcher(ROLE_WORDS.matcher(m.group()).replaceAll(" "));
        while (n.find()) if (!n.group().equals("摄") && !n.group().equals("攝")) names.add(n.group().replaceAll("[摄攝]$", ""));
        names.removeIf(s -> s.length() < 2);
        return names;
    }

    // ---- lines and their kinds

    private static List<Line> lines(String page) {
        String[] raw = page.split("\r\n|\r|\n", -1);
        List<Line> out = new ArrayList<>();
        int gap = 0;
        for (int i = 0; i < raw.length; i++) {
            String t = strip(i == 0 && raw[i].startsWith("\uFEFF") ? raw[i].substring(1) : raw[i]);
            if (t.isEmpty()) {
                gap++;
                continue;
            }
            out.add(new Line(t, i + 1, gap));
            gap = 0;
        }
        return out;
    }

    /** Strips Unicode whitespace, including ideographic and no-break spaces. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) b++;
        while (e > b && isSpace(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** The kind of one stripped line as the splitter sees it out of context (for tests and diagnostics). */
    static String kindOf(String line) {
        return classify(strip(line)).name();
    }

    private static Kind classify(String t) {
        int len = t.codePointCount(0, t.length());
        if (endsWithPhotoCredit(t) && CAPTION.matcher(t).matches()) return Kind.CAPTION;
        if (len <= MAX_HEADLINE && BYLINE.matcher(t).matches()) {
            return endsWithPhotoCredit(t) ? Kind.CAPTION : Kind.BYLINE; // a photo credit on its own line
        }
        if (len <= MAX_HEADLINE && COMMENTATOR.matcher(t).matches()) return Kind.BYLINE;
        if (DATELINE.matcher(t).lookingAt()) return Kind.DATELINE;
        if ((len <= 60 && CREDIT.matcher(t).matches()) || JUMP.matcher(t).matches()) return Kind.CREDIT;
        if ((t.startsWith("—") || t.startsWith("--")) && len <= 60 && t.indexOf('。') < 0) return Kind.SUBTITLE;
        if (len <= 30 && (t.endsWith("|") || t.endsWith("｜"))) return Kind.LABEL;
        if (LATIN_LABEL.matcher(t).matches()) return Kind.LABEL;
        if (isHeadline(t, len)) return Kind.HEADLINE;
        return Kind.BODY;
    }

    private static boolean endsWithPhotoCredit(String t) {
        String e = t.endsWith(")") || t.endsWith("）") ? strip(t.substring(0, t.length() - 1)) : t;
        return e.endsWith("摄") || e.endsWith("攝");
    }

    private static boolean isHeadline(String t, int len) {
        if (len > MAX_HEADLINE) return false;
        if (t.indexOf('。') >= 0 || t.contains("！") || t.contains("？")) return false;
        char last = t.charAt(t.length() - 1);
        if ("，,、；;：:.…".indexOf(last) >= 0) return false;
        long commas = t.chars().filter(c -> c == '，' || c == ',').count();
        // running text cut by the layout ("目前，...与青口村、史回村...等6个村") is not a headline
        if (commas > 1 || (commas == 1 && (len > 24 || t.indexOf('、') >= 0))) return false;
        return balanced(t, '“', '”') && balanced(t, '《', '》') && balanced(t, '（', '）') && balanced(t, '(', ')');
    }

    private static boolean balanced(String t, char open, char close) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == open) depth++;
            else if (c == close && --depth < 0) return false;
        }
        return depth == 0;
    }

    /** A line directly followed by a Latin (pinyin) label is a column label too: {@code 新闻故事 / XINWENGSISHI}. */
    private static void markLabels(List<Line> all) {
        for (int i = 0; i + 1 < all.size(); i++) {
            Line l = all.get(i);
            Line next = all.get(i + 1);
            if (l.kind == Kind.HEADLINE && next.gap == 0 && next.kind == Kind.LABEL
                    && LATIN_LABEL.matcher(next.text).matches()) {
                l.kind = Kind.LABEL;
            }
        }
    }

    // ---- layout gaps

    /** Joins body paragraphs cut inside a word; returns which removed line went into which. */
    private static Map<Line, Line> joinLayoutGaps(List<Line> flow) {
        Map<Line, Line> mergedInto = new IdentityHashMap<>();
        for (int i = 0; i + 1 < flow.size(); ) {
            Line a = flow.get(i);
            Line b = flow.get(i + 1);
            if (canJoin(a, b)) {
                a.text = a.text + b.text;
                a.kind = a.kind == Kind.DATELINE ? Kind.DATELINE : Kind.BODY;
                mergedInto.put(b, a);
                flow.remove(i + 1);
            } else {
                i++;
            }
        }
        return mergedInto;
    }

    private static Line resolve(Line l, Map<Line, Line> mergedInto) {
        Line r = l;
        while (mergedInto.containsKey(r)) r = mergedInto.get(r);
        return r;
    }

    /** Whether paragraph {@code b} continues the word and sentence that paragraph {@code a} breaks off. */
    static boolean canJoin(String a, String b) {
        Kind ka = classify(a);
        Kind kb = classify(b);
        Line la = new Line(a, 1, 0);
        la.kind = ka;
        Line lb = new Line(b, 2, 1);
        lb.kind = kb;
        return canJoin(la, lb);
    }

    private static boolean canJoin(Line a, Line b) {
        if (!a.kind.body() || b.kind != Kind.BODY) return false;
        if (!isHan(a.text.codePointBefore(a.text.length())) || !isHan(b.text.codePointAt(0))) return false;
        if (!SENTENCE_MARK.matcher(a.text).find() || !SENTENCE_MARK.matcher(b.text).find()) return false;
        if (ENUMERATION.matcher(b.text).matches()) return false;
        int open = openQuotes(a.text);
        int firstClose = b.text.indexOf('”');
        int firstOpen = b.text.indexOf('“');
        if (open > 0) {
            // a is inside a quotation: b must close it before opening another
            return firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen);
        }
        // a is outside quotations: b must not start by closing one
        return firstClose < 0 || (firstOpen >= 0 && firstOpen < firstClose);
    }

    private static int openQuotes(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '“') depth++;
            else if (c == '”' && depth > 0) depth--;
        }
        return depth;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    // ---- article boundaries

    private static List<Integer> articleStarts(List<Line> flow) {
        List<Integer> starts = new ArrayList<>();
        if (flow.isEmpty()) return starts;
        starts.add(0);
        int cur = 0;
        for (int i = 0; i < flow.size(); i++) {
            Kind k = flow.get(i).kind;
            if (k != Kind.BYLINE && k != Kind.DATELINE) continue;
            int h = i;
            while (h > cur && flow.get(h - 1).kind.header()) h--;
            if (h == cur) continue; // the byline of the article being read
            if (!hasBody(flow, cur, h)) continue;
            if (k == Kind.BYLINE && (i + 1 >= flow.size() || !flow.get(i + 1).kind.body())) continue;
            boolean split;
            if (h < i) {
                split = true; // headline lines, then a byline or dateline
            } else {
                split = hasOwnBylineThenBody(flow, cur, i) || bodyChars(flow, cur, i) >= LONG_BODY;
            }
            if (split) {
                starts.add(h);
                cur = h;
            }
        }
        return starts;
    }

    private static boolean hasBody(List<Line> flow, int from, int to) {
        for (int i = from; i < to; i++) if (flow.get(i).kind.body()) return true;
        return false;
    }

    private static int bodyChars(List<Line> flow, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (flow.get(i).kind.body()) n += flow.get(i).text.length();
        return n;
    }

    private static boolean hasOwnBylineThenBody(List<Line> flow, int from, int to) {
        for (int i = from; i < to; i++) {
            Kind k = flow.get(i).kind;
            if (k == Kind.DATELINE) return true;
            if (k == Kind.BYLINE) return hasBody(flow, i + 1, to);
        }
        return false;
    }

    // ---- building articles

    /** The full date in the page's leading header lines (its masthead: {@code 长治日报 2025年1月3日 星期五}), or null. */
    private static String mastheadDate(List<Line> flow) {
        for (Line l : flow) {
            if (l.kind.body()) break;
            Matcher m = HEADER_DATE.matcher(l.text);
            if (m.find()) return Dates.firstFullDate(m.group());
        }
        return null;
    }

    private static PageArticle build(Item item, String masthead, Integer year) {
        StringBuilder text = new StringBuilder();
        for (Line l : item.lines) text.append(text.length() == 0 ? "" : "\n").append(l.text);
        for (Line l : item.captions) text.append(text.length() == 0 ? "" : "\n").append(l.text);
        String byline = byline(item.lines);
        if (byline == null && item.kind == PageArticle.Kind.CAPTION) {
            Matcher m = PHOTO_CREDIT.matcher(item.captions.get(0).text);
            if (m.find()) byline = strip(m.group().replaceAll("^[\\s(（]+|[)）]$", ""));
        }
        String date = masthead != null ? masthead : datelineDate(item.lines, year);
        return new PageArticle(title(item.lines), byline, date, text.toString(), item.line, item.kind);
    }

    /** The main headline among the article's leading header lines; a kicker of spaced phrases yields to a plain line. */
    private static String title(List<Line> lines) {
        String first = null;
        String plain = null;
        String subtitle = null;
        for (Line l : lines) {
            if (!l.kind.header() && l.kind != Kind.CREDIT) break;
            if (l.kind == Kind.HEADLINE) {
                if (first == null) first = l.text;
                if (plain == null && !l.text.contains(" ") && !l.text.contains("\u3000")) plain = l.text;
            } else if (l.kind == Kind.SUBTITLE && subtitle == null) {
                subtitle = l.text.replaceFirst("^[—\\-]+\\s*", "");
            }
        }
        if (plain != null) return plain;
        if (first != null) return first;
        return subtitle == null || subtitle.isEmpty() ? null : subtitle;
    }

    /** The byline line, else the byline part of a dateline when it names a reporter, else a closing {@code (记者 X)}. */
    private static String byline(List<Line> lines) {
        for (Line l : lines) if (l.kind == Kind.BYLINE) return l.text;
        for (Line l : lines) {
            if (l.kind != Kind.DATELINE) continue;
            Matcher m = DATELINE.matcher(l.text);
            if (m.lookingAt()) {
                String head = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (ROLE_WORD.matcher(head).find()) return strip(head);
            }
            break;
        }
        for (Line l : lines) {
            if (!l.kind.body()) continue;
            Matcher m = CLOSING_CREDIT.matcher(l.text);
            if (m.find()) return strip(m.group());
        }
        return null;
    }

    /**
     * The date the dateline of a single article's text gives (its first body line, when that is a dateline), or null.
     *
     * @param year the year of a date written without one, or null
     */
    static String datelineDate(String text, Integer year) {
        List<Line> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) { // classified up to the first body line only: a record may be long
            Line l = lines.get(i);
            l.kind = classify(l.text);
            if (l.kind.body()) return datelineDate(lines.subList(i, i + 1), year);
        }
        return null;
    }

    /**
     * The date the article's dateline gives ({@code 新华社太原1月1日电}, {@code 本报讯（记者 郭华）1月2日，…}), or null.
     * A date elsewhere in the body is when something happened, not when the article was published.
     */
    private static String datelineDate(List<Line> lines, Integer year) {
        for (Line l : lines) {
            if (!l.kind.body()) continue;
            if (l.kind != Kind.DATELINE) return null;
            Matcher m = DATELINE.matcher(l.text);
            if (!m.lookingAt()) return null;
            return Dates.datelineDate(m.group(), l.text.substring(m.end()), year);
        }
        return null;
    }
}
