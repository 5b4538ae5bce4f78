package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap hints at the home region of a whole input document (a newspaper page), found without the gazetteer so
 * the reader can attach them to every article of the page: the linker sees one article at a time, and this is how
 * the page's masthead, its datelines and the places named in its other articles reach it. Each hint is a short
 * run of Han characters that may end in (or, for places, be) a division name; the linker decides with the
 * gazetteer which of them name a division ({@code org.newskg.link.HomeInference}).
 *
 * @param papers     outlet names on the page, each as the Han run (at most {@value #WINDOW} characters) before an
 *                   outlet word, followed by that word: {@code 长治日报}, {@code 据上党晚报}; as often as they occur
 * @param datelines  the Han run before {@code 讯} of each dateline that starts a line: {@code 本报长治}
 *                   ({@code 本报长治讯}), {@code 黄河新闻网长治}; as often as they occur
 * @param placeNames each Han run (at most {@value #WINDOW} characters, then the suffix) ending in a division
 *                   suffix ({@code 省 市 县 区 州 盟 旗}): {@code 今年长治市}, {@code 在壶关县}; as often as they occur
 */
public record PageEvidence(List<String> papers, List<String> datelines, List<String> placeNames) {
    /** Han characters kept before an outlet word, {@code 讯} or a division suffix. */
    public static final int WINDOW = 10;
    /** Most hints of each kind kept for one page (a bound on what travels with each article). */
    public static final int MAX_HINTS = 200;
    /** Outlet words after a paper's, portal's or station's place name, longest first. */
    public static final List<String> OUTLET_WORDS = List.of("广播电视台", "融媒体中心", "都市报", "日报", "晚报", "早报",
            "商报", "时报", "新闻网", "電視台", "日報", "晚報");
    private static final Pattern OUTLET = Pattern.compile(String.join("|", OUTLET_WORDS));
    /** A dateline at the start of a line: {@code □本报长治讯}, {@code 黄河新闻网长治讯（记者 X）}. */
    private static final Pattern DATELINE = Pattern.compile("(?m)^[\\s\\u3000□■]*(\\p{IsHan}{2,16}?)[讯訊]");
    private static final String SUFFIXES = "省市县区州盟旗縣區";

    public static final PageEvidence NONE = new PageEvidence(List.of(), List.of(), List.of());

    public PageEvidence {
        papers = papers == null ? List.of() : List.copyOf(papers);
        datelines = datelines == null ? List.of() : List.copyOf(datelines);
        placeNames = placeNames == null ? List.of() : List.copyOf(placeNames);
    }

    public boolean isEmpty() {
        return papers.isEmpty() && datelines.isEmpty() && placeNames.isEmpty();
    }

    /** The hints in a text (a whole page, or one article read on its own). A pure function of the text. */
    public static PageEvidence of(String text) {
        if (text == null || text.isEmpty()) return NONE;
        List<String> papers = new ArrayList<>();
        Matcher m = OUTLET.matcher(text);
        while (m.find() && papers.size() < MAX_HINTS) {
            String before = hanRunBefore(text, m.start());
            if (before.length() >= 2) papers.add(before + m.group());
        }
        List<String> datelines = new ArrayList<>();
        Matcher d = DATELINE.matcher(text);
        while (d.find() && datelines.size() < MAX_HINTS) datelines.add(d.group(1));
        List<String> places = new ArrayList<>();
        for (int i = 0; i < text.length() && places.size() < MAX_HINTS; i++) {
            if (SUFFIXES.indexOf(text.charAt(i)) < 0) continue;
            String before = hanRunBefore(text, i);
            if (before.length() >= 1) places.add(before + text.charAt(i));
        }
        return new PageEvidence(papers, datelines, places);
    }

    /** Up to {@link #WINDOW} Han characters directly before {@code end}. */
    private static String hanRunBefore(String text, int end) {
        int start = end;
        while (start > 0 && end - start < WINDOW && isHan(text.charAt(start - 1))) start--;
        return text.substring(start, end);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
