package org.newskg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as written in Chinese news and metadata, normalised to ISO yyyy-MM-dd.
 *
 * <p>Policy: the publication date of an article comes from metadata and the page, never from its body: the
 * record's own {@code date} field (or an HTML page's date meta tag), else {@code --date}, else a date in the file or
 * folder names ({@link #inPath}), else the full date of the page's masthead, else the article's dateline
 * ({@code 新华社北京1月2日电}, {@code 本报讯（记者 X）1月2日}); otherwise the article is undated. Dates in the body
 * are event dates ({@link EventDates}).
 */
final class Dates {
    /** {@code 2025-01-02}, {@code 2025/1/2}, {@code 2025.01.02}, {@code 2025年1月2日}. */
    private static final Pattern FULL = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*(?:[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号])");
    /** {@code 1月1日}, optionally with its year. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<!\\d)(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})[日号]");
    /** A date in a file or folder name: {@code 2025-01-02}, {@code 20250102}, {@code 2025_01_02}. */
    private static final Pattern NAME_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)");
    /** A date spread over folders: {@code 2025/01/02/p2.txt}, {@code 2025/01/02.txt}. */
    private static final Pattern FOLDER_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/\\\\](\\d{1,2})[/\\\\](\\d{1,2})(?!\\d)");
    /** What may stand between a dateline and its date: {@code 本报讯 1月2日}, {@code 本报讯（记者 X）：1月2日}. */
    private static final Pattern DATELINE_DATE = Pattern.compile("[\\s:：，,]*((?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}[日号])");

    private Dates() {
    }

    /** A metadata date value as ISO ({@code 2025-01-02}, {@code 2025/1/2}, {@code 2025年1月2日}, {@code 20250102}), or null. */
    static String normalize(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        Matcher m = FULL.matcher(v);
        if (m.lookingAt()) return iso(m);
        Matcher c = NAME_DATE.matcher(v);
        if (c.lookingAt() && c.group().length() == 8) return of(c.group(1), c.group(2), c.group(3));
        return null;
    }

    /** The first valid full date (with year) in the text, or null. */
    static String firstFullDate(String text) {
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            String iso = iso(m);
            if (iso != null) return iso;
        }
        return null;
    }

    /** The first valid {@code M月D日} in the text, with its own year or else {@code year}; null when no year is known. */
    static String firstMonthDay(String text, Integer year) {
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Integer y = m.group(1) != null ? Integer.valueOf(m.group(1)) : year;
            if (y == null) return null;
            String iso = of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (iso != null) return iso;
        }
        return null;
    }

    /**
     * The date a dateline gives, or null: the {@code M月D日} of {@code 新华社太原1月1日电} inside the dateline
     * ({@code head}), else one right after it ({@code rest}: {@code 本报讯（记者 X）1月2日，…}).
     *
     * @param year the page's year for a date written without one, or null (then only a date with its year counts)
     */
    static String datelineDate(String head, String rest, Integer year) {
        if (head.contains("电") || head.contains("電")) {
            String d = firstMonthDay(head, year);
            if (d != null) return d;
        }
        Matcher m = DATELINE_DATE.matcher(rest);
        return m.lookingAt() ? firstMonthDay(m.group(1), year) : null;
    }

    /** The year of a date in a file name ({@code changzhi-daily-2025-01-02-p2} gives 2025), or null. */
    static Integer yearInName(String name) {
        String d = inName(name);
        return d == null ? null : Integer.valueOf(d.substring(0, 4));
    }

    /** The first valid date in a file or folder name ({@code changzhi-daily-2025-01-02-p2}, {@code 20250102}), or null. */
    static String inName(String name) {
        Matcher m = NAME_DATE.matcher(name);
        while (m.find()) {
            String iso = of(m.group(1), m.group(2), m.group(3));
            if (iso != null) return iso;
        }
        return null;
    }

    /**
     * The date a file's path states, or null: a date in the file name ({@code …2025-01-02…}, {@code 20250102}), else
     * one spread over its folders ({@code 2025/01/02/p2.txt}, {@code 2025/01/02.txt}; the last such), else one in a
     * folder name, the nearest folder first.
     *
     * @param path the path as given (separators {@code /} or {@code \})
     */
    static String inPath(String path) {
        if (path == null || path.isEmpty()) return null;
        String p = path;
        int sep = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        int dot = p.lastIndexOf('.');
        if (dot > sep + 1) p = p.substring(0, dot);
        String[] parts = p.split("[/\\\\]");
        String own = inName(parts[parts.length - 1]);
        if (own != null) return own;
        Matcher m = FOLDER_DATE.matcher(p);
        String last = null;
        while (m.find()) {
            String iso = of(m.group(1), m.group(2), m.group(3));
            if (iso != null) last = iso;
        }
        if (last != null) return last;
        for (int i = parts.length - 2; i >= 0; i--) {
            String d = inName(parts[i]);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The date {@code M月D日} (no year stated) most likely means in an article published on {@code published}:
     * the one nearest to it (1月1日 in a page of 2025-01-02 is 2025-01-01; 12月30日 is 2024-12-30), or null when there
     * is no such day (2月30日).
     */
    static LocalDate nearest(int month, int day, LocalDate published) {
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate d;
            try {
                d = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if (best == null || Math.abs(d.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay()))
                best = d;
        }
        return best;
    }

    private static String iso(Matcher m) {
        int y = Integer.parseInt(m.group(1));
        String mo = m.group(2) != null ? m.group(2) : m.group(4);
        String d = m.group(3) != null ? m.group(3) : m.group(5);
        return of(y, Integer.parseInt(mo), Integer.parseInt(d));
    }

    private static String of(String y, String m, String d) {
        return of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    }

    static String of(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
