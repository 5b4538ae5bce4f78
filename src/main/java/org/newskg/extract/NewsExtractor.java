package org.newskg.extract;

import org.newskg.gazetteer.ReferenceData;
import org.newskg.extract.rules.BylineRules;
import org.newskg.extract.rules.Doc;
import org.newskg.extract.rules.Lexicon;
import org.newskg.extract.rules.OrgRules;
import org.newskg.extract.rules.PersonRules;
import org.newskg.extract.rules.PlaceIndex;
import org.newskg.extract.rules.PlaceRules;
import org.newskg.extract.rules.RelationRules;
import org.newskg.extract.rules.Span;
import org.newskg.extract.rules.Tables;
import org.newskg.ingest.Article;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The extractor: HanLP segmentation (names, places) plus the rule families in {@code org.newskg.extract.rules}
 * and the tables under {@code org/newskg/extract/}. Holds only immutable state; thread-safe.
 */
public final class NewsExtractor implements Extractor {
    /**
     * The subtype written for a span: a development zone the gazetteer lists at township level (潞城经济技术开发区,
     * 140406400) is Other all the same; its rank still chains it under its city.
     */
    private static String zoneSubtype(Doc d, Span s) {
        if (s.type() != EntityType.Place || "Other".equals(s.subtype())) return s.subtype();
        return developmentZone(d.simplified.substring(s.start(), s.end())) ? "Other" : s.subtype();
    }

    /** Whether a place name is that of a development zone or industrial park (guideline 16). */
    public static boolean developmentZone(String name) {
        for (String z : OrgRules.DEVELOPMENT_ZONE_ENDS) if (name.endsWith(z) && name.length() > z.length()) return true;
        return false;
    }

    private static final int PRIO_PROPAGATED = 15;
    /** A sentence with a place, an organisation, a post, a person and a traditional character, for warming up. */
    private static final String WARM_UP_SENTENCE = "長治市人民医院院长王明出席。";

    private final Tables tables;
    private final Lexicon lexicon;
    private final PlaceRules places;
    private final OrgRules orgs;
    private final PersonRules persons;
    private final BylineRules bylines;
    private final RelationRules relations;
    private final PlaceIndex index;

    /**
     * An extractor over the given reference data (the gazetteer confirms and types place names, the agency table
     * names bodies); see {@link ReferenceData#bundled()} for the data shipped in the jar.
     */
    public NewsExtractor(ExtractConfig config, ReferenceData reference) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(reference, "reference data");
        loadDictionaries(); // HanLP is first used after its dictionaries are in (see loadDictionaries)
        this.tables = Tables.load();
        this.lexicon = Lexicon.load(tables, reference.agencies(), config.lexicons());
        PlaceIndex index = config.useGazetteer() ? GazetteerPlaces.of(reference) : PlaceIndex.NONE;
        this.index = index;
        this.places = new PlaceRules(tables, index);
        this.orgs = new OrgRules(tables, reference.agencies(), index);
        this.persons = new PersonRules(tables, index);
        this.bylines = new BylineRules(tables, persons);
        this.relations = new RelationRules(tables);
    }

    /**
     * Makes HanLP load the dictionaries the extractor uses (core dictionary, person-name models, traditional to
     * simplified table) now, without building an extractor: a start-up thread can do it while another reads the
     * gazetteer. Changes nothing: they are HanLP's own, loaded once per JVM in any case.
     *
     * <p>The loading runs once, inside the initialisation of a holder class, so a second caller waits until it is
     * complete. Every extractor calls this before it touches HanLP, so HanLP's classes are never initialised by two
     * threads at once (static initialisers of a library that refer to each other can deadlock when two threads
     * start them concurrently, as Jena's did when its initialisation was preloaded).
     */
    public static void loadDictionaries() {
        HanLPLoaded.touch();
    }

    private static final class HanLPLoaded {
        static {
            new Doc(WARM_UP_SENTENCE);
        }

        static void touch() {
            // the class initialiser above has run, on this thread or another
        }
    }

    /**
     * Extracts from one fixed sentence, so that HanLP loads its dictionaries now (on a start-up thread) rather than
     * on the first article. Changes nothing: the dictionaries are HanLP's own, loaded once per JVM in any case.
     */
    public void warmUp() {
        extract(Article.of("warm-up", WARM_UP_SENTENCE));
    }

    @Override
    public Extraction extract(Article article) {
        Objects.requireNonNull(article, "article");
        if (article.text().isBlank()) return Extraction.empty();
        Doc d = new Doc(article.text());
        List<Span> cands = new ArrayList<>();
        List<Span> placeSpans = places.find(d);
        cands.addAll(placeSpans);
        cands.addAll(orgs.find(d, placeSpans));
        cands.addAll(persons.find(d));
        List<BylineRules.Credit> credits = bylines.find(d);
        for (BylineRules.Credit c : credits) cands.add(c.span());
        lexicon.find(d, cands);
        cands.addAll(branchesOfNamed(d, cands));
        List<Span> chosen = resolve(cands);
        // second round: names in lists next to a person, other occurrences of accepted names
        List<Span> more = new ArrayList<>(cands);
        more.addAll(persons.extendLists(d, chosen));
        more.addAll(propagate(d, chosen));
        more.addAll(shortNames(d, chosen));
        more.addAll(tradeNameForms(d, chosen));
        chosen = resolve(more);

        List<Mention> mentions = new ArrayList<>();
        for (Span s : chosen)
            mentions.add(new Mention(d.original.substring(s.start(), s.end()), s.type(), zoneSubtype(d, s), s.start(), s.end()));
        List<Position> pos = new ArrayList<>();
        Set<String> seenPos = new HashSet<>();
        for (RelationRules.Post p : relations.positions(d, chosen)) {
            String person = text(d, p.person()), org = text(d, p.org());
            if (seenPos.add(person + "|" + p.title() + "|" + org)) pos.add(new Position(person, p.title(), org, p.start(), p.end()));
        }
        List<PartOf> parts = new ArrayList<>();
        Set<String> seenPart = new HashSet<>();
        for (RelationRules.Contain c : relations.partOf(chosen)) {
            String child = text(d, c.child()), parent = text(d, c.parent());
            if (seenPart.add(child + "|" + parent)) parts.add(new PartOf(child, parent, c.child().start(), c.parent().start()));
        }
        Set<Span> chosenSet = new HashSet<>(chosen);
        List<Byline> bl = new ArrayList<>();
        Set<String> seenBy = new LinkedHashSet<>();
        for (BylineRules.Credit c : credits) {
            if (!chosenSet.contains(c.span())) continue;
            String name = text(d, c.span());
            if (seenBy.add(name + "|" + c.role())) bl.add(new Byline(name, c.role(), c.span().start()));
        }
        return new Extraction(mentions, pos, parts, bl);
    }

    private static String text(Doc d, Span s) {
        return d.original.substring(s.start(), s.end());
    }

    /** Non-overlapping spans: higher priority first, then longer, then earlier; result in text order. */
    static List<Span> resolve(List<Span> cands) {
        List<Span> sorted = new ArrayList<>(new LinkedHashSet<>(cands));
        sorted.sort(Comparator.comparingInt(Span::priority).reversed()
                .thenComparing(Comparator.comparingInt(Span::length).reversed())
                .thenComparingInt(Span::start));
        List<Span> out = new ArrayList<>();
        boolean[] taken = new boolean[sorted.stream().mapToInt(Span::end).max().orElse(0) + 1];
        for (Span s : sorted) {
            boolean free = true;
            for (int i = s.start(); i < s.end(); i++) if (taken[i]) { free = false; break; }
            if (!free) continue;
            for (int i = s.start(); i < s.end(); i++) taken[i] = true;
            out.add(s);
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /** Legal forms after which a company's trade name stands alone elsewhere in the text (山西瑞格…有限公司 → 瑞格). */
    private static final List<String> LEGAL_FORMS = List.of("有限责任公司", "股份有限公司", "有限公司", "集团");

    /**
     * Short names of entities found in full, as the same article uses them: a registered company's trade name (山西|瑞格|
     * 金属新材料有限公司 → 瑞格, after its owner place, a name token of two or three characters that is no ordinary word)
     * and a township's name without its ending (裴社镇 → “裴社制造”). Only whole words count.
     */
    private List<Span> shortNames(Doc d, List<Span> chosen) {
        List<Span> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Span s : chosen) {
            String w = d.simplified.substring(s.start(), s.end());
            String alias = null, industry = null;
            if (s.type() == EntityType.Organization && "Company".equals(s.subtype()) && LEGAL_FORMS.stream().anyMatch(w::endsWith)) {
                int p = s.start();
                for (int L = Math.min(5, w.length() - 2); L >= 2; L--)
                    if (index.upperNames().containsKey(d.simplified.substring(p, p + L))) { p += L; break; }
                int ti = d.tokenAt(p);
                int len = d.tokEnd(ti) - p;
                if (d.tokStart(ti) == p && len >= 2 && len <= 3 && p + len < s.end() - 2 && d.nature(ti).startsWith("n")
                        && !d.nature(ti).equals("n") && !d.nature(ti).startsWith("ns")
                        && CoreDictionary.get(d.word(ti)) == null) {
                    alias = d.word(ti);
                    // 福建|龙净|环保股份有限公司 → 龙净环保: the industry word after the trade name goes with it where written
                    int ni = ti + 1;
                    if (ni < d.tokens() && d.tokEnd(ni) < s.end() && tables.industryWords.contains(d.word(ni))) industry = d.word(ni);
                }
            } else if (s.type() == EntityType.Place && s.rank() == 2 && (w.endsWith("镇") || w.endsWith("乡")) && w.length() >= 3) {
                alias = w.substring(0, w.length() - 1);
                // 玫瑰镇 → 玫瑰种植: a township named by an ordinary word is that word when written alone
                if (Doc.ordinaryWord(alias)) alias = null;
            }
            if (alias == null || !done.add(alias)) continue;
            for (int i = d.simplified.indexOf(alias); i >= 0; i = d.simplified.indexOf(alias, i + 1)) {
                int e = i + alias.length() + (industry != null && d.startsWith(industry, i + alias.length())
                        && d.boundary(i + alias.length() + industry.length()) ? industry.length() : 0);
                if (!d.boundary(i) || !d.boundary(e) && Doc.isHan(d.at(e))) continue;
                if (s.type() == EntityType.Place && (d.at(e) == '镇' || d.at(e) == '乡' || d.at(e) == '街')) continue; // the full name
                final int from = i;
                if (chosen.stream().anyMatch(c -> c.start() < e && from < c.end())) continue;
                out.add(new Span(i, e, s.type(), s.subtype(), s.rank(), s.kind(), PRIO_PROPAGATED, "short-name"));
            }
        }
        return out;
    }

    /** Endings of a company's or bank's branch written after its parent (中国联通|长治市分公司). */
    private static final List<String> BRANCH_ENDINGS = List.of("分公司", "分行", "支行");

    /**
     * A branch written right after a company or bank of the built-in lexicon (中国联通长治市分公司, guideline 13): the
     * lexicon's name and the branch found by the rules are one span, with the branch's subtype.
     */
    private static List<Span> branchesOfNamed(Doc d, List<Span> cands) {
        List<Span> out = new ArrayList<>();
        for (Span a : cands) {
            if (a.type() != EntityType.Organization || !a.rule().equals("lexicon")) continue;
            for (Span b : cands) {
                if (b.type() != EntityType.Organization || b.start() != a.end() || !b.rule().startsWith("org:")) continue;
                String w = d.simplified.substring(b.start(), b.end());
                if (BRANCH_ENDINGS.stream().noneMatch(w::endsWith)) continue;
                out.add(new Span(a.start(), b.end(), EntityType.Organization, b.subtype(), -1, b.kind(),
                        Math.max(a.priority(), b.priority()) + 1, b.rule()));
            }
        }
        return out;
    }

    /** Endings of a company's short form that must also stand in its full name (沁新集团 from 山西沁新能源集团股份有限公司). */
    private static final List<String> GROUP_ENDINGS = List.of("集团", "公司");

    /**
     * A registered company written short as its trade name and a later word of its full name (山西|沁新|能源集团股份有限公司
     * → 沁新集团; 河北|以岭|药业股份有限公司 → 以岭药业), where HanLP cut the short form into characters: the trade name is
     * the two characters after the owner place, no common word of the dictionary; the later word is 集团, 公司 or an
     * industry word.
     */
    private List<Span> tradeNameForms(Doc d, List<Span> chosen) {
        List<Span> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Span s : chosen) {
            if (s.type() != EntityType.Organization || !"Company".equals(s.subtype())) continue;
            String w = d.simplified.substring(s.start(), s.end());
            if (LEGAL_FORMS.stream().noneMatch(w::endsWith)) continue;
            int p = 0;
            for (int L = Math.min(5, w.length() - 2); L >= 2; L--) if (index.upperNames().containsKey(w.substring(0, L))) { p = L; break; }
            if (p + 4 >= w.length()) continue;
            String trade = w.substring(p, p + 2);
            if (!Doc.isHan(trade.charAt(0)) || !Doc.isHan(trade.charAt(1)) || commonWord(trade)) continue;
            List<String> endings = new ArrayList<>(GROUP_ENDINGS);
            endings.addAll(tables.industryWords);
            for (String ending : endings) {
                if (w.indexOf(ending, p + 2) < 0) continue;
                String form = trade + ending;
                if (!done.add(form) || form.equals(w)) continue;
                for (int i = d.simplified.indexOf(form); i >= 0; i = d.simplified.indexOf(form, i + 1)) {
                    int e = i + form.length();
                    if (!d.boundary(i) || Doc.isHan(d.at(e)) && !d.boundary(e)) continue;
                    final int from = i;
                    if (chosen.stream().anyMatch(c -> c.start() < e && from < c.end())) continue;
                    out.add(new Span(i, e, s.type(), s.subtype(), s.rank(), s.kind(), PRIO_PROPAGATED, "trade-name"));
                }
            }
        }
        return out;
    }

    /** A word of the core dictionary none of whose natures is a proper name's (鹏程/nz is a name; 发展/v is not). */
    private static boolean commonWord(String w) {
        var attr = CoreDictionary.get(w);
        if (attr == null) return false;
        for (var n : attr.nature) {
            String ns = n.toString();
            if (ns.startsWith("nz") || ns.startsWith("nr") || ns.startsWith("nt")) return false;
        }
        return true;
    }

    /** Other occurrences of accepted names (three chars or more, or two-char names standing as tokens). */
    private List<Span> propagate(Doc d, List<Span> chosen) {
        List<Span> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Span s : chosen) {
            String w = d.simplified.substring(s.start(), s.end());
            if (!done.add(w + s.type())) continue;
            if (w.length() < 2) continue;
            for (int i = d.simplified.indexOf(w); i >= 0; i = d.simplified.indexOf(w, i + 1)) {
                if (i == s.start()) continue;
                if (w.length() == 2 && !(d.boundary(i) && d.boundary(i + 2))) continue;
                if (s.type() == EntityType.Person && w.length() == 3 && !(d.boundary(i) || !Doc.isHan(d.at(i - 1)))) continue;
                int end = i + w.length();
                // 与美/b 的/ude1 集团股份有限公司: the company's name found elsewhere, here with its legal form
                if ("Company".equals(s.subtype()))
                    for (String form : LEGAL_FORMS) if (!w.endsWith(form) && d.startsWith(form, end)) { end += form.length(); break; }
                out.add(new Span(i, end, s.type(), s.subtype(), s.rank(), s.kind(), PRIO_PROPAGATED, "propagated"));
            }
        }
        return out;
    }
}
