package org.newskg.extract.rules;

import org.newskg.extract.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Place candidates: gazetteer names (official and short forms), administrative names by suffix
 * grammar (…乡, …镇, …村, …社区), chains written without separators (平顺县北社乡东青北村), and named
 * spots (…景区, …峡, …公园).
 */
public final class PlaceRules {
    static final int PRIO_KNOWN = 35, PRIO_GRAMMAR = 30, PRIO_SHORT = 20;

    private final Tables t;
    private final PlaceIndex index;

    /** First two characters of every upper-level name: most positions are skipped without a lookup. */
    private final java.util.Set<String> upperPrefixes;

    public PlaceRules(Tables t, PlaceIndex index) {
        this.t = t;
        this.index = index;
        java.util.Set<String> pre = new java.util.HashSet<>();
        for (String k : index.upperNames().keySet()) pre.add(k.substring(0, 2));
        this.upperPrefixes = java.util.Set.copyOf(pre);
    }

    public List<Span> find(Doc d) {
        List<Span> out = new ArrayList<>();
        scanKnown(d, out);
        // Left to right, so a chain link can start where the previous place ended.
        for (int e = 1; e <= d.n; e++) {
            if (!d.boundary(e)) continue;
            for (int L = Math.min(t.maxPlaceSuffix, e); L >= 1; L--) {
                String suf = d.s.substring(e - L, e);
                Tables.PlaceSuffix ps = t.placeSuffixes.get(suf);
                if (ps == null) continue;
                Span sp = bySuffix(d, e - L, e, ps, out);
                if (sp != null) out.add(sp);
                break; // the longest ending decides (…社区 is no …区)
            }
        }
        return out;
    }

    private void scanKnown(Doc d, List<Span> out) {
        int max = index.maxUpperLength();
        if (max == 0) { // no gazetteer: HanLP's own place tokens
            for (int i = 0; i < d.tokens(); i++) {
                String w = d.word(i);
                if (d.nature(i).startsWith("ns") && w.length() >= 2 && Grammar.allHan(w) && !t.stopPlaces.contains(w)) {
                    Tables.PlaceSuffix ps = suffixOf(w);
                    String sub = ps == null ? null : ps.subtype();
                    int rank = ps == null ? 3 : ps.rank();
                    out.add(new Span(d.tokStart(i), d.tokEnd(i), EntityType.Place, sub, rank, null, ps == null ? PRIO_SHORT : PRIO_KNOWN, "hanlp-ns"));
                }
            }
            return;
        }
        List<Span> shortCounties = new ArrayList<>();
        List<Span> splitShortCounties = new ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < d.n; i++) {
            if (!d.boundary(i) || !Doc.isHan(d.at(i)) || i + 2 > d.n || !upperPrefixes.contains(d.s.substring(i, i + 2))) continue;
            for (int L = Math.min(max, d.n - i); L >= 2; L--) {
                String w = d.s.substring(i, i + L);
                PlaceIndex.Info info = index.upperNames().get(w);
                if (info == null || t.stopPlaces.contains(w)) continue; // 城区, 郊区, 矿区 are districts and ordinary words
                boolean endOk = d.boundary(i + L) || !info.shortForm() && !Doc.isHan(d.at(i + L));
                if (!endOk && !info.shortForm()) endOk = true; // full names (…县) end themselves
                if (info.shortForm()) {
                    if ("路街道巷东西南北镇乡村峡山河湖寺阁".indexOf(d.at(i + L)) >= 0) continue; // 平阳路, 永康北路: part of a longer name
                    int ti = d.tokenAt(i);
                    boolean exactToken = d.tokStart(ti) == i && d.tokEnd(ti) == i + L;
                    if (!exactToken && !(d.boundary(i + L) && d.boundary(i))) continue;
                    if (!exactToken && !d.nature(ti).startsWith("ns")) {
                        // HanLP split the short form into ordinary words (壶/ng 关/n): only when the full name is in the text
                        if (info.rank() == 3) splitShortCounties.add(new Span(i, i + L, EntityType.Place, info.subtype(),
                                info.rank(), null, PRIO_SHORT, "short"));
                        continue;
                    }
                } else if (!endOk) continue;
                Span sp = new Span(i, i + L, EntityType.Place, info.subtype(), info.rank(), null,
                        info.shortForm() ? PRIO_SHORT : PRIO_KNOWN, info.shortForm() ? "short" : "gazetteer");
                if (info.shortForm() && info.rank() == 3) shortCounties.add(sp);
                else out.add(sp);
                if (!info.shortForm() && info.code() != null) codes.add(info.code());
                i += L - 1;
                break;
            }
        }
        // A county's short form is common-word-like (惠民, 新华): keep it when the text also has the full name,
        // when it stands in a list (缙云、景宁), or opens a dateline (运城讯).
        for (Span sp : shortCounties) {
            PlaceIndex.Info info = index.upperNames().get(d.s.substring(sp.start(), sp.end()));
            boolean full = info.code() != null && codes.contains(info.code());
            boolean list = d.at(sp.start() - 1) == '、' || d.at(sp.end()) == '、';
            boolean dateline = d.at(sp.end()) == '讯' || d.at(sp.end()) == '：' || d.at(sp.end()) == ':';
            if (full || list || dateline) out.add(sp);
        }
        for (Span sp : splitShortCounties) {
            PlaceIndex.Info info = index.upperNames().get(d.s.substring(sp.start(), sp.end()));
            if (info.code() != null && codes.contains(info.code())) out.add(sp);
        }
    }

    private Tables.PlaceSuffix suffixOf(String w) {
        for (int L = Math.min(t.maxPlaceSuffix, w.length() - 1); L >= 1; L--) {
            Tables.PlaceSuffix ps = t.placeSuffixes.get(w.substring(w.length() - L));
            if (ps != null) return ps;
        }
        return null;
    }

    private Span bySuffix(Doc d, int ss, int e, Tables.PlaceSuffix ps, List<Span> found) {
        // Chain link: directly after another place.
        Span prev = null;
        for (Span p : found) if (p.end() < ss && p.end() >= ss - 6 && (prev == null || p.end() > prev.end())) prev = p;
        int start = -1;
        if (prev != null && ps.rank() >= 1 && prev.rank() > ps.rank() && Grammar.allHan(d.s.substring(prev.end(), ss))) {
            int len = ss - prev.end();
            boolean inner = false;
            for (int k = prev.end(); k < ss; k++) if (t.placeSuffixes.containsKey(String.valueOf(d.at(k))) && k > prev.end()) inner = true;
            if (len >= 1 && len <= 5 && !inner && !t.stopPlaces.contains(d.s.substring(prev.end(), e))) start = prev.end();
        }
        if (start < 0) {
            if (ps.rank() == 0) {
                int maxLen = ps.suffix().equals("山") || ps.suffix().equals("河") || ps.suffix().equals("湖") || ps.suffix().equals("路") ? 3 : 10;
                start = Grammar.leftExtend(d, ss, maxLen, true, t, ti -> false);
                int ti = d.tokenAt(ss);
                if (d.tokStart(ti) < ss && start > d.tokStart(ti)) start = d.tokStart(ti);
                start = Grammar.dropAllLeadingPlaces(start, e, found);
                if (maxLen == 3) { // mountains, rivers, roads: only as a recognised name
                    int tj = d.tokenAt(start);
                    boolean token = d.tokStart(tj) == start && d.tokEnd(tj) == e && d.nature(tj).startsWith("ns");
                    if (!token && (prev == null || prev.end() != start)) return null;
                }
            } else {
                start = knownName(d, ss, e, ps);
                if (start < 0) start = shortName(d, ss, ps, found);
            }
        }
        if (start < 0 || start >= ss) return null;
        String w = d.s.substring(start, e);
        String name = d.s.substring(start, ss);
        if (t.stopPlaces.contains(w) || t.stopPlaces.contains(name) || name.length() == 0) return null;
        boolean chained = prev != null && prev.end() == start;
        if (t.orgStopWords.contains(name.substring(0, 1)) && name.length() <= 2 && !chained) return null;
        if (t.orgStopWords.contains(d.word(d.tokenAt(start)))) return null; // 潞城区以企带村
        if (ps.rank() >= 1 && ps.grammar() && !chained && !nameLike(d, start, ss)) return null;
        if (ps.rank() == 0 && !spotName(d, start, ss, ps, found)) return null;
        // the suffix must not be the end of an ordinary word (乡村, 侨乡, 家乡)
        int st = d.tokenAt(ss);
        PlaceIndex.Info info = index.lookup(w);
        if (info != null && info.shortForm()) info = null; // 英雄南路 is short for 英雄南路街道, but here it is a road
        if (ps.rank() >= 1 && d.tokStart(st) < ss && d.tokStart(st) >= start) {
            String nat = d.nature(st);
            boolean nameToken = nat.startsWith("ns") || nat.startsWith("nr") || nat.startsWith("nz") || nat.startsWith("nt");
            if (!nameToken && (d.tokStart(st) == start || info == null)) return null;
        }
        if (!ps.grammar() && info == null) {
            int ti = d.tokenAt(start);
            boolean nsToken = d.tokStart(ti) == start && d.tokEnd(ti) == e && d.nature(ti).startsWith("ns");
            if (!nsToken) return null;
        }
        String subtype = info != null ? info.subtype() : ps.subtype();
        int rank = info != null ? info.rank() : ps.rank();
        // A place found as a gazetteer name already covers it.
        for (Span f : found) if (f.start() == start && f.end() == e) return null;
        return new Span(start, e, EntityType.Place, subtype, rank, null, info != null ? PRIO_KNOWN : PRIO_GRAMMAR, "suffix:" + ps.suffix());
    }

    /** A village or township name part: not an ordinary non-noun word (发展社区, 优秀社区, 当地乡村). */
    private boolean nameLike(Doc d, int start, int ss) {
        String name = d.s.substring(start, ss);
        int ti = d.tokenAt(start);
        String first = d.s.substring(start, Math.min(d.tokEnd(ti), ss));
        String nat = d.nature(ti);
        if (first.length() >= 2 && (nat.startsWith("a") || nat.startsWith("b") || nat.startsWith("v") || nat.startsWith("d")
                || nat.startsWith("r") || nat.startsWith("m") || nat.startsWith("t"))) return false;
        var attr = com.hankcs.hanlp.dictionary.CoreDictionary.get(name);
        if (attr != null && name.length() >= 2) {
            for (var n : attr.nature) {
                String ns = n.toString();
                if (ns.startsWith("ns") || ns.startsWith("nr") || ns.startsWith("nz")) return true;
            }
            return false;
        }
        return true;
    }

    /** A scenic spot or other named place: specific enough (a place or proper name inside, or a short distinct name). */
    private boolean spotName(Doc d, int start, int ss, Tables.PlaceSuffix ps, List<Span> found) {
        String name = d.s.substring(start, ss);
        if (name.isEmpty()) return false;
        for (Span p : found) if (p.start() >= start && p.end() <= ss) return true;
        for (int p = start; p < ss; ) {
            int ti = d.tokenAt(p);
            if (Grammar.properNature(d.nature(ti))) return true;
            p = d.tokEnd(ti);
        }
        if (name.length() >= 5) return true;
        if (ps.suffix().length() >= 2 && !ps.subtype().equals("Other") && name.length() >= 2) {
            // 灵空山景区, 花坡景区: a name with a one-character or unknown part, not two ordinary words (农业产业园区)
            if (com.hankcs.hanlp.dictionary.CoreDictionary.get(name) != null) return false;
            for (int p = start; p < ss; ) {
                int ti = d.tokenAt(p);
                if (d.tokEnd(ti) - d.tokStart(ti) == 1 || com.hankcs.hanlp.dictionary.CoreDictionary.get(d.word(ti)) == null) return true;
                p = d.tokEnd(ti);
            }
            return false;
        }
        if (name.length() == 1 && Grammar.LEVEL_CHARS.contains(name) && ps.suffix().endsWith("馆")) return true; // 市博物馆
        if (ps.suffix().length() == 1 && name.length() >= 2 && name.length() <= 3) {
            String w = name + ps.suffix();
            return com.hankcs.hanlp.dictionary.CoreDictionary.get(w) == null && !t.stopPlaces.contains(w);
        }
        return false;
    }

    /** Start of the longest name before the suffix that the gazetteer knows at this level (沁县故县镇), or -1. */
    private int knownName(Doc d, int ss, int e, Tables.PlaceSuffix ps) {
        for (int L = Math.min(4, ss); L >= 1; L--) {
            String w = d.s.substring(ss - L, e);
            if (!Grammar.allHan(w)) continue;
            if (!d.boundary(ss - L) && L > 1) continue;
            PlaceIndex.Info info = index.lookup(w);
            if (info != null && info.rank() == ps.rank() && !info.shortForm() && ps.rank() == 2) return ss - L;
        }
        return -1;
    }

    /** Start of a 1-4 character name before an administrative suffix at {@code ss}, or -1. */
    private int shortName(Doc d, int ss, Tables.PlaceSuffix ps, List<Span> found) {
        int max = ps.suffix().length() >= 2 ? 5 : 4;
        int best = -1;
        for (int L = 1; L <= max && ss - L >= 0; L++) {
            int st = ss - L;
            char c = d.at(st);
            if (!Doc.isHan(c)) break;
            boolean inPlace = false;
            for (Span f : found) if (f.rank() >= 1 && f.start() <= st && st < f.end()) inPlace = true;
            if (inPlace) break; // not into the place before (潞州区|英雄南路社区)
            if (!d.boundary(st)) {
                // the token covering st may still be part of the name when it lies inside [st, ss) entirely … keep looking
                continue;
            }
            // every token in [st, ss) must be name-like
            boolean ok = true;
            for (int p = st; p < ss; ) {
                int ti = d.tokenAt(p);
                String tw = d.s.substring(d.tokStart(ti), Math.min(d.tokEnd(ti), ss));
                String nat = d.nature(ti);
                if (t.orgStopWords.contains(tw) || !(Grammar.nameNature(nat) || nat.startsWith("nr") || Grammar.hanNumber(tw, nat)
                        || nat.equals("a") || nat.equals("ag") || tw.length() == 1 && (nat.equals("f") || nat.equals("v") && L > 1))) {
                    ok = false;
                    break;
                }
                p = d.tokEnd(ti);
            }
            if (ok) best = st;
            else if (best >= 0) break;
        }
        return best;
    }
}
