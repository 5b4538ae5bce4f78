package org.newskg.extract.rules;

import org.newskg.extract.EntityType;

import java.util.ArrayList;
import java.util.List;

/** Positions (organisation + titles + person) and partOf (adjacent places) over resolved spans. */
public final class RelationRules {
    /** A position found: person, title, organisation spans. */
    public record Post(Span person, String title, Span org, int start, int end) {}

    /** A partOf pair. */
    public record Contain(Span child, Span parent) {}

    private final Tables t;

    public RelationRules(Tables t) {
        this.t = t;
    }

    /** The title that {@code seg} ends with (the whole segment, department included), or null. */
    String title(String seg) {
        if (seg.isEmpty() || seg.length() > 12 || !Grammar.allHan(seg)) return null;
        for (int L = Math.min(t.maxTitle, seg.length()); L >= 2; L--) {
            if (t.titles.containsKey(seg.substring(seg.length() - L))) return seg;
        }
        return null;
    }

    private Tables.Title core(String title) {
        for (int L = Math.min(t.maxTitle, title.length()); L >= 2; L--) {
            Tables.Title tt = t.titles.get(title.substring(title.length() - L));
            if (tt != null) return tt;
        }
        return null;
    }

    private boolean fits(String title, Span org) {
        Tables.Title tt = core(title);
        if (tt == null) return false;
        return tt.kinds().contains("any") || tt.kinds().contains(org.kind());
    }

    /** A title joined with 兼 ("and concurrently") split into its posts when each part is a title itself. */
    List<String> concurrent(String shown) {
        String[] parts = shown.split("兼");
        if (parts.length < 2) return List.of(shown);
        for (String part : parts) if (title(part) == null) return List.of(shown);
        return List.of(parts);
    }

    public List<Post> positions(Doc d, List<Span> spans) {
        Span[] orgEnd = new Span[d.n + 1];
        for (Span s : spans) if (s.type() == EntityType.Organization) orgEnd[s.end()] = s;
        List<Post> out = new ArrayList<>();
        for (Span p : spans) {
            if (p.type() != EntityType.Person) continue;
            int i = p.start();
            List<String> pending = new ArrayList<>();
            for (int guard = 0; guard < 8; guard++) {
                int b = i;
                Span org = null;
                while (b > 0 && i - b < 12) {
                    if (orgEnd[b] != null) {
                        org = orgEnd[b];
                        break;
                    }
                    if (!Doc.isHan(d.at(b - 1))) break;
                    b--;
                }
                if (org == null && b > 1 && (d.at(b - 1) == '”' || d.at(b - 1) == '"') && orgEnd[b - 1] != null) org = orgEnd[b - 1];
                String title = title(d.s.substring(b, i));
                if (title == null) break;
                String shown = d.original.substring(b, i);
                if (org != null) {
                    // 董事长兼总经理: two posts at once
                    for (String part : concurrent(shown)) out.add(new Post(p, part, org, org.start(), p.end()));
                    for (String pt : pending) if (fits(pt, org)) out.add(new Post(p, pt, org, org.start(), p.end()));
                    pending.clear();
                    if (org.start() > 0 && d.at(org.start() - 1) == '、') {
                        i = org.start() - 1;
                        continue;
                    }
                    break;
                }
                pending.add(shown);
                if (b > 0 && d.at(b - 1) == '、') {
                    i = b - 1;
                    continue;
                }
                break;
            }
        }
        return out;
    }

    public List<Contain> partOf(List<Span> spans) {
        List<Contain> out = new ArrayList<>();
        for (int k = 0; k + 1 < spans.size(); k++) {
            Span a = spans.get(k), b = spans.get(k + 1);
            if (a.type() != EntityType.Place || b.type() != EntityType.Place || a.end() != b.start()) continue;
            if (a.rank() >= 1 && (b.rank() < a.rank())) out.add(new Contain(b, a));
        }
        return out;
    }
}
