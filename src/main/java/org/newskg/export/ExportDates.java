package org.newskg.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        if (date.length() != 10) {
            throw new IllegalArgumentException("date '" + date + "' of " + what.get() + " is not yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + date + "' of " + what.get() + " is not yyyy-MM-dd", e);
        }
    }
}
