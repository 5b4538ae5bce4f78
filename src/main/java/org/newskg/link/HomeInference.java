package org.newskg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newskg.gazetteer.AdminDivision;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.Level;
import org.newskg.ingest.PageEvidence;

/**
 * Infers the home region of an article's source when none is given, from the evidence of its page
 * ({@link PageEvidence}) and its source name. Each hint that names a division with confidence (the only province,
 * city or county of that name, see {@link PlaceResolver#confident}) votes for the prefecture (city level; for the
 * municipalities 北京 天津 上海 重庆, the municipality) it lies in: the source name or a paper's name on the page
 * ({@code 长治日报}) {@value #W_PAPER}, a dateline ({@code 本报长治讯}) {@value #W_DATELINE}, every place name written
 * with its suffix ({@code 长治市}, {@code 壶关县}) {@value #W_PLACE}. The prefecture with more than half of all votes
 * and at least {@value #MIN_VOTES} is the home region; otherwise there is none (no guess between two cities named
 * equally often). Provinces alone vote for nothing. A pure function of its inputs; thread-safe.
 */
public final class HomeInference {
    static final int W_PAPER = 3, W_DATELINE = 2, W_PLACE = 1;
    /** Fewest votes for a home region: one place name written once is not enough. */
    static final int MIN_VOTES = 2;
    /**
     * Outlets whose names begin with the name of a division they do not belong to (光明日报 is not 深圳市光明区's,
     * 解放日报 not 焦作市解放区's, 新民晚报 not 新民市's, 东方早报 not 东方市's): cited on local pages, they vote for nothing.
     */
    static final Set<String> NOT_LOCAL_OUTLETS = Set.of("光明日报", "解放日报", "新民晚报", "东方早报");
    /** Common nouns that are also the name of exactly one division (矿区, 阳泉市's district): no vote as place names. */
    static final Set<String> COMMON_NOUNS = Set.of("矿区");

    /** An inferred home region and what it rests on. */
    public record Inferred(AdminDivision division, String evidence) {}

    private final PlaceResolver places;
    private final Gazetteer gazetteer;

    public HomeInference(PlaceResolver places) {
        this.places = Objects.requireNonNull(places, "place resolver");
        this.gazetteer = places.gazetteer();
    }

    /** Votes for one prefecture. */
    private static final class Tally {
        final AdminDivision region;
        int votes;
        final Set<String> sources = new LinkedHashSet<>();
        final Set<String> papers = new LinkedHashSet<>();
        final Set<String> datelines = new LinkedHashSet<>();
        int placeNames;

        Tally(AdminDivision region) {
            this.region = region;
        }
    }

    /**
     * The home region the evidence points to, or empty.
     *
     * @param evidence the page's hints
     * @param source   the article's source name, or null
     */
    public Optional<Inferred> infer(PageEvidence evidence, String source) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        int total = 0;
        int placeVotes = 0;
        if (source != null) {
            Optional<PlaceResolver.Prefix> p = places.leadingPlace(source);
            if (p.isPresent() && p.get().text().length() < source.length()) {
                Tally t = tally(tallies, p.get().division());
                if (t != null) {
                    total += W_PAPER;
                    t.votes += W_PAPER;
                    t.sources.add(source);
                }
            }
        }
        for (String paper : evidence.papers()) {
            String outlet = outletWord(paper);
            Optional<Named> n = trailingPlace(paper.substring(0, paper.length() - outlet.length()));
            if (n.isEmpty() || NOT_LOCAL_OUTLETS.contains(n.get().text() + outlet)) continue;
            Tally t = tally(tallies, n.get().division());
            if (t == null) continue; // a province's paper (山西日报): no vote either way
            total += W_PAPER;
            t.votes += W_PAPER;
            t.papers.add(n.get().text() + outlet);
        }
        for (String run : evidence.datelines()) {
            Optional<Named> n = trailingPlace(run);
            if (n.isEmpty()) continue;
            Tally t = tally(tallies, n.get().division());
            if (t == null) continue;
            total += W_DATELINE;
            t.votes += W_DATELINE;
            t.datelines.add(n.get().text() + "讯");
        }
        Map<String, Integer> runs = new LinkedHashMap<>();
        for (String run : evidence.placeNames()) runs.merge(run, 1, Integer::sum);
        for (Map.Entry<String, Integer> run : runs.entrySet()) {
            Optional<Named> n = trailingPlace(run.getKey());
            if (n.isEmpty() || COMMON_NOUNS.contains(n.get().text())) continue;
            Tally t = tally(tallies, n.get().division());
            if (t == null) continue; // a province: no vote either way
            int times = run.getValue();
            total += W_PLACE * times;
            placeVotes += times;
            t.votes += W_PLACE * times;
            t.placeNames += times;
        }
        Tally best = null;
        for (Tally t : tallies.values()) if (best == null || t.votes > best.votes) best = t;
        if (best == null || best.votes < MIN_VOTES || 2 * best.votes <= total) return Optional.empty();
        List<String> why = new ArrayList<>();
        if (!best.sources.isEmpty()) why.add("source name " + String.join(" ", best.sources));
        if (!best.papers.isEmpty()) why.add("paper name " + String.join(" ", best.papers));
        if (!best.datelines.isEmpty()) why.add("dateline " + String.join(" ", best.datelines));
        if (best.placeNames > 0) why.add(best.placeNames + " of " + placeVotes + " place names");
        return Optional.of(new Inferred(best.region, String.join("; ", why)));
    }

    /** A division named by a text. */
    private record Named(String text, AdminDivision division) {}

    /** The longest confident division name ending the run ({@code 本报长治} → 长治 → 长治市), or empty. */
    private Optional<Named> trailingPlace(String run) {
        for (int i = 0; i + 2 <= run.length(); i++) {
            String s = run.substring(i);
            Optional<AdminDivision> d = places.confident(s);
            if (d.isPresent()) return Optional.of(new Named(s, d.get()));
        }
        return Optional.empty();
    }

    private static String outletWord(String paper) {
        for (String w : PageEvidence.OUTLET_WORDS) if (paper.endsWith(w)) return w;
        return "";
    }

    /** The tally of the prefecture a division lies in, or null for a province (other than a municipality). */
    private Tally tally(Map<String, Tally> tallies, AdminDivision d) {
        AdminDivision region = prefecture(d);
        return region == null ? null : tallies.computeIfAbsent(region.code(), c -> new Tally(region));
    }

    /** The city-level division containing {@code d} (itself if a city); the municipality for its districts. */
    AdminDivision prefecture(AdminDivision d) {
        if (d.level() == Level.PROVINCE) return isMunicipality(d) ? d : null;
        List<AdminDivision> chain = new ArrayList<>(gazetteer.ancestors(d.code()));
        chain.add(d);
        AdminDivision province = chain.stream().filter(a -> a.level() == Level.PROVINCE).findFirst().orElse(null);
        if (province != null && isMunicipality(province)) return province;
        return chain.stream().filter(a -> a.level() == Level.CITY).findFirst().orElse(null);
    }

    private static boolean isMunicipality(AdminDivision province) {
        return switch (province.code()) {
            case "110000", "120000", "310000", "500000" -> true;
            default -> false;
        };
    }
}
