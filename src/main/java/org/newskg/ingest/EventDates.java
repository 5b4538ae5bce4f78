package org.newskg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in an article's body: when what a sentence tells happened (the event), as opposed to when the article was
 * published. A date with its year ({@code 2024年12月30日}, {@code 2024-12-30}) stands as written; a month and day
 * ({@code 1月1日}) takes the year that puts it nearest to the publication date; {@code 今天/今日}, {@code 昨天/昨日},
 * {@code 前天}, {@code 明天/明日} count from the publication date. Without a publication date only dates with their
 * year are resolved. Vague words ({@code 日前}, {@code 近日}, {@code 当天}) are no dates.
 */
public final class EventDates {
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?<y>(?:19|20)\\d{2})\\s*(?:年\\s*(?<m1>\\d{1,2})\\s*月\\s*(?<d1>\\d{1,2})\\s*[日号]"
                    + "|[-/.](?<m2>\\d{1,2})[-/.](?<d2>\\d{1,2})(?!\\d))"
                    + "|(?<![\\d年])(?<m3>\\d{1,2})月(?<d3>\\d{1,2})[日号]"
                    + "|(?<rel>今天|今日|昨天|昨日|前天|明天|明日)(?!头条|之)");
    /** Where a sentence ends. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;\\n]");

    /**
     * One date in a text.
     *
     * @param start offset of the date's first character (Java UTF-16 units)
     * @param end   offset after its last character
     * @param text  the date as written
     * @param date  what it means
     */
    public record EventDate(int start, int end, String text, LocalDate date) {
    }

    private EventDates() {
    }

    /**
     * The dates of a text that can be resolved, in text order.
     *
     * @param published the article's publication date, or null
     */
    public static List<EventDate> find(String text, LocalDate published) {
        List<EventDate> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d = resolve(m, published);
            if (d != null) out.add(new EventDate(m.start(), m.end(), m.group(), d));
        }
        return out;
    }

    /**
     * The date of the sentence a statement at {@code [start, end)} stands in: its first resolvable date, or null.
     *
     * @param published the article's publication date, or null
     */
    public static LocalDate inSentence(String text, int start, int end, LocalDate published) {
        if (start < 0 || start > text.length()) return null;
        int from = 0;
        Matcher e = SENTENCE_END.matcher(text);
        while (e.find() && e.start() < start) from = e.end();
        int to = text.length();
        e = SENTENCE_END.matcher(text);
        if (e.find(Math.min(Math.max(start, end - 1), text.length()))) to = e.start();
        for (EventDate d : find(text.substring(from, to), published)) return d.date();
        return null;
    }

    private static LocalDate resolve(Matcher m, LocalDate published) {
        if (m.group("y") != null) {
            String mo = m.group("m1") != null ? m.group("m1") : m.group("m2");
            String d = m.group("d1") != null ? m.group("d1") : m.group("d2");
            String iso = Dates.of(Integer.parseInt(m.group("y")), Integer.parseInt(mo), Integer.parseInt(d));
            return iso == null ? null : LocalDate.parse(iso);
        }
        if (published == null) return null;
        if (m.group("m3") != null) return Dates.nearest(Integer.parseInt(m.group("m3")), Integer.parseInt(m.group("d3")), published);
        return switch (m.group("rel")) {
            case "今天", "今日" -> published;
            case "昨天", "昨日" -> published.minusDays(1);
            case "前天" -> published.minusDays(2);
            default -> published.plusDays(1); // 明天, 明日
        };
    }
}
