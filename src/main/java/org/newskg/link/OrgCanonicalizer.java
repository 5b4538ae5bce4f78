package org.newskg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.newskg.gazetteer.AdminDivision;
import org.newskg.gazetteer.ChineseScript;
import org.newskg.gazetteer.Level;
import org.newskg.gazetteer.AgencyTable;

/**
 * Canonical names of organisations, from abbreviations and the article's context.
 *
 * <ol>
 *   <li>National bodies by abbreviation, also as the head of a longer name: {@code 交行长治分行} →
 *       {@code 交通银行长治分行}, {@code 农发行} → {@code 中国农业发展银行}.</li>
 *   <li>A level prefix (省, 市, 县, 区, 州, 盟, 旗) before an abbreviation stands for the article's division of
 *       that level (home region, source, dateline, else the division most of its places lie in):
 *       {@code 市人社局} in a 长治 paper → {@code 长治市人力资源和社会保障局}; {@code 省卫健委} →
 *       {@code 山西省卫生健康委员会}; {@code 市委宣传部} → {@code 中共长治市委员会宣传部}. Without such a
 *       division the name stays as written (no guess).</li>
 *   <li>A place name before an abbreviation: {@code 壶关县文旅局} → {@code 壶关县文化和旅游局},
 *       {@code 绛县县委} → {@code 中共绛县委员会}.</li>
 *   <li>Within an article a shorter name that ends a longer organisation name, or is an abbreviation of it
 *       (same first character, its characters in order, the same last four or more characters), takes the
 *       longer one's canonical name when that is unambiguous: {@code 和平医院} after
 *       {@code 长治医学院附属和平医院}; {@code 来凤中医医院} and {@code 来凤县中医医院}.</li>
 * </ol>
 * Any other name is its own canonical name. Thread-safe.
 */
final class OrgCanonicalizer {
    private static final String LEVEL_CHARS = "省市县区州盟旗";
    private static final int MIN_SHARED_TAIL = 4;

    private final AgencyTable table;
    private final PlaceResolver places;

    OrgCanonicalizer(AgencyTable table, PlaceResolver places) {
        this.table = Objects.requireNonNull(table, "agency table");
        this.places = Objects.requireNonNull(places, "place resolver");
    }

    /** The canonical name and the table entry that produced it (null when none did). */
    record Canonical(String name, AgencyTable.Entry entry) {}

    /**
     * Canonical names of the distinct organisation names of one article.
     *
     * @param names          organisation names as written, in text order
     * @param regionAt       the article's division at a level, or null
     * @param resolvedPlaces place names of the article resolved to divisions
     */
    Map<String, Canonical> canonicalize(List<String> names, Function<Level, AdminDivision> regionAt,
                                        Map<String, AdminDivision> resolvedPlaces) {
        Map<String, Canonical> own = new LinkedHashMap<>();
        for (String n : names) own.computeIfAbsent(n, t -> single(t, regionAt, resolvedPlaces));
        // longest names first, so that a longer name's canonical name is final when a shorter one adopts it
        List<String> byLength = new ArrayList<>(own.keySet());
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, Canonical> adopted = new HashMap<>();
        for (String t : byLength) {
            Canonical longer = null;
            boolean ambiguous = false;
            for (String u : byLength) {
                if (u.length() <= t.length() || !abbreviates(t, u)) continue;
                Canonical c = adopted.get(u);
                if (longer != null && !longer.name().equals(c.name())) ambiguous = true;
                longer = c;
            }
            adopted.put(t, longer != null && !ambiguous ? longer : own.get(t));
        }
        Map<String, Canonical> out = new LinkedHashMap<>();
        for (String n : own.keySet()) out.put(n, adopted.get(n));
        return out;
    }

    /** True when {@code shorter} ends {@code longer} or abbreviates it (see the class comment). */
    static boolean abbreviates(String shorter, String longer) {
        if (shorter.length() < 2) return false;
        if (longer.endsWith(shorter)) return true;
        if (shorter.length() < MIN_SHARED_TAIL || shorter.charAt(0) != longer.charAt(0)) return false;
        int tail = 0;
        while (tail < shorter.length() && shorter.charAt(shorter.length() - 1 - tail) == longer.charAt(longer.length() - 1 - tail))
            tail++;
        if (tail < MIN_SHARED_TAIL) return false;
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) if (longer.charAt(i) == shorter.charAt(j)) j++;
        return j == shorter.length();
    }

    private Canonical single(String written, Function<Level, AdminDivision> regionAt, Map<String, AdminDivision> resolvedPlaces) {
        String t = ChineseScript.toSimplified(written);
        Optional<AgencyTable.Entry> whole = table.lookup(t);
        if (whole.isPresent()) {
            AgencyTable.Entry e = whole.get();
            if (!e.placeBound()) return new Canonical(e.fullName(null, false), e);
            Level embedded = levelInAbbreviation(e.abbreviation());
            if (embedded != null) {
                AdminDivision region = regionAt.apply(embedded);
                if (region != null) return new Canonical(e.fullName(region.name(), region.level() == Level.PROVINCE), e);
            }
            return new Canonical(t, e);
        }
        // national body as the head of a longer name: 交行长治分行
        AgencyTable.Entry national = null;
        for (AgencyTable.Entry e : table.entries())
            if (!e.placeBound() && t.startsWith(e.abbreviation())
                    && (national == null || e.abbreviation().length() > national.abbreviation().length())) national = e;
        if (national != null) return new Canonical(national.fullName(null, false) + t.substring(national.abbreviation().length()), national);

        // level prefix: 市人社局, 省卫健委, 县委办
        Level prefixLevel = t.length() > 1 ? levelOfChar(t.charAt(0)) : null;
        if (prefixLevel != null) {
            Optional<Head> head = head(t.substring(1));
            if (head.isPresent()) {
                AdminDivision region = regionAt.apply(prefixLevel);
                return region == null ? new Canonical(t, head.get().entry()) : expand(head.get(), region);
            }
            if (endsLikeABody(t) && !NOT_LEVEL_PREFIX.matcher(t).lookingAt()) {
                AdminDivision region = regionAt.apply(prefixLevel);
                if (region != null) return new Canonical(region.name() + t.substring(1), null);
            }
        }
        // place prefix: 壶关县文旅局, 绛县县委
        Optional<PlaceResolver.Prefix> place = placePrefix(t, resolvedPlaces);
        if (place.isPresent()) {
            AdminDivision d = place.get().division();
            String rest = t.substring(place.get().text().length());
            Level restLevel = rest.length() > 1 ? levelOfChar(rest.charAt(0)) : null;
            if (restLevel != null && d.name().endsWith(rest.substring(0, 1))) rest = rest.substring(1);
            Optional<Head> head = head(rest);
            if (head.isPresent()) return expand(head.get(), d);
        }
        return new Canonical(t, null);
    }

    /** A level character that begins a word rather than standing for a division: 市场, 市民, 区域, 省会. */
    private static final java.util.regex.Pattern NOT_LEVEL_PREFIX = java.util.regex.Pattern.compile("市场|市民|市政|区域|省会|县域|县城|市区|城区");
    private static final List<String> BODY_ENDINGS = List.of("局", "厅", "委", "委员会", "办", "办公室", "院", "部", "会", "中心",
            "所", "站", "队", "处", "府", "馆", "校", "社", "组", "团");

    /** True when the name ends like a public body ({@code 省药品监督管理局}, {@code 市中医院}, {@code 省考核组}). */
    private static boolean endsLikeABody(String t) {
        for (String e : BODY_ENDINGS) if (t.endsWith(e) && t.length() > e.length() + 1) return true;
        return false;
    }

    private static Canonical expand(Head head, AdminDivision region) {
        return new Canonical(head.entry().fullName(region.name(), region.level() == Level.PROVINCE) + head.tail(), head.entry());
    }

    private record Head(AgencyTable.Entry entry, String tail) {}

    /** The longest place-bound abbreviation that begins {@code rest}, with what follows it. */
    private Optional<Head> head(String rest) {
        if (rest.isEmpty() || rest.startsWith("委员会")) return Optional.empty();
        AgencyTable.Entry best = null;
        for (AgencyTable.Entry e : table.entries()) {
            String a = e.abbreviation();
            if (!e.placeBound() || !rest.startsWith(a) || (best != null && a.length() <= best.abbreviation().length())) continue;
            String tail = rest.substring(a.length());
            // 政府办 in 政府办公室: the text goes on with the full word, so the shorter 政府 is the head
            if (!tail.isEmpty() && e.pattern().contains(a.charAt(a.length() - 1) + tail)) continue;
            best = e;
        }
        return best == null ? Optional.empty() : Optional.of(new Head(best, rest.substring(best.abbreviation().length())));
    }

    /** The longest place of the article (or confident gazetteer name) that begins {@code t}, leaving some text. */
    private Optional<PlaceResolver.Prefix> placePrefix(String t, Map<String, AdminDivision> resolvedPlaces) {
        for (int len = Math.min(t.length() - 1, 12); len >= 2; len--) {
            String h = t.substring(0, len);
            AdminDivision d = resolvedPlaces.get(h);
            if (d == null) d = places.confident(h).orElse(null);
            if (d != null) return Optional.of(new PlaceResolver.Prefix(h, d));
        }
        return Optional.empty();
    }

    static Level levelOfChar(char c) {
        return switch (c) {
            case '省' -> Level.PROVINCE;
            case '市', '州', '盟' -> Level.CITY;
            case '县', '区', '旗' -> Level.COUNTY;
            default -> null;
        };
    }

    /** The level named inside an abbreviation of the form {@code 团市委} (a level character before the final 委). */
    private static Level levelInAbbreviation(String abbreviation) {
        int n = abbreviation.length();
        if (n < 3 || abbreviation.charAt(n - 1) != '委' || LEVEL_CHARS.indexOf(abbreviation.charAt(n - 2)) < 0) return null;
        return levelOfChar(abbreviation.charAt(n - 2));
    }
}
