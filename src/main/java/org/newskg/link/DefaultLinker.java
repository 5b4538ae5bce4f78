package org.newskg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newskg.InvalidInputException;
import org.newskg.extract.Byline;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.extract.PartOf;
import org.newskg.extract.Position;
import org.newskg.gazetteer.AdminDivision;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.Level;
import org.newskg.gazetteer.AgencyTable;
import org.newskg.gazetteer.ReferenceData;
import org.newskg.ingest.Article;

/**
 * The linker: places to division codes ({@link PlaceResolver}), organisations to canonical names
 * ({@link OrgCanonicalizer}), persons to context keys ({@link PersonKeys}).
 *
 * <p>Entity keys: {@code place/<code>} for a linked division, else {@code place/<name as written>};
 * {@code org/<canonical name>}; {@code person/<name>/<context>}. A pure function of (article, extraction)
 * and the configuration; thread-safe.
 */
public final class DefaultLinker implements Linker {
    private final PlaceResolver places;
    private final OrgCanonicalizer orgs;
    private final Gazetteer gazetteer;
    private final AdminDivision home;
    private final OrgRelations orgRelations;
    private final ContextLocations contextLocations;
    private final HomeInference homeInference;

    /** A linker over the given reference data ({@link ReferenceData#bundled()} for the data shipped in the jar). */
    public DefaultLinker(LinkerConfig config, ReferenceData reference) {
        this(config, reference.gazetteer(), reference.agencies());
    }

    public DefaultLinker(LinkerConfig config, Gazetteer gazetteer, AgencyTable agencies) {
        Objects.requireNonNull(config, "linker config");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.places = new PlaceResolver(gazetteer);
        this.orgs = new OrgCanonicalizer(agencies, places);
        this.orgRelations = new OrgRelations(gazetteer);
        this.contextLocations = new ContextLocations(gazetteer);
        this.homeInference = new HomeInference(places);
        this.home = config.home() == null ? null : places.confident(config.home()).orElseThrow(
                () -> new InvalidInputException("home region", "'" + config.home() + "' is not the name or code of exactly one"
                        + " province, city or county"));
    }

    /**
     * The linked article and how each distinct place name was resolved (unresolved ones with their candidate
     * codes, for the store to keep).
     */
    public record Result(LinkedArticle linked, List<PlaceResolution> places) {
        public Result {
            Objects.requireNonNull(linked, "linked article");
            places = List.copyOf(places);
        }
    }

    @Override
    public LinkedArticle link(Article article, Extraction extraction) {
        return resolve(article, extraction).linked();
    }

    public Result resolve(Article article, Extraction x) {
        List<Mention> mentions = x.mentions();

        // context anchors from outside the place mentions
        AdminDivision sourcePlace = article.source() == null ? null
                : places.leadingPlace(article.source()).map(PlaceResolver.Prefix::division).orElse(null);
        AdminDivision dateline = places.datelinePlace(article.text()).orElse(null);
        // the home region: given, else inferred from the page's evidence (never when given)
        HomeInference.Inferred inferred = home != null ? null
                : homeInference.infer(article.evidence(), article.source()).orElse(null);
        AdminDivision inferredHome = inferred == null ? null : inferred.division();
        List<PlaceResolver.Anchor> external = new ArrayList<>();
        if (home != null) external.add(new PlaceResolver.Anchor(home, PlaceResolver.W_HOME, "home"));
        if (sourcePlace != null) external.add(new PlaceResolver.Anchor(sourcePlace, PlaceResolver.W_HOME, "source"));
        if (dateline != null) external.add(new PlaceResolver.Anchor(dateline, PlaceResolver.W_DATELINE, "dateline"));
        if (inferredHome != null) external.add(new PlaceResolver.Anchor(inferredHome, PlaceResolver.W_HOME, "inferred home"));
        Set<String> orgTexts = new LinkedHashSet<>();
        for (Mention m : mentions) if (m.type() == EntityType.Organization) orgTexts.add(m.text());
        for (String t : orgTexts)
            places.leadingPlace(t).filter(p -> p.text().length() < t.length())
                    .ifPresent(p -> external.add(new PlaceResolver.Anchor(p.division(), PlaceResolver.W_ORG, "org " + t)));

        // places
        List<PlaceResolver.Query> queries = new ArrayList<>();
        for (Mention m : mentions) if (m.type() == EntityType.Place) queries.add(new PlaceResolver.Query(m.text(), m.subtype()));
        Map<String, String> parentOf = new HashMap<>();
        for (PartOf p : x.partOf()) parentOf.putIfAbsent(p.child(), p.parent());
        Map<String, PlaceResolution> placeRes = places.resolve(queries, parentOf, external);
        Map<String, AdminDivision> resolved = new HashMap<>();
        placeRes.forEach((t, r) -> {
            if (r.linked()) resolved.put(t, r.division());
        });
        List<AdminDivision> placeOccurrences = new ArrayList<>();
        for (Mention m : mentions) if (m.type() == EntityType.Place && resolved.containsKey(m.text())) placeOccurrences.add(resolved.get(m.text()));
        List<AdminDivision> primaries = new ArrayList<>();
        for (AdminDivision d : new AdminDivision[] {home, sourcePlace, dateline}) if (d != null) primaries.add(d);
        // the inferred home comes after the article's own anchors, for organisations only: a person's key does not
        // rest on a guess (two persons of one name are merged only on stated context)
        Function<Level, AdminDivision> regionAt = level -> regionAt(level, primaries, inferredHome, placeOccurrences);

        // organisations
        List<String> orgNames = new ArrayList<>(orgTexts);
        for (Position p : x.positions()) if (!orgNames.contains(p.org())) orgNames.add(p.org());
        Map<String, OrgCanonicalizer.Canonical> canon = orgs.canonicalize(orgNames, regionAt, resolved);

        // persons
        String regionContext = personRegion(primaries, placeOccurrences, article);
        Map<String, String> personContext = new LinkedHashMap<>();
        x.positions().stream().sorted(Comparator.comparingInt(Position::start))
                .forEach(p -> personContext.putIfAbsent(p.person(), canon.get(p.org()).name()));
        if (article.source() != null)
            for (Byline b : x.bylines()) personContext.putIfAbsent(b.person(), article.source());
        for (Mention m : mentions)
            if (m.type() == EntityType.Person && PersonKeys.nationalOffice(article.text(), m.start(), m.end()))
                personContext.putIfAbsent(m.text(), PersonKeys.NATIONAL);
        Function<String, String> personKey = name -> PersonKeys.key(name, personContext.getOrDefault(name, regionContext));

        // entities, mention keys
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        List<String> mentionKeys = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityBuilder e = switch (m.type()) {
                case Place -> {
                    PlaceResolution r = placeRes.get(m.text());
                    AdminDivision d = r.division();
                    yield d != null
                            ? entity(entities, "place/" + d.code(), EntityType.Place, d.level().label(), d.name(), d.code())
                            : entity(entities, "place/" + m.text(), EntityType.Place, m.subtype(), m.text(), null);
                }
                case Organization -> orgEntity(entities, canon.get(m.text()), m.subtype());
                case Person -> entity(entities, personKey.apply(m.text()), EntityType.Person, null, m.text(), null);
            };
            e.alt(m.text());
            mentionKeys.add(e.key);
        }

        // posts
        List<LinkedPosition> positions = new ArrayList<>();
        for (Position p : x.positions()) {
            EntityBuilder person = entity(entities, personKey.apply(p.person()), EntityType.Person, null, p.person(), null);
            EntityBuilder org = orgEntity(entities, canon.get(p.org()), null);
            org.alt(p.org());
            positions.add(new LinkedPosition(person.key, p.title(), org.key, p.start(), p.end()));
        }
        for (Byline b : x.bylines()) entity(entities, personKey.apply(b.person()), EntityType.Person, null, b.person(), null);

        // partOf as keys
        Set<Map.Entry<String, String>> partOf = new LinkedHashSet<>();
        for (PartOf p : x.partOf()) {
            String child = placeKey(mentions, mentionKeys, p.child(), p.childStart());
            String parent = placeKey(mentions, mentionKeys, p.parent(), p.parentStart());
            if (child != null && parent != null && !child.equals(parent)) partOf.add(Map.entry(child, parent));
        }

        // divisions with their ancestors
        Map<String, Division> divisions = new LinkedHashMap<>();
        Set<AdminDivision> touched = new LinkedHashSet<>(resolved.values());
        AdminDivision homeDivision = home != null ? home : inferredHome;
        if (homeDivision != null) touched.add(homeDivision);
        for (AdminDivision d : touched) {
            addDivision(divisions, d);
            for (AdminDivision a : gazetteer.ancestors(d.code())) addDivision(divisions, a);
        }
        HomeRegion homeRegion = homeDivision == null ? null
                : new HomeRegion(divisions.get(homeDivision.code()), home == null, home != null ? "given" : inferred.evidence());
        List<Division> divisionList = divisions.values().stream()
                .sorted(Comparator.comparingInt((Division d) -> levelRank(d.level())).thenComparing(Division::code)).toList();

        Map<String, Entity> built = new LinkedHashMap<>();
        entities.forEach((k, b) -> built.put(k, b.build()));
        Map<String, List<String>> unresolved = new LinkedHashMap<>();
        for (PlaceResolution r : placeRes.values())
            if (!r.linked() && !r.candidates().isEmpty() && built.containsKey("place/" + r.text()))
                unresolved.put("place/" + r.text(), r.candidates());
        // organisations' locations and parents, from their canonical names
        LinkedArticle linked = contextLocations.enrich(orgRelations.enrich(new LinkedArticle(article, x, built, mentionKeys,
                positions, new ArrayList<>(partOf), divisionList, List.of(), unresolved, homeRegion)));
        return new Result(linked, new ArrayList<>(placeRes.values()));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The article's division at a level: from the first primary (home, source, dateline) at or below that
     * level; else from the inferred home when it is at or below that level; else the division of that level most of
     * the article's places lie in (inside the primaries, not the inferred home: a county of another prefecture the
     * article is about still counts), when there is a single most frequent one; else null.
     */
    private AdminDivision regionAt(Level level, List<AdminDivision> primaries, AdminDivision inferredHome,
                                   List<AdminDivision> occurrences) {
        AdminDivision within = null;
        for (AdminDivision p : primaries) {
            Optional<AdminDivision> at = atLevel(p, level);
            if (at.isPresent()) return at.get();
            if (within == null) within = p;
        }
        if (inferredHome != null) {
            Optional<AdminDivision> at = atLevel(inferredHome, level);
            if (at.isPresent()) return at.get();
        }
        return majorityAt(level, within, occurrences);
    }

    /** The division of that level most of the places lie in (inside {@code within} when not null), if only one. */
    private AdminDivision majorityAt(Level level, AdminDivision within, List<AdminDivision> occurrences) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, AdminDivision> byCode = new HashMap<>();
        for (AdminDivision d : occurrences) {
            Optional<AdminDivision> at = atLevel(d, level);
            if (at.isEmpty() || (within != null && !PlaceResolver.contains(within, at.get()))) continue;
            count.merge(at.get().code(), 1, Integer::sum);
            byCode.put(at.get().code(), at.get());
        }
        int max = count.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> top = count.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey).toList();
        return max > 0 && top.size() == 1 ? byCode.get(top.get(0)) : null;
    }

    /** The division itself if it is of that level, its ancestor of that level, or empty. */
    private Optional<AdminDivision> atLevel(AdminDivision d, Level level) {
        if (d.level() == level) return Optional.of(d);
        if (d.level().compareTo(level) < 0) return Optional.empty();
        return gazetteer.ancestors(d.code()).stream().filter(a -> a.level() == level).findFirst();
    }

    /** Context for persons without a post or credit: the article's region code, or the article id. */
    private String personRegion(List<AdminDivision> primaries, List<AdminDivision> occurrences, Article article) {
        if (!primaries.isEmpty()) return primaries.get(0).code();
        for (Level l : new Level[] {Level.COUNTY, Level.CITY}) {
            AdminDivision d = regionAt(l, List.of(), null, occurrences);
            if (d != null) return d.code();
        }
        return "article:" + article.id();
    }

    private static String placeKey(List<Mention> mentions, List<String> keys, String text, int start) {
        String byText = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.Place || !m.text().equals(text)) continue;
            if (m.start() == start) return keys.get(i);
            if (byText == null) byText = keys.get(i);
        }
        return byText;
    }

    private static void addDivision(Map<String, Division> out, AdminDivision d) {
        out.putIfAbsent(d.code(), new Division(d.code(), d.name(), d.level().label(), d.parentCode()));
    }

    private static int levelRank(String label) {
        for (Level l : Level.values()) if (l.label().equals(label)) return l.ordinal();
        return Level.values().length;
    }

    private static EntityBuilder orgEntity(Map<String, EntityBuilder> entities, OrgCanonicalizer.Canonical c, String subtype) {
        String st = subtype != null ? subtype : c.entry() != null ? c.entry().subtype() : null;
        return entity(entities, "org/" + c.name(), EntityType.Organization, st, c.name(), null);
    }

    private static EntityBuilder entity(Map<String, EntityBuilder> entities, String key, EntityType type, String subtype,
                                        String label, String code) {
        EntityBuilder e = entities.computeIfAbsent(key, k -> new EntityBuilder(k, type, label, code));
        if (e.subtype == null) e.subtype = subtype;
        return e;
    }

    private static final class EntityBuilder {
        final String key;
        final EntityType type;
        final String label;
        final String code;
        String subtype;
        final Set<String> alts = new LinkedHashSet<>();

        EntityBuilder(String key, EntityType type, String label, String code) {
            this.key = key;
            this.type = type;
            this.label = label;
            this.code = code;
        }

        void alt(String surface) {
            if (!surface.equals(label)) alts.add(surface);
        }

        Entity build() {
            return new Entity(key, type, subtype, label, code, alts);
        }
    }
}
