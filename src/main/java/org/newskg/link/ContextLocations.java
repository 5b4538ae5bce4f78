package org.newskg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.gazetteer.AdminDivision;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.Level;

/**
 * Where the article's places and organisations are, from what the text says around them, after
 * {@link OrgRelations} has read what their names say:
 * <ol>
 *   <li><b>stated</b>: {@code Y位于X县}, {@code 位于X县的Y}, {@code Y地处X县} (also {@code 坐落于}) tie a place or an
 *       organisation Y to the division X; this is a statement of the text, as good as {@code X县Y};</li>
 *   <li><b>from the article's focus</b>: the most specific division the article is about, computed from its
 *       division mentions and the divisions its organisations' names state (see {@link #focus}). Named places
 *       that are not divisions (scenic spots, parks, roads, industrial parks) and have no stated parent are put
 *       in it; so are organisations whose name states no place; and companies or designated centres whose name
 *       states only a province or prefecture that contains the focus (a company's name carries the place of the
 *       administration it is registered with, a designated centre the level that designated it, not where they
 *       are). These pairs are recorded in {@link LinkedArticle#locatedByContext()} so that a reader can tell them
 *       from stated ones.</li>
 * </ol>
 * Left alone: natural features that often span divisions (…山, …河, …江, …湖, …海, …岭), names of two characters
 * (太行), unresolved administrative places (they keep their candidates), organisations of the nation ({@code 中国…},
 * {@code 国家…}, {@code 中央…}, {@code 国务院…}), party committees and their bodies ({@code 中共X县委员会}), government
 * and party bodies and media of any name, organisations whose name holds a county, city or province outside the focus
 * ({@code 首都医科大学附属北京儿童医院}), organisations that are the parent of another in the article (a bank whose
 * branch is named), and hospitals, schools and associations named after a province (those are the province's own,
 * wherever the article is).
 * Pure and thread-safe.
 */
public final class ContextLocations {
    private static final String PLACE = "place/";
    private static final Pattern DIGITS = Pattern.compile("\\d{6,12}");
    private static final Pattern LOCATED = Pattern.compile("(?:位于|地处|坐落于|坐落在|地处于)");
    private static final Pattern SPANNING = Pattern.compile(".*(?:山|河|江|湖|海|岭|山脉|流域|平原|高原|盆地)");
    private static final Pattern NATIONAL = Pattern.compile("^(?:中国|中华|全国|国家|中央|中共中央|国务院|人民日报|新华社).*");
    /** Names of designated centres: the level that designated them, not their site. */
    private static final Pattern DESIGNATED = Pattern.compile(".*(?:研究中心|工程中心|技术中心|示范基地|重点实验室)$");
    /** Places put in the focus: named non-administrative ones (an unresolved village keeps its candidates). */
    private static final Set<String> NAMED_PLACES = Set.of("ScenicSpot", "Other", "null");
    /** Party committees and their bodies (中共X县委员会, 党中央, 共青团X委): their place is the committee's, not the article's. */
    private static final Pattern OWN_PLACE = Pattern.compile("^(?:中共|党中央|共青团).*|.*委员会.*");
    /** Subtypes of organisations whose place is the level of government they belong to. */
    private static final Set<String> GOVERNING = Set.of("GovernmentAgency", "PartyOrganization");
    /** Organisations that are never put in the focus: government and party bodies, and media (an outlet reports on
     *  places, it is not in them). */
    private static final Set<String> KEEP_NAMED = union(GOVERNING, Set.of("Media"));
    /** Share of the article's division mentions that must lie at or below the focus. */
    private static final double INSIDE_SHARE = 0.5;
    /** Share that must lie at or below the focus or contain it; the rest is noise (a place elsewhere named once). */
    private static final double COMPARABLE_SHARE = 0.8;

    private final Gazetteer gazetteer;

    public ContextLocations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /** The article with stated and context locations added. */
    public LinkedArticle enrich(LinkedArticle la) {
        Map<String, Entity> entities = la.entities();
        Map<String, String> placeParent = new LinkedHashMap<>(); // child key → place key
        Set<Map.Entry<String, String>> pairs = new LinkedHashSet<>(la.partOf());
        Set<String> parentsOfOrgs = new HashSet<>();
        for (Map.Entry<String, String> p : la.partOf()) {
            if (typeOf(entities, p.getValue()) == EntityType.Place) placeParent.putIfAbsent(p.getKey(), p.getValue());
            if (typeOf(entities, p.getValue()) == EntityType.Organization) parentsOfOrgs.add(p.getValue());
        }
        Set<String> byContext = new LinkedHashSet<>(la.locatedByContext());
        Map<String, Division> divisions = new LinkedHashMap<>();
        for (Division d : la.divisions()) divisions.put(d.code(), d);

        // 1. stated: Y位于X, 位于X的Y
        for (Map.Entry<String, String> s : stated(la).entrySet()) {
            String child = s.getKey(), parent = s.getValue();
            String old = placeParent.get(child);
            if (old != null && !containsKey(entities, old, parent)) continue;
            if (old != null) pairs.remove(Map.entry(child, old));
            pairs.add(Map.entry(child, parent));
            placeParent.put(child, parent);
        }

        // 2. the article's focus
        AdminDivision focus = focus(la, placeParent);
        if (focus != null) {
            String focusKey = PLACE + focus.code();
            for (Entity e : entities.values()) {
                if (e.key().equals(focusKey)) continue;
                String old = placeParent.get(e.key());
                boolean add = false;
                if (e.type() == EntityType.Place && e.code() == null) {
                    add = old == null && NAMED_PLACES.contains(String.valueOf(e.subtype())) && e.label().length() > 2
                            && !SPANNING.matcher(e.label()).matches();
                } else if (e.type() == EntityType.Organization && !NATIONAL.matcher(e.label()).matches()
                        && !OWN_PLACE.matcher(e.label()).matches() && !KEEP_NAMED.contains(String.valueOf(e.subtype()))
                        && !parentsOfOrgs.contains(e.key()) && !namesPlaceElsewhere(e.label(), focus)) {
                    if (old == null) add = true;
                    else if (siteNotInName(e)) {
                        AdminDivision named = divisionOf(entities, old);
                        add = named != null && named.level().compareTo(Level.COUNTY) < 0
                                && PlaceResolver.contains(named, focus) && !named.code().equals(focus.code());
                    }
                }
                if (!add) continue;
                if (old != null) pairs.remove(Map.entry(e.key(), old));
                pairs.add(Map.entry(e.key(), focusKey));
                placeParent.put(e.key(), focusKey);
                byContext.add(e.key());
                addDivision(divisions, focus);
            }
        }
        if (pairs.equals(new LinkedHashSet<>(la.partOf()))) return la;
        List<Division> ordered = new ArrayList<>(divisions.values());
        ordered.sort(Comparator.comparingInt((Division d) -> d.code().length()).thenComparing(Division::code));
        return new LinkedArticle(la.article(), la.extraction(), entities, la.mentionKeys(), la.positions(),
                new ArrayList<>(pairs), ordered, la.possiblySame(), la.unresolved(), la.home(), byContext);
    }

    /**
     * The most specific division the article is about: the deepest division D (among the divisions the article
     * mentions and their ancestors) such that at least half of the article's division occurrences lie at or below
     * D, and at least 80 % lie at or below D or contain it. Occurrences are the division mentions of the text and
     * the division each organisation's name states (once per organisation), except for government and party
     * bodies: {@code 省卫健委} says which level of government acted, not where the article is; the home region of the
     * article's paper (given or inferred from its page) counts as two occurrences when the article names any division.
     * Null when the article names no division.
     */
    AdminDivision focus(LinkedArticle la, Map<String, String> placeParent) {
        List<AdminDivision> occ = new ArrayList<>();
        for (String key : la.mentionKeys()) {
            AdminDivision d = divisionOf(la.entities(), key);
            if (d != null) occ.add(d);
        }
        for (Entity e : la.entities().values())
            if (e.type() == EntityType.Organization && placeParent.containsKey(e.key())
                    && (e.subtype() == null || !GOVERNING.contains(e.subtype()))) {
                AdminDivision d = divisionOf(la.entities(), placeParent.get(e.key()));
                if (d != null) occ.add(d);
            }
        if (occ.isEmpty()) return null;
        // the paper's home region (given or inferred from the page) counts as much as two mentions
        if (la.home() != null)
            gazetteer.byCode(la.home().division().code()).ifPresent(h -> occ.addAll(List.of(h, h)));
        Map<String, AdminDivision> candidates = new LinkedHashMap<>();
        Map<String, List<AdminDivision>> chains = new HashMap<>();
        for (AdminDivision d : occ) {
            List<AdminDivision> chain = chains.computeIfAbsent(d.code(), c -> {
                List<AdminDivision> l = new ArrayList<>();
                l.add(d);
                l.addAll(gazetteer.ancestors(c));
                return l;
            });
            for (AdminDivision a : chain) candidates.putIfAbsent(a.code(), a);
        }
        AdminDivision best = null;
        for (AdminDivision c : candidates.values()) {
            int inside = 0, comparable = 0;
            for (AdminDivision d : occ) {
                boolean in = PlaceResolver.contains(c, d);
                if (in) inside++;
                if (in || PlaceResolver.contains(d, c)) comparable++;
            }
            if (inside < INSIDE_SHARE * occ.size() || comparable < COMPARABLE_SHARE * occ.size()) continue;
            if (best == null || c.level().compareTo(best.level()) > 0) best = c;
        }
        return best;
    }

    /**
     * Whether the name holds a province, city or county name (two to four characters, the only division of that name
     * at those levels) that lies outside the focus and does not contain it: 首都医科大学附属北京儿童医院 is in 北京,
     * whatever the article is about.
     */
    private boolean namesPlaceElsewhere(String name, AdminDivision focus) {
        for (int i = 0; i + 2 <= name.length(); i++)
            for (int len = Math.min(4, name.length() - i); len >= 2; len--) {
                List<AdminDivision> ds = gazetteer.byName(name.substring(i, i + len), Level.COUNTY);
                if (ds.size() != 1) continue;
                AdminDivision d = ds.get(0);
                if (!PlaceResolver.contains(d, focus) && !PlaceResolver.contains(focus, d)) return true;
            }
        return false;
    }

    /** Child key → division key for {@code Y位于X}, {@code 位于X的Y}, where X is a division mention. */
    private static Map<String, String> stated(LinkedArticle la) {
        List<Mention> ms = la.extraction().mentions();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt(i -> ms.get(i).start()));
        String text = la.article().text();
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k + 1 < order.size(); k++) {
            int i = order.get(k), j = order.get(k + 1);
            Mention a = ms.get(i), b = ms.get(j);
            String ka = la.mentionKeys().get(i), kb = la.mentionKeys().get(j);
            if (a.end() > b.start() || b.start() > text.length()) continue;
            String between = text.substring(a.end(), b.start());
            // Y位于X: Y a place (not a division) or an organisation, X a division
            if (isDivision(la.entities(), kb) && locatable(la.entities(), ka) && LOCATED.matcher(between).matches())
                out.putIfAbsent(ka, kb);
            // 位于X的Y
            if (isDivision(la.entities(), ka) && locatable(la.entities(), kb) && between.equals("的")
                    && a.start() >= 2 && endsWithLocated(text.substring(Math.max(0, a.start() - 3), a.start())))
                out.putIfAbsent(kb, ka);
        }
        return out;
    }

    private static boolean endsWithLocated(String before) {
        for (String v : new String[] {"位于", "地处", "坐落于", "坐落在"}) if (before.endsWith(v)) return true;
        return false;
    }

    private static boolean isDivision(Map<String, Entity> entities, String key) {
        Entity e = entities.get(key);
        return e != null && e.type() == EntityType.Place && e.code() != null;
    }

    private static boolean locatable(Map<String, Entity> entities, String key) {
        Entity e = entities.get(key);
        return e != null && (e.type() == EntityType.Organization || (e.type() == EntityType.Place && e.code() == null));
    }

    /** A company or a designated centre: its name states where it is registered or designated, not its site. */
    private static boolean siteNotInName(Entity org) {
        return "Company".equals(org.subtype()) || DESIGNATED.matcher(org.label()).matches();
    }

    /** The division of a place key: a mentioned division's entity, or a {@code place/<code>} key of a division. */
    private AdminDivision divisionOf(Map<String, Entity> entities, String key) {
        Entity e = entities.get(key);
        String code = e != null ? e.code() : key.startsWith(PLACE) && DIGITS.matcher(key.substring(PLACE.length())).matches()
                ? key.substring(PLACE.length()) : null;
        if (code == null) return null;
        Optional<AdminDivision> d = gazetteer.byCode(code);
        return d.orElse(null);
    }

    /** Whether the division of {@code outer} contains that of {@code inner} (both division keys). */
    private boolean containsKey(Map<String, Entity> entities, String outer, String inner) {
        AdminDivision o = divisionOf(entities, outer), i = divisionOf(entities, inner);
        return o != null && i != null && PlaceResolver.contains(o, i) && !o.code().equals(i.code());
    }

    private static EntityType typeOf(Map<String, Entity> entities, String key) {
        Entity e = entities.get(key);
        if (e != null) return e.type();
        return key.startsWith(PLACE) ? EntityType.Place : key.startsWith("org/") ? EntityType.Organization : null;
    }

    private void addDivision(Map<String, Division> out, AdminDivision d) {
        OrgRelations.addWithAncestors(gazetteer, out, d);
    }
}
