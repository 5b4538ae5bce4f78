package org.newskg.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.InvalidInputException;

/**
 * What {@link StoreExporter} selects; the one selection of {@code newskg export}, {@code /newskg/export} and the
 * workbench's {@code /api/graph}. Empty criteria select everything.
 *
 * @param entities  centres of ego networks, each a name (label or alternate label), a division code or an IRI
 * @param hops      ego network radius, 0 to 3
 * @param place     everything inside a place given by name, division code or IRI; or null
 * @param types     types or subtypes of the nodes kept ({@code Person}, {@code Hospital}, {@code County}, any case)
 * @param from      first article date of the relations, or null
 * @param to        last article date of the relations, or null
 * @param relations relations followed and drawn, a subset of {@link #RELATIONS}; empty means all
 * @param limit     most nodes (the centres, then the nearest and most mentioned), 0 for no limit
 * @param sparql    a SELECT with {@code ?s ?relation ?o ...} (see {@link NetworkAssembler}) replacing the criteria; or null
 */
public record Selection(List<String> entities, int hops, String place, Set<String> types, LocalDate from, LocalDate to,
                        Set<String> relations, int limit, String sparql) {
    /** The relations a store network has. */
    public static final List<String> RELATIONS = List.of("position", "partOf", "locatedIn", "subOrganizationOf", "coMention");

    public Selection {
        entities = entities == null ? List.of() : entities.stream().filter(e -> !blank(e)).map(String::strip).toList();
        if (hops < 0 || hops > 3) throw new InvalidInputException("hops=" + hops, "hops must be 0, 1, 2 or 3");
        place = blank(place) ? null : place.strip();
        types = types == null ? Set.of() : Set.copyOf(types.stream().filter(t -> !blank(t)).map(String::strip).toList());
        if (from != null && to != null && from.isAfter(to))
            throw new InvalidInputException("from=" + from, "from is after to=" + to + ": empty date range");
        relations = relations == null || relations.isEmpty() ? Set.copyOf(RELATIONS) : Set.copyOf(relations);
        for (String r : relations)
            if (!RELATIONS.contains(r)) throw new InvalidInputException("relation=" + r, "relation must be one of " + RELATIONS);
        if (limit < 0) throw new InvalidInputException("limit=" + limit, "limit must be 0 (no limit) or more");
        sparql = blank(sparql) ? null : sparql;
        if (sparql != null && (!entities.isEmpty() || place != null || !types.isEmpty() || from != null || to != null))
            throw new InvalidInputException("sparql", "a SPARQL SELECT replaces the selection: give no entity, place, type or dates with it");
    }

    /** Everything, every relation. */
    public static Selection all() {
        return new Selection(List.of(), 1, null, Set.of(), null, null, Set.of(), 0, null);
    }

    /** Rows of a SPARQL SELECT instead of criteria. */
    public static Selection ofSparql(String select) {
        return new Selection(List.of(), 1, null, Set.of(), null, null, Set.of(), 0, select);
    }

    /**
     * The selection from HTTP query parameters: {@code entity} (repeatable), {@code hops} (default 1), {@code place},
     * {@code type} and {@code relation} (repeatable or comma-separated), {@code from}, {@code to}, {@code limit},
     * {@code sparql}. Other parameters are left to the caller.
     */
    public static Selection ofParameters(Map<String, String[]> parameters) {
        return new Selection(names(values(parameters, "entity", false), "entity"), number(parameters, "hops", 1),
                name(one(parameters, "place"), "place"),
                new LinkedHashSet<>(names(values(parameters, "type", true), "type")), date("from", one(parameters, "from")),
                date("to", one(parameters, "to")), new LinkedHashSet<>(values(parameters, "relation", true)),
                number(parameters, "limit", 0), one(parameters, "sparql"));
    }

    /** A date parameter or option ({@code name} as the user wrote it, e.g. {@code --from} or {@code from}); null stays null. */
    public static LocalDate date(String name, String value) {
        if (blank(value)) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name + "=" + value, "not a date (yyyy-MM-dd)");
        }
    }

    /** Whether person–organisation co-mentions are drawn. */
    public boolean coMention() {
        return relations.contains("coMention");
    }

    /** A short description, the graph's name in the written files. */
    public String describe() {
        if (sparql != null) return "newskg network: SPARQL SELECT";
        List<String> parts = new ArrayList<>();
        if (!entities.isEmpty()) parts.add("ego " + String.join(", ", entities) + " hops " + hops);
        if (place != null) parts.add("place " + place);
        if (from != null || to != null) parts.add("dates " + (from == null ? "" : from) + ".." + (to == null ? "" : to));
        if (!types.isEmpty()) parts.add("types " + String.join(", ", types.stream().sorted().toList()));
        if (relations.size() < RELATIONS.size()) parts.add("relations " + String.join(", ", relations.stream().sorted().toList()));
        return parts.isEmpty() ? "newskg network" : "newskg network: " + String.join("; ", parts);
    }

    /** Longest entity name, code, IRI or type name accepted from a request. */
    public static final int MAX_NAME = 512;

    /**
     * A name, division code or IRI from a request, checked: at most {@link #MAX_NAME} characters, no control
     * characters and none of {@code < > " { } | \ ^ `} (not allowed in an IRI and not in a name of the store), so
     * that a value can only ever be looked up, never read as query syntax. Null stays null.
     */
    public static String name(String value, String parameter) {
        if (value == null) return null;
        if (value.length() > MAX_NAME)
            throw new InvalidInputException(parameter, "value longer than " + MAX_NAME + " characters");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || "<>\"{}|\\^`".indexOf(c) >= 0 || c == '\uFFFE' || c == '\uFFFF')
                throw new InvalidInputException(parameter + "=" + printable(value),
                        "character " + String.format("U+%04X", (int) c) + " is not allowed in a name, code or IRI");
        }
        return value;
    }

    private static List<String> names(List<String> values, String parameter) {
        for (String v : values) name(v, parameter);
        return values;
    }

    /** The value for an error message: controls shown as U+XXXX, cut at 80 characters. */
    private static String printable(String v) {
        StringBuilder sb = new StringBuilder();
        v.codePoints().limit(80).forEach(cp -> {
            if (Character.isISOControl(cp)) sb.append(String.format("U+%04X", cp));
            else sb.appendCodePoint(cp);
        });
        return v.codePointCount(0, v.length()) > 80 ? sb + "…" : sb.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] v = parameters.get(name);
        if (v == null || v.length == 0) return null;
        if (v.length > 1) throw new InvalidInputException(name, "parameter " + name + " is given " + v.length + " times; give it once");
        return v[0];
    }

    private static List<String> values(Map<String, String[]> parameters, String name, boolean commaSeparated) {
        List<String> out = new ArrayList<>();
        for (String v : parameters.getOrDefault(name, new String[0]))
            out.addAll(commaSeparated ? List.of(v.split(",")) : List.of(v));
        return out;
    }

    private static int number(Map<String, String[]> parameters, String name, int dflt) {
        String v = one(parameters, name);
        if (blank(v)) return dflt;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + "=" + v, "not a whole number");
        }
    }
}
