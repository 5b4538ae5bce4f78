package org.newskg.export;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.function.Supplier;

/** Date checks shared by the export records: dates are ISO {@code yyyy-MM-dd} strings. */
final class ExportDates {
    private ExportDates() {
    }

    static void checkRange(String first, String last, Supplier<String> what) {
        LocalDate a = parse(first, what);
        LocalDate b = parse(last, what);
        if (a != null && b != null && b.isBefore(a)) {
            throw new IllegalArgumentException("last date " + last + " before first date " + first + " of " + what.get());
        }
    }

    private static LocalDate parse(String date, Supplier<String> what) {
        if (date == null) {
            return null;
        }
        if (date.length() != 10 || date.charAt(4) != '-' || date.charAt(7) != '-') {
            throw new IllegalArgumentException("date '" + date + "' of " + what.get() + " is not yyyy-MM-dd");
        }
        try {
            return LocalDate.of(digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("date '" + date + "' of " + what.get() + " is not yyyy-MM-dd", e);
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit: " + c);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
