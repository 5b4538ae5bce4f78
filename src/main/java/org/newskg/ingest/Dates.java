package org.newskg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as written in Chinese news and metadata, normalised to ISO yyyy-MM-dd. */
final class Dates {
    /** {@code 2025-01-02}, {@code 2025/1/2}, {@code 2025.01.02}, {@code 2025年1月2日}. */
    private static final Pattern FULL = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*(?:[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号])");
    /** {@code 1月1日}, optionally with its year. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<!\\d)(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})[日号]");
    /** A date in a file name: {@code 2025-01-02}, {@code 20250102}. */
    private static final Pattern NAME_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)");

    private Dates() {
    }

    /** A metadata date value as ISO, or null when it is blank or not a valid date. */
    static String normalize(String value) {
        if (value == null || value.isBlank()) return null;
        Matcher m = FULL.matcher(value.strip());
        if (!m.lookingAt()) return null;
        return iso(m);
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

    /** The year of a date in a file name ({@code changzhi-daily-2025-01-02-p2} gives 2025), or null. */
    static Integer yearInName(String name) {
        Matcher m = NAME_DATE.matcher(name);
        while (m.find()) {
            if (of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) != null) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static String iso(Matcher m) {
        int y = Integer.parseInt(m.group(1));
        String mo = m.group(2) != null ? m.group(2) : m.group(4);
        String d = m.group(3) != null ? m.group(3) : m.group(5);
        return of(y, Integer.parseInt(mo), Integer.parseInt(d));
    }

    private static String of(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
