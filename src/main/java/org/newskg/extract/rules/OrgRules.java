package org.newskg.extract.rules;

import org.newskg.extract.EntityType;

import org.newskg.gazetteer.AgencyTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Organisation candidates: a name ending in an organisation suffix (org-suffixes.tsv), extended to the
 * left over name-like tokens, starting at the place that owns it, and checked for being specific
 * (a place, a proper name, a level prefix for agencies) rather than generic (县医院, 该院).
 */
public final class OrgRules {
    static final int PRIO = 40;
    /** Bodies that are parts of a party committee or government and so may contain it (县政府办公室, 省委常委会). */
    private static final Set<String> SUB_BODY = Set.of("常委会", "办公室", "办", "党史办", "组织部", "宣传部", "统战部", "纪委", "党校");
    private static final Set<String> LEVEL_ORG_ENDS = Set.of("委", "政府", "人民政府", "人大", "政协");
    private static final Set<String> PARTY_CELLS = Set.of("党委", "党组", "党支部", "党总支");
    private static final List<String> PARTY_PREFIXES = List.of("中国共产党", "中共", "共青团");

    private final Tables t;
    private final AgencyTable agencies;
    private final PlaceIndex index;

    public OrgRules(Tables t, AgencyTable agencies) {
        this(t, agencies, PlaceIndex.NONE);
    }

    /** With the gazetteer: an owning place that HanLP cut in two is taken whole (上/党医学院 → 上党医学院). */
    public OrgRules(Tables t, AgencyTable agencies, PlaceIndex index) {
        this.t = t;
        this.agencies = agencies;
        this.index = index;
    }

    /**
     * When a province, city or county name (or its short form) begins up to three characters before {@code start} and
     * runs into the name, the organisation starts with that place: HanLP reads 上党医学院 as 上/f 党/n 医学院 and the
     * direction word 上 stops the leftward extension. Only at a token boundary, and only when the place ends inside the
     * name, so a separate place written before the name is not swallowed.
     */
    private int straddlingOwner(Doc d, int start, int ss) {
        int max = index.maxUpperLength();
        for (int j = start - 1; j >= Math.max(0, start - 3); j--) {
            if (!d.boundary(j) || !Doc.isHan(d.at(j))) continue;
            for (int k = Math.min(max, ss - j); k >= 2; k--) {
                if (j + k <= start) break;
                if (index.upperNames().containsKey(d.s.substring(j, j + k))) return j;
            }
        }
        return start;
    }

    public List<Span> find(Doc d, List<Span> places) {
        List<Span> out = new ArrayList<>();
        for (int e = 1; e <= d.n; e++) {
            if (!d.boundary(e) && !titleFollows(d, e)) continue;
            for (int L = Math.min(t.maxOrgSuffix, e); L >= 1; L--) {
                Tables.OrgSuffix os = t.orgSuffixes.get(d.s.substring(e - L, e));
                if (os == null) continue;
                Span sp = bySuffix(d, e - L, e, os, places, out);
                if (sp != null) out.add(sp);
                break; // the longest ending decides (…大学党委 is no 委)
            }
        }
        aliases(d, out);
        return out;
    }

    /** 长治医学院附属和平医院 is also called 和平医院: the part after 附属, wherever it stands alone. */
    private void aliases(Doc d, List<Span> out) {
        List<Span> add = new ArrayList<>();
        for (Span o : out) {
            String w = d.s.substring(o.start(), o.end());
            int k = w.indexOf("附属");
            if (k <= 0 || w.length() - k - 2 < 4) continue;
            String alias = w.substring(k + 2);
            for (int i = d.s.indexOf(alias); i >= 0; i = d.s.indexOf(alias, i + 1)) {
                if (i == o.start() + k + 2) continue;
                add.add(new Span(i, i + alias.length(), EntityType.Organization, o.subtype(), -1, o.kind(), PRIO - 1, "org:alias"));
            }
        }
        out.addAll(add);
    }

    /**
     * True when the token running over {@code e} goes on with a post title from {@code e} to its end: HanLP keeps
     * 党委书记 as one word, so 石城镇党委书记 has no word boundary after 党委.
     */
    private boolean titleFollows(Doc d, int e) {
        if (e <= 0 || e >= d.n) return false;
        int ti = d.tokenAt(e);
        return d.tokStart(ti) < e && t.titles.containsKey(d.s.substring(e, d.tokEnd(ti)));
    }

    /**
     * A company name is 行政区划 + 字号 + 行业 + 组织形式: the trade name may be any characters, which HanLP often cuts
     * into verbs and adverbs (云/栖/太/行文/旅). When a county, city or province stands at most 14 Han characters
     * before a company ending, with nothing but Han characters between, the name starts at that place.
     */
    private int companyOwner(Doc d, int start, int ss, List<Span> places) {
        Span best = null;
        for (Span p : places)
            if (p.rank() >= 3 && p.end() <= start && ss - p.end() <= 14 && p.end() < ss
                    && Grammar.allHan(d.s.substring(p.end(), ss)) && (best == null || p.start() > best.start()))
                best = p;
        return best == null ? start : best.start();
    }

    private boolean levelOrgToken(Doc d, int ti) {
        String w = d.word(ti);
        for (String end : LEVEL_ORG_ENDS) if (w.endsWith(end) && w.length() > end.length()) return true;
        return false;
    }

    private Span bySuffix(Doc d, int ss, int e, Tables.OrgSuffix os, List<Span> places, List<Span> found) {
        boolean subBody = SUB_BODY.contains(os.suffix());
        int ti0 = d.tokenAt(ss);
        int from = Math.min(ss, d.tokStart(ti0));
        if (from < ss) { // the ending starts inside a token: 举办 is no 办
            String nat = d.nature(ti0);
            if (nat.startsWith("v") && !nat.equals("vn") || nat.startsWith("a") || nat.startsWith("d") || nat.startsWith("r")) return null;
            if (!Grammar.allHan(d.s.substring(from, ss)) || t.orgStopWords.contains(d.s.substring(from, ss))) return null;
        }
        int start = Grammar.leftExtend(d, from, 24, true, t,
                ti -> !subBody && levelOrgToken(d, ti) || d.nature(ti).equals("nnt"));
        start = Grammar.trimLeading(d, start, from);
        start = Grammar.toOpeningQuote(d, start, from);
        start = Grammar.ownerPlace(start, places); // 屯留区政协: the owning place even when HanLP split it (屯/留/区)
        start = straddlingOwner(d, start, ss);
        if ("Company".equals(os.subtype()) && os.suffix().endsWith("公司")) start = companyOwner(d, start, ss, places);
        // 长治医学院附属和济医院: after 附属 the hospital's own name may hold any word
        int fu = d.s.lastIndexOf("附属", ss - 1);
        if (fu >= 0 && fu + 2 <= start && start - (fu + 2) <= 2 && ss - fu <= 10 && Grammar.allHan(d.s.substring(fu, ss))) {
            int s2 = Grammar.leftExtend(d, fu, 20, true, t, ti -> levelOrgToken(d, ti) || d.nature(ti).equals("nnt"));
            if (s2 < fu) start = Grammar.ownerPlace(Grammar.trimLeading(d, s2, fu), places);
        }
        // An organisation found just before, joined to this one (湖北省中医院来凤分院, 农发行山西分行).
        start = Grammar.dropLeadingPlaces(start, e, places);
        String name = d.s.substring(start, ss);
        String full = d.s.substring(start, e);
        if (name.isEmpty() && !os.rule().equals("level")) return null;
        String subtype = os.subtype();
        if (PARTY_CELLS.contains(os.suffix())) {
            // 瓜园村党支部, 石狗镇党委 are bodies; at an institution (…医院党委书记) the party post belongs to the title.
            boolean placeOwner = false;
            for (Span p : places) if (p.start() == start && p.end() == ss && p.rank() >= 1 && p.rank() <= 2) placeOwner = true;
            if (!placeOwner) return null;
            return new Span(start, e, EntityType.Organization, subtype, -1, os.kind(), PRIO, "org:" + os.suffix());
        }
        for (String fe : t.orgFalseEndings) if (full.endsWith(fe)) return null; // 会议厅, 举办
        if (!valid(d, start, ss, os, places) && !os.rule().equals("named")) {
            // 经省/nr 教育厅: HanLP glued a word onto the level prefix; start at the level character
            int tEnd = d.tokEnd(d.tokenAt(start));
            int k = start + 1;
            while (k < tEnd && k < ss && !Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(k)))) k++;
            if (k >= tEnd || k >= ss || !valid(d, k, ss, os, places)) return null;
            start = k;
            name = d.s.substring(start, ss);
            full = d.s.substring(start, e);
        } else if (!valid(d, start, ss, os, places)) return null;
        if (d.startsWith("共青团", start) || d.startsWith("团", start) && os.suffix().equals("委")) subtype = "Other";
        if (os.suffix().equals("委") && !subtype.equals("Other"))
            subtype = levelOnly(d, start, ss, places) || d.startsWith("中共", start) ? "PartyOrganization" : "GovernmentAgency";
        if (os.rule().equals("agency") || os.rule().equals("level")) {
            var a = agencies.longestSuffix(full);
            if (a.isPresent() && a.get().abbreviation().length() >= 2) subtype = a.get().subtype();
        }
        if (full.endsWith("党校")) subtype = "School";
        return new Span(start, e, EntityType.Organization, subtype, -1, os.kind(), PRIO, "org:" + os.suffix());
    }

    /** The name part is only places and level characters (县委, 绛县县委, 湖北省委). */
    private boolean levelOnly(Doc d, int start, int ss, List<Span> places) {
        int p = start;
        while (p < ss) {
            int q = p;
            for (Span pl : places) if (pl.start() == p && pl.end() <= ss && pl.end() > q) q = pl.end();
            if (q == p && Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(p)))) q = p + 1;
            if (q == p) return false;
            p = q;
        }
        return true;
    }

    private boolean startsWithPlaceOrLevel(Doc d, int start, int ss, List<Span> places) {
        for (String pre : PARTY_PREFIXES) if (d.startsWith(pre, start) && start + pre.length() < ss) start += pre.length(); // 共青团长治市委
        if (Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(start)))) return true;
        if (d.startsWith("国家", start) || d.startsWith("中央", start)) return true;
        for (Span p : places) if (p.start() == start && p.end() <= ss) return true;
        return false;
    }

    private boolean valid(Doc d, int start, int ss, Tables.OrgSuffix os, List<Span> places) {
        String name = d.s.substring(start, ss);
        switch (os.rule()) {
            case "level":
                if (name.isEmpty()) return false;
                return startsWithPlaceOrLevel(d, start, ss, places);
            case "agency":
                if (!startsWithPlaceOrLevel(d, start, ss, places)) return false;
                return name.length() >= 2;
            default: { // named
                if (name.length() < 2) return false;
                if (Grammar.LEVEL_CHARS.contains(name.substring(0, 1)) && name.length() == 1) return false; // 县医院
                for (Span p : places) if (p.start() >= start && p.end() <= ss) return true;
                if (name.contains("附属") || name.startsWith("第")) return true;
                for (int p = start; p < ss; ) {
                    int ti = d.tokenAt(p);
                    if (Grammar.properNature(d.nature(ti))) return true;
                    p = d.tokEnd(ti);
                }
                return name.length() >= 5;
            }
        }
    }
}
