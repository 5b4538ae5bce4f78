package org.newskg.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * subheads inside one article never split it. A subtitle left over at the end of the page becomes its own
 * article. Captions go to the nearer article (fewer blank lines between; the earlier one on a tie) and are put
 * at the end of its text.
 *
 * <p>Words cut by layout gaps ({@code 鼓\n\n励}) are joined when a body paragraph ends in a Han character without
 * closing punctuation and the next body paragraph starts with one, quotes agree, and the next one is not an
 * enumeration item or a {@code key:} line. Headlines, bylines and datelines are never joined.
 *
 * <p>Every non-blank character of the page ends up in exactly one article; only whitespace is changed (lines are
 * trimmed, blank lines dropped, joined paragraphs lose the gap between them).
 */
public final class PageSplitter {
    /** Longest headline line, in code points. */
    static final int MAX_HEADLINE = 42;
    /** Body length (chars) after which a bare byline may start a new article even without a byline before. */
    static final int LONG_BODY = 200;

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
                    + "|[□■]?\\s*(\\p{IsHan}{2,12}(?:社|网|網|报|報)\\p{IsHan}{0,8}\\d{1,2}月\\d{1,2}日[电電](?:\\s*[(（][^)）]{1,40}[)）])?)"
                    + "|[□■]?\\s*((?:本报|本報)(?:见习|見習|特约|特約|首席)?(?:记者|記者|通讯员|通訊員)[^：:，,。]{2,30}?)[：:]");
    /** A reporter credit in brackets closing a paragraph: {@code (记者刘岚涛)}. */
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "[(（]\\s*(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[^()（）]{1,30}[)）]\\s*$");
    private static final Pattern CAPTION = Pattern.compile(
            ".{6,}?\\s+(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\\s*)?" + NAME + "(?:[\\s、]+" + NAME + ")*\\s*[摄攝]"
                    + "|.{6,}?[(（]\\s*(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\\s*)?" + NAME + "(?:[\\s、]+" + NAME + ")*\\s*[摄攝]\\s*[)）]");
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

    /** A caption with the flow lines around it (null at the ends of the page). */
    private record Caption(Line line, Line before, Line after, int gapAfter) {
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
     * @return the articles in page order; empty when the page has no non-blank character
     */
    public static List<PageArticle> split(String page, Integer yearHint) {
        List<Line> all = lines(page);
        if (all.isEmpty()) return List.of();
        all.forEach(l -> l.kind = classify(l.text));
        markLabels(all);

        // captions leave the flow, remembering their neighbours
        List<Line> flow = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        List<Integer> captionAt = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Line l = all.get(i);
            if (l.kind == Kind.CAPTION) {
                int gapAfter = i + 1 < all.size() ? all.get(i + 1).gap : Integer.MAX_VALUE;
                captions.add(new Caption(l, null, null, gapAfter));
                captionAt.add(flow.size());
            } else {
                flow.add(l);
            }
        }
        for (int c = 0; c < captions.size(); c++) {
            int at = captionAt.get(c);
            Caption cap = captions.get(c);
            captions.set(c, new Caption(cap.line(), at > 0 ? flow.get(at - 1) : null,
                    at < flow.size() ? flow.get(at) : null, cap.gapAfter()));
        }

        Map<Line, Line> mergedInto = joinLayoutGaps(flow);
        Integer year = pageYear(flow, yearHint);
        List<Integer> starts = articleStarts(flow);

        // which article each flow line belongs to
        Map<Line, Integer> articleOf = new IdentityHashMap<>();
        for (int a = 0; a < starts.size(); a++) {
            int end = a + 1 < starts.size() ? starts.get(a + 1) : flow.size();
            for (int i = starts.get(a); i < end; i++) articleOf.put(flow.get(i), a);
        }
        List<List<Line>> captionsOf = new ArrayList<>();
        for (int a = 0; a < Math.max(1, starts.size()); a++) captionsOf.add(new ArrayList<>());
        for (Caption cap : captions) {
            Integer before = cap.before() == null ? null : articleOf.get(resolve(cap.before(), mergedInto));
            Integer after = cap.after() == null ? null : articleOf.get(resolve(cap.after(), mergedInto));
            int target;
            if (before == null && after == null) target = 0;
            else if (before == null) target = after;
            else if (after == null) target = before;
            else target = cap.gapAfter() < cap.line().gap ? after : before;
            captionsOf.get(target).add(cap.line());
        }

        List<PageArticle> out = new ArrayList<>();
        if (flow.isEmpty()) { // a page of captions only
            out.add(build(List.of(), captionsOf.get(0), year));
            return out;
        }
        for (int a = 0; a < starts.size(); a++) {
            int end = a + 1 < starts.size() ? starts.get(a + 1) : flow.size();
            out.add(build(flow.subList(starts.get(a), end), captionsOf.get(a), year));
        }
        return out;
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
        // a subtitle left over at the end of the page (its article's start is elsewhere) stands alone
        int t = flow.size();
        while (t > cur && flow.get(t - 1).kind.header()) t--;
        if (t < flow.size() && hasBody(flow, cur, t)) {
            for (int i = t; i < flow.size(); i++) {
                if (flow.get(i).kind == Kind.SUBTITLE) {
                    starts.add(t);
                    break;
                }
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

    /** The year of a full date in the page's leading header lines (before its first body text), else the hint. */
    private static Integer pageYear(List<Line> flow, Integer yearHint) {
        for (Line l : flow) {
            if (l.kind.body()) break;
            Matcher m = HEADER_DATE.matcher(l.text);
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        return yearHint;
    }

    private static PageArticle build(List<Line> lines, List<Line> captions, Integer year) {
        StringBuilder text = new StringBuilder();
        for (Line l : lines) text.append(text.length() == 0 ? "" : "\n").append(l.text);
        for (Line l : captions) text.append(text.length() == 0 ? "" : "\n").append(l.text);
        int first = !lines.isEmpty() ? lines.get(0).number : captions.get(0).number;
        return new PageArticle(title(lines), byline(lines), date(lines, text.toString(), year), text.toString(), first);
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

    /** A {@code M月D日} in the first body paragraph (year from the page), else the first full date in the text. */
    private static String date(List<Line> lines, String text, Integer year) {
        for (Line l : lines) {
            if (!l.kind.body()) continue;
            String d = Dates.firstMonthDay(l.text, year);
            if (d != null) return d;
            break;
        }
        return Dates.firstFullDate(text);
    }
}
