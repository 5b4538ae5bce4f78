package org.newskg.extract.rules;

import org.newskg.extract.EntityType;

import org.newskg.extract.lexicon.AgencyTable;

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

    private final Tables t;
    private final AgencyTable agencies;

    public OrgRules(Tables t, AgencyTable agencies) {
        this.t = t;
        this.agencies = agencies;
    }

    public List<Span> find(Doc d, List<Span> places) {
        List<Span> out = new ArrayList<>();
        for (int e = 1; e <= d.n; e++) {
            if (!d.boundary(e)) continue;
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
        if (!valid(d, start, ss, os, places)) return null;
        if (os.suffix().equals("委")) subtype = levelOnly(d, start, ss, places) ? "PartyOrganization" : "GovernmentAgency";
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
