package org.newskg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newskg.InvalidInputException;

/**
 * Abbreviations of public bodies (人社局, 卫健委, 交行) with the pattern of their full name and their
 * organisation subtype, read from {@code agencies.tsv} (columns documented in the file).
 * Immutable and thread-safe.
 */
public final class AgencyTable {
    /** Classpath resource of the default table. */
    public static final String RESOURCE = "/org/newskg/gazetteer/agencies.tsv";
    /** Placeholder in a pattern for the official name of the owning division. */
    public static final String PLACE = "{place}";
    private static final Set<String> SUBTYPES = Set.of("GovernmentAgency", "PartyOrganization", "Bank", "Hospital",
            "School", "Media", "Other");

    /**
     * One abbreviation.
     *
     * @param abbreviation    short form as written after a level prefix or place name ({@code 人社局})
     * @param pattern         full name, with {@link #PLACE} where the owning division's name goes
     * @param provincePattern full name at province level ({@code {place}人力资源和社会保障厅})
     * @param subtype         organisation subtype
     */
    public record Entry(String abbreviation, String pattern, String provincePattern, String subtype) {
        public Entry {
            Objects.requireNonNull(abbreviation, "agency abbreviation");
            Objects.requireNonNull(pattern, () -> "pattern of agency " + abbreviation);
            Objects.requireNonNull(subtype, () -> "subtype of agency " + abbreviation);
            if (abbreviation.isBlank()) throw new IllegalArgumentException("blank agency abbreviation");
            if (provincePattern == null) provincePattern = pattern;
        }

        /** True when the full name needs the owning division ({@code 人社局}); false for national bodies ({@code 交行}). */
        public boolean placeBound() {
            return pattern.contains(PLACE);
        }

        /**
         * The full name for a body of this division.
         *
         * @param placeName official name of the owning division ({@code 长治市}), ignored for national bodies
         * @param province  whether the division is a province (selects the province pattern)
         */
        public String fullName(String placeName, boolean province) {
            return (province ? provincePattern : pattern).replace(PLACE, placeName == null ? "" : placeName);
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byAbbreviation;
    private final int maxLength;

    private AgencyTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : entries) map.put(e.abbreviation(), e);
        this.byAbbreviation = Map.copyOf(map);
        this.maxLength = entries.stream().mapToInt(e -> e.abbreviation().length()).max().orElse(0);
    }

    /** The entry of this abbreviation ({@code 人社局}), if any. */
    public Optional<Entry> lookup(String abbreviation) {
        return Optional.ofNullable(byAbbreviation.get(abbreviation));
    }

    /**
     * The entry with the longest abbreviation that ends {@code name} ({@code 长治市人社局} → 人社局), if any.
     * One-character abbreviations match only when something precedes them.
     */
    public Optional<Entry> longestSuffix(String name) {
        for (int len = Math.min(maxLength, name.length()); len >= 1; len--) {
            Entry e = byAbbreviation.get(name.substring(name.length() - len));
            if (e != null && (len > 1 || name.length() > 1)) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** All entries in file order. */
    public List<Entry> entries() {
        return entries;
    }

    private static final class Holder {
        static final AgencyTable DEFAULT = loadResource();
    }

    /** The bundled table, read once on first use. */
    public static AgencyTable loadDefault() {
        return Holder.DEFAULT;
    }

    private static AgencyTable loadResource() {
        InputStream in = AgencyTable.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new InvalidInputException(RESOURCE, "agency table not on the classpath");
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads a table in the {@code agencies.tsv} format; {@code where} names the source in error messages. */
    public static AgencyTable read(Reader reader, String where) throws IOException {
        Map<String, Entry> map = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String at = where + ":" + n;
            String[] f = line.split("\t", -1);
            if (f.length != 4) throw new InvalidInputException(at, "expected 4 tab-separated columns, got " + f.length);
            if (f[0].isBlank() || f[1].isBlank()) throw new InvalidInputException(at, "empty abbreviation or pattern");
            if (!SUBTYPES.contains(f[3])) throw new InvalidInputException(at, "unknown subtype '" + f[3] + "'");
            String province = f[2].equals("-") || f[2].isEmpty() ? f[1] : f[2];
            if (map.put(f[0], new Entry(f[0], f[1], province, f[3])) != null)
                throw new InvalidInputException(at, "duplicate abbreviation '" + f[0] + "'");
        }
        return new AgencyTable(new ArrayList<>(map.values()));
    }
}
