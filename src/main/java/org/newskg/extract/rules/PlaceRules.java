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

    public PlaceRules(Tables t, PlaceIndex index) {
        this.t = t;
        this.index = index;
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
                if (sp != null) {
                    out.add(sp);
                    break;
                }
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
        for (int i = 0; i < d.n; i++) {
            if (!d.boundary(i) || !Doc.isHan(d.at(i))) continue;
            for (int L = Math.min(max, d.n - i); L >= 2; L--) {
                String w = d.s.substring(i, i + L);
                PlaceIndex.Info info = index.upperNames().get(w);
                if (info == null) continue;
                boolean endOk = d.boundary(i + L) || !info.shortForm() && !Doc.isHan(d.at(i + L));
                if (!endOk && !info.shortForm()) endOk = true; // full names (…县) end themselves
                if (info.shortForm()) {
                    int ti = d.tokenAt(i);
                    boolean exactToken = d.tokStart(ti) == i && d.tokEnd(ti) == i + L;
                    if (!exactToken && !(d.boundary(i + L) && d.boundary(i))) continue;
                    if (!exactToken && !d.nature(ti).startsWith("ns")) continue;
                } else if (!endOk) continue;
                out.add(new Span(i, i + L, EntityType.Place, info.subtype(), info.rank(), null,
                        info.shortForm() ? PRIO_SHORT : PRIO_KNOWN, info.shortForm() ? "short" : "gazetteer"));
                i += L - 1;
                break;
            }
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
        if (prev != null && prev.rank() > ps.rank() && Grammar.allHan(d.s.substring(prev.end(), ss))) {
            int len = ss - prev.end();
            if (len >= 1 && len <= (ps.rank() == 0 ? 6 : 5) && !t.stopPlaces.contains(d.s.substring(prev.end(), e))) start = prev.end();
        }
        if (start < 0) {
            if (ps.rank() == 0) {
                int maxLen = ps.suffix().equals("山") || ps.suffix().equals("河") || ps.suffix().equals("湖") || ps.suffix().equals("路") ? 3 : 10;
                start = Grammar.leftExtend(d, ss, maxLen, true, t, ti -> false);
                int ti = d.tokenAt(ss);
                if (d.tokStart(ti) < ss && start > d.tokStart(ti)) start = d.tokStart(ti);
                start = Grammar.dropLeadingPlaces(start, e, found);
                if (maxLen == 3) { // mountains, rivers, roads: only as a recognised name
                    int tj = d.tokenAt(start);
                    boolean token = d.tokStart(tj) == start && d.tokEnd(tj) == e && d.nature(tj).startsWith("ns");
                    if (!token && (prev == null || prev.end() != start)) return null;
                }
            } else {
                start = shortName(d, ss, ps);
            }
        }
        if (start < 0 || start >= ss) return null;
        String w = d.s.substring(start, e);
        String name = d.s.substring(start, ss);
        if (t.stopPlaces.contains(w) || t.stopPlaces.contains(name) || name.length() == 0) return null;
        if (t.orgStopWords.contains(name.substring(0, 1)) && name.length() <= 2 && !(prev != null && prev.end() == start)) return null;
        PlaceIndex.Info info = index.lookup(w);
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

    /** Start of a 1-4 character name before an administrative suffix at {@code ss}, or -1. */
    private int shortName(Doc d, int ss, Tables.PlaceSuffix ps) {
        int max = ps.suffix().length() >= 2 ? 5 : 4;
        int best = -1;
        for (int L = 1; L <= max && ss - L >= 0; L++) {
            int st = ss - L;
            char c = d.at(st);
            if (!Doc.isHan(c)) break;
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
                        || nat.equals("a") || nat.equals("ag") || nat.equals("v") && tw.length() == 1 && L > 1)) {
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
