package org.newskg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.gazetteer.AdminDivision;
import org.newskg.gazetteer.ChineseScript;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.Level;

/**
 * Resolves the place names of one article to administrative divisions.
 *
 * <p>Policy (see also the package documentation):
 * <ol>
 *   <li>Candidates are the gazetteer entries of the name (official, former and short names); a name not in
 *       the gazetteer may be a short form of another place of the article ({@code 海子洼} next to
 *       {@code 海子洼村}) or a village written without 村 ({@code 张家庄}). A mention subtype (County, Township, ...) doubles the score of candidates of that
 *       level and alone counts when there is no context; non-administrative subtypes (ScenicSpot, Other) are
 *       not linked.</li>
 *   <li>A place written directly before the name ({@code partOf}) that is resolved restricts the candidates
 *       to its descendants; when none lies there, the name stays unresolved without candidates (they would
 *       contradict the text).</li>
 *   <li>Each candidate is scored by its closeness to the context anchors: the other resolved places of the
 *       article, the partOf parent, the dateline ({@code 长治讯}), the source's home region and places that
 *       begin organisation names ({@code 壶关县文旅局}). Closeness counts the shared levels of the codes
 *       (province 1, city 2, county 4, township 8, village 16) times the anchor's weight. A village needs an
 *       anchor in its county, a township one in its city.</li>
 *   <li>The single best-scored candidate wins; a tie is broken only by a higher level. Without any context
 *       support, a name is linked only when exactly one candidate is a province, city or county (北京 →
 *       北京市, not 北京街道) — but a bare county short form ({@code 惠民}) only in an article without any
 *       context — or when it is the exact official name of a single township and no anchor points to
 *       another province. Everything else stays unresolved with its candidates.</li>
 * </ol>
 * Resolution is repeated with the places resolved in the previous round as anchors until nothing changes.
 * Thread-safe: holds only the immutable gazetteer.
 */
public final class PlaceResolver {
    /** Weights of the anchor kinds. */
    static final double W_PLACE = 2, W_PART_OF = 8, W_DATELINE = 2, W_HOME = 1, W_ORG = 1;
    private static final int MAX_ROUNDS = 5;
    /** Score factor for candidates of the level the mention's subtype names. */
    private static final double LEVEL_MATCH = 2;
    private static final List<String> ALIAS_SUFFIXES = List.of("村", "社区", "镇", "乡", "街道", "县", "区", "市");
    /** A dateline: {@code ...长治讯} or {@code ...北京10月27日电}, within the first sentence. */
    private static final Pattern DATELINE = Pattern.compile("^[^。！？\\n]{0,30}?(讯|\\d{1,2}月\\d{1,2}日电)");

    /**
     * A division of the context with the weight of its evidence.
     *
     * @param division the division
     * @param weight   how strongly it indicates the article's region
     * @param source   where it comes from (a place name of the article, {@code home}, {@code dateline}, ...)
     */
    public record Anchor(AdminDivision division, double weight, String source) {
        public Anchor {
            Objects.requireNonNull(division, "anchor division");
            Objects.requireNonNull(source, () -> "source of anchor " + division.code());
        }
    }

    /**
     * A place name of the article.
     *
     * @param text    as written
     * @param subtype the mention subtype (Province, City, County, Township, Village, ScenicSpot, Other) or null
     */
    public record Query(String text, String subtype) {
        public Query {
            Objects.requireNonNull(text, "place text");
        }
    }

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Resolves the distinct place names of one article.
     *
     * @param places   the place names in text order (duplicates allowed)
     * @param parentOf partOf read from the text: child name → the name written directly before it
     * @param external anchors from outside the place names (home, dateline, organisations)
     * @return one resolution per distinct name, in order of first occurrence
     */
    public Map<String, PlaceResolution> resolve(List<Query> places, Map<String, String> parentOf, List<Anchor> external) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Query q : places) groups.computeIfAbsent(q.text(), t -> new Group(t, q.subtype()));
        Set<String> texts = groups.keySet();
        for (Group g : groups.values()) g.candidates = g.administrative ? candidates(g, texts) : List.of();

        Map<String, AdminDivision> current = new HashMap<>();
        Map<String, PlaceResolution> result = new LinkedHashMap<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<String, AdminDivision> next = new HashMap<>();
            result.clear();
            for (Group g : groups.values()) {
                PlaceResolution r = decide(g, current, parentOf, external);
                result.put(g.text, r);
                if (r.linked()) next.put(g.text, r.division());
            }
            if (next.equals(current)) break;
            current = next;
        }
        return result;
    }

    /**
     * The division a name confidently denotes on its own: its only candidate at province, city or county
     * level (a 6-digit code is accepted too), or empty.
     */
    public Optional<AdminDivision> confident(String name) {
        if (name == null || name.length() < 2) return Optional.empty();
        if (name.chars().allMatch(Character::isDigit)) return gazetteer.byCode(name);
        List<AdminDivision> high = gazetteer.byName(name, Level.COUNTY);
        return high.size() == 1 ? Optional.of(high.get(0)) : Optional.empty();
    }

    /** The confident division named at the start of {@code text} ({@code 壶关县文旅局} → 壶关县), longest first. */
    public Optional<Prefix> leadingPlace(String text) {
        for (int len = Math.min(text.length(), 12); len >= 2; len--) {
            String head = text.substring(0, len);
            Optional<AdminDivision> d = confident(head);
            if (d.isPresent()) return Optional.of(new Prefix(head, d.get()));
        }
        return Optional.empty();
    }

    /** A place name at the start of a longer name. */
    public record Prefix(String text, AdminDivision division) {}

    /**
     * The place of a dateline at the start of an article ({@code 黄河新闻网长治讯} → 长治市,
     * {@code 新华社北京10月27日电} → 北京市), or empty.
     */
    public Optional<AdminDivision> datelinePlace(String articleText) {
        Matcher m = DATELINE.matcher(articleText.length() > 60 ? articleText.substring(0, 60) : articleText);
        if (!m.find()) return Optional.empty();
        String head = articleText.substring(0, m.start(1)).stripTrailing();
        int start = head.length();
        while (start > 0 && Character.UnicodeScript.of(head.codePointAt(start - 1)) == Character.UnicodeScript.HAN) start--;
        String run = head.substring(start);
        for (int i = 0; i + 2 <= run.length(); i++) {
            Optional<AdminDivision> d = confident(run.substring(i));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- internals

    private static final class Group {
        final String text;
        final Level level;
        final boolean administrative;
        List<AdminDivision> candidates = List.of();

        Group(String text, String subtype) {
            this.text = text;
            this.level = levelOf(subtype);
            // a development zone is Place/Other, and has a code where the gazetteer lists it (guideline 16)
            this.administrative = subtype == null || level != null
                    || "Other".equals(subtype) && org.newskg.extract.NewsExtractor.developmentZone(text);
        }
    }

    static Level levelOf(String subtype) {
        if (subtype == null) return null;
        return switch (subtype) {
            case "Province" -> Level.PROVINCE;
            case "City" -> Level.CITY;
            case "County" -> Level.COUNTY;
            case "Township" -> Level.TOWNSHIP;
            case "Village" -> Level.VILLAGE;
            default -> null;
        };
    }

    private List<AdminDivision> candidates(Group g, Set<String> articleTexts) {
        List<AdminDivision> all = new ArrayList<>(gazetteer.byName(g.text));
        if (all.isEmpty()) {
            for (String suffix : ALIAS_SUFFIXES)
                if (articleTexts.contains(g.text + suffix)) all.addAll(gazetteer.byName(g.text + suffix));
        }
        // a village written without 村 (张家庄 for 张家庄村); villages are linked only with support in their county
        if (all.isEmpty() && (g.level == null || g.level == Level.VILLAGE) && g.text.length() >= 2
                && ALIAS_SUFFIXES.stream().noneMatch(g.text::endsWith) && !g.text.endsWith("省"))
            all.addAll(gazetteer.byName(g.text + "村"));
        return List.copyOf(all);
    }

    private PlaceResolution decide(Group g, Map<String, AdminDivision> resolved, Map<String, String> parentOf,
                                   List<Anchor> external) {
        if (!g.administrative) return new PlaceResolution(g.text, null, List.of(), "not administrative");
        List<AdminDivision> cands = g.candidates;
        if (cands.isEmpty()) return new PlaceResolution(g.text, null, List.of(), "unknown name");

        List<Anchor> anchors = new ArrayList<>(external);
        for (Map.Entry<String, AdminDivision> e : resolved.entrySet())
            if (!e.getKey().equals(g.text)) anchors.add(new Anchor(e.getValue(), W_PLACE, e.getKey()));
        boolean constrained = false;
        AdminDivision parent = resolvedAncestorInText(g.text, resolved, parentOf);
        if (parent != null) {
            List<AdminDivision> inside = cands.stream().filter(c -> contains(parent, c)).toList();
            if (inside.isEmpty()) {
                AdminDivision village = villageWithoutSuffix(g, parent);
                if (village != null) {
                    List<String> codes = new ArrayList<>(cands.stream().map(AdminDivision::code).toList());
                    codes.add(village.code());
                    return new PlaceResolution(g.text, village, codes, "partOf");
                }
                // the text states where it is and no division of the name lies there: the gazetteer does not know
                // this place (a new village, a hamlet); candidates elsewhere would contradict the text
                return new PlaceResolution(g.text, null, List.of(), "no division of the name inside its stated parent "
                        + parent.name());
            }
            if (!inside.isEmpty()) {
                cands = inside;
                constrained = true;
                anchors.add(new Anchor(parent, W_PART_OF, "partOf"));
            }
        }
        List<String> codes = cands.stream().map(AdminDivision::code).toList();
        String simplified = ChineseScript.toSimplified(g.text);

        double[] score = new double[cands.size()];
        int[] depth = new int[cands.size()];
        boolean levelKnown = g.level != null && cands.stream().anyMatch(c -> c.level() == g.level);
        for (int i = 0; i < cands.size(); i++) {
            for (Anchor a : anchors) {
                int d = sharedDepth(cands.get(i), a.division());
                score[i] += a.weight() * closeness(d);
                depth[i] = Math.max(depth[i], d);
            }
            if (levelKnown && cands.get(i).level() == g.level) score[i] *= LEVEL_MATCH;
        }
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < cands.size(); i++)
            if (score[i] > 0 && depth[i] >= minDepth(cands.get(i).level())) eligible.add(i);
        String how = constrained ? "partOf" : "context";
        if (!eligible.isEmpty()) {
            double best = eligible.stream().mapToDouble(i -> score[i]).max().orElseThrow();
            List<AdminDivision> top = eligible.stream().filter(i -> score[i] >= best - 1e-9).map(cands::get).toList();
            AdminDivision pick = top.size() == 1 ? top.get(0) : highestUnique(top);
            return pick != null ? new PlaceResolution(g.text, pick, codes, how)
                    : new PlaceResolution(g.text, null, codes, "ambiguous");
        }
        // no context support: only the subtype's level counts, and only names that stand on their own
        List<AdminDivision> scored = cands;
        if (levelKnown) cands = cands.stream().filter(c -> c.level() == g.level).toList();
        List<AdminDivision> high = cands.stream().filter(c -> c.level().compareTo(Level.COUNTY) <= 0).toList();
        if (high.size() == 1) {
            AdminDivision h = high.get(0);
            boolean bareCountyShortForm = h.level() == Level.COUNTY && !h.name().equals(simplified) && !h.altNames().contains(simplified);
            if (!(bareCountyShortForm && !anchors.isEmpty()))
                return new PlaceResolution(g.text, h, codes, cands.size() == 1 ? "unique" : "level prior");
        }
        if (cands.size() == 1 && cands.get(0).level() == Level.TOWNSHIP
                && cands.get(0).name().equals(simplified)
                && (anchors.isEmpty() || depth[scored.indexOf(cands.get(0))] >= 2))
            return new PlaceResolution(g.text, cands.get(0), codes, "unique");
        return new PlaceResolution(g.text, null, codes, cands.size() == 1 ? "no support" : "ambiguous");
    }

    /**
     * A village written without 村 right after its township ({@code 辛安镇刘庄} for 刘庄村) whose name alone denotes
     * other divisions (a township 刘庄镇, villages 刘庄 elsewhere): the only village {@code X村} the gazetteer lists
     * directly under that resolved township, or null.
     */
    private AdminDivision villageWithoutSuffix(Group g, AdminDivision parent) {
        if (parent.level() != Level.TOWNSHIP || g.level != null && g.level != Level.VILLAGE || g.text.length() < 2
                || ALIAS_SUFFIXES.stream().anyMatch(g.text::endsWith)) return null;
        List<AdminDivision> under = gazetteer.byName(g.text + "村").stream()
                .filter(c -> c.level() == Level.VILLAGE && parent.code().equals(c.parentCode())).toList();
        return under.size() == 1 ? under.get(0) : null;
    }

    /** The nearest place up the partOf chain of the text that is resolved, or null. */
    private static AdminDivision resolvedAncestorInText(String text, Map<String, AdminDivision> resolved, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        for (String p = parentOf.get(text); p != null && seen.add(p); p = parentOf.get(p)) {
            AdminDivision d = resolved.get(p);
            if (d != null) return d;
        }
        return null;
    }

    /** Among tied candidates, the only one at the highest level present, or null. */
    private static AdminDivision highestUnique(List<AdminDivision> tied) {
        Level top = tied.stream().map(AdminDivision::level).min(Comparator.naturalOrder()).orElseThrow();
        List<AdminDivision> atTop = tied.stream().filter(d -> d.level() == top).toList();
        return atTop.size() == 1 ? atTop.get(0) : null;
    }

    private static int minDepth(Level level) {
        return switch (level) {
            case VILLAGE -> 6;
            case TOWNSHIP -> 4;
            default -> 1;
        };
    }

    private static double closeness(int depth) {
        return switch (depth) {
            case 2 -> 1;
            case 4 -> 2;
            case 6 -> 4;
            case 9 -> 8;
            case 12 -> 16;
            default -> 0;
        };
    }

    /** The significant digits of a code: 2 for a province, 4 city, 6 county, 9 township, 12 village. */
    static String significant(AdminDivision d) {
        int n = switch (d.level()) {
            case PROVINCE -> 2;
            case CITY -> 4;
            case COUNTY -> 6;
            case TOWNSHIP -> 9;
            case VILLAGE -> 12;
        };
        return d.code().substring(0, n);
    }

    /** True when {@code outer} is {@code inner} or one of its ancestors. */
    static boolean contains(AdminDivision outer, AdminDivision inner) {
        return significant(inner).startsWith(significant(outer));
    }

    /** Number of code digits (0, 2, 4, 6, 9 or 12) of the smallest division containing both. */
    static int sharedDepth(AdminDivision a, AdminDivision b) {
        String sa = significant(a), sb = significant(b);
        if (sa.startsWith(sb)) return sb.length();
        if (sb.startsWith(sa)) return sa.length();
        int depth = 0;
        for (int n : new int[] {2, 4, 6, 9}) {
            if (n > Math.min(sa.length(), sb.length()) || !sa.regionMatches(0, sb, 0, n)) break;
            depth = n;
        }
        return depth;
    }
}
