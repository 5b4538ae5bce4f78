package org.newskg.extract.rules;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.newskg.InvalidInputException;
import org.newskg.extract.EntityType;
import org.newskg.gazetteer.AgencyTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fixed names: the built-in lexicon.tsv plus user lexicon files, TSV
 * {@code surface<TAB>type<TAB>subtype[<TAB>priority]} (UTF-8, # comments). Higher priority wins an overlap,
 * then the longer match; the default priority is 100, above every rule.
 */
public final class Lexicon {
    public record Entry(String surface, EntityType type, String subtype, int priority) {}

    static final int DEFAULT_PRIORITY = 100;
    /** Built-in names lose to a longer organisation found by rule (交行长治分行 over 交行). */
    static final int BUILT_IN_PRIORITY = 38;
    private static final Set<String> SUBTYPES = Set.of("Province", "City", "County", "Township", "Village", "ScenicSpot", "Other",
            "GovernmentAgency", "PartyOrganization", "Hospital", "School", "Company", "Bank", "Media");

    private final Map<String, Entry> entries;
    private final int maxLen;
    private final Set<Character> firstChars;

    private Lexicon(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
        java.util.Set<Character> fc = new java.util.HashSet<>();
        for (String k : entries.keySet()) fc.add(k.charAt(0));
        this.firstChars = Set.copyOf(fc);
        this.maxLen = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static Lexicon load(Tables t, AgencyTable agencies, List<Path> files) {
        Map<String, Entry> m = new HashMap<>();
        for (String[] r : t.lexicon) {
            Entry e = parse(r, "lexicon.tsv");
            m.put(Doc.simplify(e.surface()), e);
        }
        // national bodies of the agency table stand alone (交行, 邮储银行); place-bound ones need a prefix
        for (AgencyTable.Entry a : agencies.entries()) {
            if (a.placeBound() || a.abbreviation().length() < 2) continue;
            m.putIfAbsent(a.abbreviation(), new Entry(a.abbreviation(), EntityType.Organization, a.subtype(), BUILT_IN_PRIORITY));
        }
        for (Path f : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon " + f, e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (i == 0 && l.startsWith("\uFEFF")) l = l.substring(1);
                if (l.isBlank() || l.startsWith("#")) continue;
                Entry e = parse(l.split("\t"), f + ":" + (i + 1));
                Entry old = m.get(Doc.simplify(e.surface()));
                if (old == null || old.priority() <= e.priority()) m.put(Doc.simplify(e.surface()), e);
            }
        }
        return new Lexicon(m);
    }

    private static Entry parse(String[] r, String where) {
        if (r.length < 2) throw new InvalidInputException(where, "expected surface<TAB>type<TAB>subtype[<TAB>priority]");
        String surface = r[0].strip();
        if (surface.isEmpty()) throw new InvalidInputException(where, "empty surface");
        EntityType type;
        try {
            type = EntityType.valueOf(r[1].strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where, "unknown type '" + r[1] + "' (Person, Place, Organization)");
        }
        String subtype = r.length > 2 && !r[2].isBlank() ? r[2].strip() : null;
        if (subtype != null && !SUBTYPES.contains(subtype)) throw new InvalidInputException(where, "unknown subtype '" + subtype + "'");
        if (type == EntityType.Person) subtype = null;
        int prio = DEFAULT_PRIORITY;
        if (r.length > 3 && !r[3].isBlank()) {
            try {
                prio = Integer.parseInt(r[3].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(where, "priority '" + r[3] + "' is not an integer");
            }
        }
        return new Entry(surface, type, subtype, prio);
    }

    public int size() {
        return entries.size();
    }

    /**
     * All matches in the simplified text (every start, longest entry first). An organisation the rules found starting
     * inside a name of the lexicon and running past it (建设/vn 银行郴州分行: the rules dropped the verbal noun) is
     * that name's unit: the name and the unit are one span (建设银行郴州分行).
     */
    public void find(Doc d, List<Span> out) {
        if (maxLen == 0) return;
        List<Span> joined = new java.util.ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            if (!firstChars.contains(d.simplified.charAt(i))) continue;
            for (int L = Math.min(maxLen, d.length - i); L >= 1; L--) {
                Entry e = entries.get(d.simplified.substring(i, i + L));
                if (e == null) continue;
                // 交通运输部门: the name's last character opens a dictionary word that runs past it (部门)
                int last = d.tokenAt(i + L - 1);
                if (d.tokEnd(last) > i + L && d.tokStart(last) >= i && d.tokStart(last) == i + L - 1
                        && CoreDictionary.get(d.word(last)) != null) continue;
                Span s = new Span(i, i + L, e.type(), e.subtype(), e.type() == EntityType.Place ? 0 : -1,
                        e.type() == EntityType.Organization ? "other" : null, e.priority(), "lexicon");
                out.add(s);
                if (e.type() == EntityType.Organization)
                    for (Span o : out)
                        if (o.type() == EntityType.Organization && o.start() > s.start() && o.start() < s.end() && o.end() > s.end()
                                && o.rule().startsWith("org:"))
                            joined.add(new Span(s.start(), o.end(), o.type(), o.subtype(), o.rank(), o.kind(), o.priority() + 1, o.rule()));
                break;
            }
        }
        out.addAll(joined);
    }
}
