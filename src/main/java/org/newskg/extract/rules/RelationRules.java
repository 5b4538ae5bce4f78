package org.newskg.extract.rules;

import org.newskg.extract.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Positions (organisation + titles + person) and partOf (adjacent places) over resolved spans. */
public final class RelationRules {
    /** A position found: person, title, organisation spans. */
    public record Post(Span person, String title, Span org, int start, int end) {}

    /** A partOf pair. */
    public record Contain(Span child, Span parent) {}

    /** Longest title written between an organisation and a name (省委党校经济管理教研部主任, 县公安局刑侦大队副大队长). */
    static final int MAX_TITLE = 16;

    private final Tables t;

    /** Parts of a body (办公室, 宣传部: org-sub-bodies.txt): a title in one stays a post of the body it is part of. */
    private final Set<String> subBodies;

    public RelationRules(Tables t) {
        this.t = t;
        this.subBodies = Tables.words("org-sub-bodies.txt");
    }

    /** The run of Han characters ending at {@code e} ends in a post title (县委常委、秘书长|，). */
    private boolean endsInTitle(Doc d, int e) {
        int b = e;
        while (b > 0 && Doc.isHan(d.at(b - 1)) && e - b < MAX_TITLE) b--;
        for (int k = b; k < e - 1; k++) if (title(d.simplified.substring(k, e)) != null) return true;
        return false;
    }

    /** Verbs of sending a person to serve elsewhere (派驻, 选派, 下派): what follows names a post there. */
    private static final List<String> SENT_TO = List.of("驻", "选派", "下派", "外派");

    /** The title that {@code seg} ends with (the whole segment, department included), or null. */
    String title(String seg) {
        if (seg.isEmpty() || seg.length() > MAX_TITLE || !Grammar.allHan(seg)) return null;
        // 派驻新塘村的第一书记: a clause with 的 describes the person; the post is not one of the body before it
        if (seg.indexOf('的') >= 0) return null;
        // 组织部派驻永安村第一书记, 选派到村任职: a post where the body sent the person, not one of the body itself
        for (String w : SENT_TO) if (seg.contains(w)) return null;
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

    /** A title as shown (traditional characters kept, 院長) is judged in its simplified form, as the tables are written. */
    private boolean fits(String shown, Span org) {
        Tables.Title tt = core(shown);
        if (tt == null) tt = core(Doc.simplify(shown));
        if (tt == null) return false;
        // 县人大常委会副主任赵国庆，副县长王海军: the head of a government holds that post at the government only
        if (GOVERNMENT_HEADS.contains(tt.title())) return org.rule().endsWith("政府");
        return tt.kinds().contains("any") || tt.kinds().contains(org.kind());
    }

    /** Titles of the heads of a level's government (县长, 副市长): posts of the 政府, never of another body. */
    private static final Set<String> GOVERNMENT_HEADS = Set.of("县长", "市长", "省长", "区长", "乡长", "镇长", "旗长", "州长");

    /** Prefixes of a title that are the organisation's own party cell, not another body (党委书记, 党组成员). */
    private static final Set<String> OWN_CELLS = Set.of("党委", "党组", "党支部", "党总支");

    /**
     * A title that names a body of its own before its core title (村委会主任, 镇人大主席, 管委会副主任, 区纪委书记):
     * its department part ends in an organisation ending of another kind than {@code org}, or starts with a level
     * character and ends in any organisation ending. Carried over 、 or along a list such a title is no post of
     * {@code org} (guideline: titles that belong to another body not named with them give no row).
     */
    boolean otherBody(String shown, Span org) {
        String title = core(shown) != null ? shown : Doc.simplify(shown);
        Tables.Title tt = core(title);
        if (tt == null) return false;
        String dept = title.substring(0, title.length() - tt.title().length()).replaceFirst("(常务|执行)?副$", "");
        if (dept.isEmpty() || OWN_CELLS.contains(dept)) return false;
        boolean level = "省市县区乡镇村".indexOf(dept.charAt(0)) >= 0;
        // 段村镇镇长, 东关村主任: a named place's head is a post of that place's own body
        if (dept.length() >= 2 && "省市县区乡镇村".indexOf(dept.charAt(dept.length() - 1)) >= 0) return true;
        for (String sb : subBodies) if (dept.endsWith(sb) && !level) return false;
        for (int L = Math.min(t.maxOrgSuffix, dept.length()); L >= 1; L--) {
            Tables.OrgSuffix os = t.orgSuffixes.get(dept.substring(dept.length() - L));
            if (os == null) continue;
            if (!os.kind().equals(org.kind())) return true;
            return level;
        }
        return false;
    }

    /** The longest title at the start of {@code [from, to)} (局长 in 局长一职), or null. */
    private String leadingTitle(Doc d, int from, int to) {
        for (int k = to; k >= from + 2; k--) {
            String title = title(d.simplified.substring(from, k));
            if (title != null) return d.original.substring(from, k);
        }
        return null;
    }

    /** The end of a Han run starting at {@code from}, at most {@link #MAX_TITLE} long. */
    private static int hanEnd(Doc d, int from) {
        int e = from;
        while (e < d.length && e - from < MAX_TITLE && Doc.isHan(d.at(e))) e++;
        return e;
    }

    /**
     * Posts written after the name: in brackets ({@code 王某（X县农业农村局局长、党组书记）}), after a comma when the title closes the phrase
     * ({@code 李某，县农业农村局局长；}) or after a verb of taking a
     * post ({@code 王某任X局局长}, {@code 被任命为}; {@code post-verbs.txt}). The organisation must follow the bracket or
     * the verb directly; titles after 、 are posts there when their kinds fit.
     */
    private void after(Doc d, Span p, Span[] orgStart, int[] placeEnd, List<Post> out) {
        int i = p.end();
        if (i >= d.length) return;
        Span org = null;
        char c = d.at(i);
        boolean comma = c == '，' || c == ',';
        if (c == '（' || c == '(' || comma) {
            if (i + 1 < d.length) org = orgStart[i + 1];
            if (org == null && comma) org = currentPost(d, i + 1, orgStart, placeEnd);
        } else {
            for (int L = Math.min(t.maxPostVerb, d.length - i); L >= 1 && org == null; L--) {
                if (t.postVerbs.contains(d.simplified.substring(i, i + L)) && i + L < d.length) org = orgStart[i + L];
            }
            // 任命李某为X局局长: a bare 为 only when 任命 stands before the name and the title closes the phrase
            if (org == null && c == '为' && i + 1 < d.length && p.start() >= 2 && d.simplified.startsWith("任命", p.start() - 2)) {
                org = orgStart[i + 1];
                comma = true;
            }
        }
        if (org == null) return;
        int pos = org.end();
        List<Post> found = new ArrayList<>();
        for (int guard = 0; guard < 6 && pos < d.length; guard++) {
            String shown = leadingTitle(d, pos, hanEnd(d, pos));
            if (shown == null) break;
            if (guard == 0) {
                for (String part : concurrent(shown)) found.add(new Post(p, part, org, p.start(), pos + shown.length()));
            } else if (fits(shown, org) && !otherBody(shown, org)) {
                found.add(new Post(p, shown, org, p.start(), pos + shown.length()));
            }
            pos += shown.length();
            if (pos >= d.length || d.at(pos) != '、') break;
            pos++;
        }
        // 李某，县农业局局长；: after a comma the title must close the phrase (县财政局局长王某 is someone else's post)
        if (comma && pos < d.length && "；;。，,）)！？".indexOf(d.at(pos)) < 0) return;
        out.addAll(found);
    }

    /** A post for each title of {@code shown} (董事长兼总经理: two), from the organisation to the person. */
    private void posts(Span person, String shown, Span org, List<Post> out) {
        for (String part : concurrent(shown)) out.add(new Post(person, part, org, org.start(), person.end()));
    }

    /**
     * Items of an official's profile written between the name and 现任 in appointment notices and biographies: sex,
     * nationality, date of birth, schooling, party, native place (女，汉族，1982年7月生，大学学历，中共党员，山西长治人).
     */
    private static final Pattern PROFILE_ITEM = Pattern.compile(
            "[男女]|\\p{IsHan}{1,5}族|[0-9０-９]{4}年[0-9０-９]{1,2}月(出)?生|\\p{IsHan}{0,8}(学历|学位)|中共(预备)?党员|群众"
                    + "|无党派人士|\\p{IsHan}{1,4}(盟员|会员)|\\p{IsHan}{2,6}人");

    /**
     * {@code 张某，女，汉族，1982年7月生，大学学历，中共党员，现任X街道党工委副书记}: after profile items, 现任 (now holds)
     * and the organisation, which places written before it may lead (长治市潞州区…). Null if the text is not so.
     */
    private static Span currentPost(Doc d, int from, Span[] orgStart, int[] placeEnd) {
        int k = from;
        for (int items = 0; items < 10; items++) {
            int comma = k;
            while (comma < d.length && comma - k <= 14 && d.at(comma) != '，' && d.at(comma) != ',') comma++;
            if (comma >= d.length || comma - k > 14 || !PROFILE_ITEM.matcher(d.simplified.substring(k, comma)).matches()) break;
            k = comma + 1;
        }
        if (k == from || !d.startsWith("现任", k)) return null;
        int o = k + 2;
        while (o < d.length && orgStart[o] == null && placeEnd[o] > o) o = placeEnd[o];
        return o < d.length ? orgStart[o] : null;
    }

    /** A title joined with 兼 ("and concurrently") split into its posts when each part is a title itself. */
    List<String> concurrent(String shown) {
        String[] parts = shown.split("兼");
        if (parts.length < 2) return List.of(shown);
        for (String part : parts) if (title(Doc.simplify(part)) == null) return List.of(shown); // 董事長兼總經理 too
        return List.of(parts);
    }

    public List<Post> positions(Doc d, List<Span> spans) {
        Span[] orgEnd = new Span[d.length + 1];
        Span[] orgStart = new Span[d.length + 1];
        int[] placeEnd = new int[d.length + 1]; // where a place starting at a position ends, 0 if none
        for (Span s : spans) if (s.type() == EntityType.Organization) {
            orgEnd[s.end()] = s;
            orgStart[s.start()] = s;
        } else if (s.type() == EntityType.Place) placeEnd[s.start()] = Math.max(placeEnd[s.start()], s.end());
        boolean[] personEnd = new boolean[d.length + 1];
        for (Span s : spans) if (s.type() == EntityType.Person) personEnd[s.end()] = true;
        List<Post> out = new ArrayList<>();
        for (Span p : spans) {
            if (p.type() != EntityType.Person) continue;
            int before = out.size();
            int i = d.beforeNote(p.start());
            List<String> pending = new ArrayList<>();
            for (int guard = 0; guard < 8; guard++) {
                int b = i;
                Span org = null;
                while (b > 0 && i - b < MAX_TITLE) {
                    if (orgEnd[b] != null) {
                        org = orgEnd[b];
                        break;
                    }
                    // 山西白求恩医院（山西医学科学院）副院长X: the body's other name in brackets between it and the title
                    if ((d.at(b - 1) == '）' || d.at(b - 1) == ')') && b < i) {
                        int open = d.simplified.lastIndexOf(d.at(b - 1) == '）' ? '（' : '(', b - 2);
                        if (open > 0 && b - 1 - open <= 24 && orgEnd[open] != null && orgEnd[b - 1] != null) org = orgEnd[open];
                        break;
                    }
                    if (!Doc.isHan(d.at(b - 1))) break;
                    if (personEnd[b] && b < i) break; // 县委书记张振华县长李明: a title never runs across another name
                    b--;
                }
                if (org == null && b > 1 && (d.at(b - 1) == '”' || d.at(b - 1) == '"') && orgEnd[b - 1] != null) org = orgEnd[b - 1];
                String title = title(d.simplified.substring(b, i));
                if (title == null) break;
                String shown = d.original.substring(b, i);
                if (org != null) {
                    // 董事长兼总经理: two posts at once
                    posts(p, shown, org, out);
                    for (String pt : pending) if (fits(pt, org) && !otherBody(pt, org)) out.add(new Post(p, pt, org, org.start(), p.end()));
                    pending.clear();
                    if (org.start() > 0 && d.at(org.start() - 1) == '、') {
                        i = org.start() - 1;
                        continue;
                    }
                    // 市委常委、秘书长，市直机关工委书记王志刚: posts at another body before, joined by ，, are the
                    // same person's when the text before the comma ends in a title (not in a name or a verb)
                    if (org.start() > 1 && d.at(org.start() - 1) == '，' && !personEnd[org.start() - 1] && endsInTitle(d, org.start() - 1)) {
                        i = org.start() - 1;
                        continue;
                    }
                    break;
                }
                pending.add(shown);
                // 党委书记、院长，主任医师、二级教授，博士研究生导师何国栋: titles of one person joined by 、 or ，
                if (b > 0 && (d.at(b - 1) == '、' || d.at(b - 1) == '，' && !personEnd[b - 1])) {
                    i = b - 1;
                    continue;
                }
                break;
            }
            if (out.size() == before) after(d, p, orgStart, placeEnd, out);
        }
        lists(d, spans, out);
        return out;
    }

    /**
     * Lists of people under one organisation (guideline: one organisation heading a list gives a row for each):
     * {@code 民进X市委主委A、副主委B、秘书长C} (title before each name: a name after 、 or ， whose title follows the
     * previous person holding a post there) and {@code X市委：A主委、B副主委} or {@code X市委：主委A、副主委B} (after a
     * colon, name then title or title then name).
     */
    private void lists(Doc d, List<Span> spans, List<Post> out) {
        java.util.Map<Integer, Span> personAt = new java.util.HashMap<>();
        java.util.Map<Span, Span> orgOf = new java.util.HashMap<>();
        for (Span s : spans) if (s.type() == EntityType.Person) personAt.put(s.start(), s);
        for (Post p : out) orgOf.putIfAbsent(p.person(), p.org());
        java.util.Map<Span, Post> shared = new java.util.HashMap<>();
        Span prev = null;
        for (Span s : spans) {
            if (s.type() == EntityType.Organization && s.end() + 1 < d.length && (d.at(s.end()) == '：' || d.at(s.end()) == ':')) {
                colonList(d, s, personAt, orgOf, out);
                prev = null;
                continue;
            }
            if (s.type() != EntityType.Person) continue;
            if (prev != null && !orgOf.containsKey(s) && s.start() == prev.end() + 1 && d.at(prev.end()) == '、') {
                // 副主委王立群、徐红: a name right after a named holder shares the title written before that holder
                Post q = shared.get(prev);
                for (int k = 0; k < out.size() && q == null; k++) {
                    Post c = out.get(k);
                    if (c.person() == prev && d.original.startsWith(c.title(), prev.start() - c.title().length())) q = c;
                }
                if (q != null && plural(q.title())) {
                    out.add(new Post(s, q.title(), q.org(), q.start(), s.end()));
                    orgOf.put(s, q.org());
                    shared.put(s, q);
                }
            }
            if (prev != null && !orgOf.containsKey(s) && orgOf.containsKey(prev) && s.start() - prev.end() >= 3) {
                char sep = d.at(prev.end());
                String seg = d.simplified.substring(prev.end() + 1, s.start());
                Span org = orgOf.get(prev);
                if ((sep == '、' || sep == '，' || sep == ',') && listTitle(seg, org)) {
                    posts(s, d.original.substring(prev.end() + 1, s.start()), org, out);
                    orgOf.put(s, org);
                } else if ((sep == '，' || sep == ',') && seg.length() <= 16 && seg.indexOf('、') > 0) {
                    // 局长王明，党组成员、副局长李强: several titles of the next person, each a post there
                    String[] parts = seg.split("、");
                    String[] shown = d.original.substring(prev.end() + 1, s.start()).split("、");
                    boolean all = parts.length == shown.length;
                    for (String part : parts) all &= listTitle(part, org);
                    if (all) {
                        for (String part : shown) posts(s, part, org, out);
                        orgOf.put(s, org);
                    }
                }
            }
            prev = s;
        }
    }

    /** A short title that is a post of {@code org} itself, as a list under that body gives it to the next name. */
    private boolean listTitle(String seg, Span org) {
        return title(seg) != null && seg.length() <= 8 && fits(seg, org) && !otherBody(seg, org);
    }

    /**
     * A title several people hold at one body (副主委, 副院长, 常委, 委员): only such a title is shared along a list of
     * names; a head's title (院长, 书记) is one person's, and a name after it is someone else's.
     */
    private static boolean plural(String shown) {
        String title = Doc.simplify(shown); // 常務委員 too
        return title.startsWith("副") || title.endsWith("委员") || title.endsWith("常委") || title.endsWith("成员");
    }

    /**
     * {@code X市委：A主委、B副主委、C秘书长} or {@code X市委：书记A、副书记B}: after the colon, each name followed or preceded
     * by its title, joined by 、 or ，.
     */
    private void colonList(Doc d, Span org, java.util.Map<Integer, Span> personAt, java.util.Map<Span, Span> orgOf, List<Post> out) {
        int pos = org.end() + 1;
        for (int guard = 0; guard < 20; guard++) {
            Span p = personAt.get(pos);
            if (p == null) { // title first: X市委：书记A、副书记B
                Span q = null;
                for (int k = pos + 2; k <= Math.min(d.length - 1, pos + MAX_TITLE) && q == null; k++) {
                    if (!Doc.isHan(d.at(k - 1))) break;
                    Span c = personAt.get(k);
                    if (c != null && title(d.simplified.substring(pos, k)) != null) q = c;
                }
                if (q != null) {
                    String shown = d.original.substring(pos, q.start());
                    if (fits(shown, org) && !otherBody(shown, org)) {
                        posts(q, shown, org, out);
                        orgOf.putIfAbsent(q, org);
                    }
                    int te = q.end();
                    if (te >= d.length || !(d.at(te) == '、' || d.at(te) == '，' || d.at(te) == ',')) return;
                    pos = te + 1;
                    continue;
                }
            }
            if (p == null) { // a name the person rules missed: go on after the next 、
                int k = pos;
                while (k < d.length && k - pos <= 10 && Doc.isHan(d.at(k))) k++;
                if (k - pos > 10 || k >= d.length || d.at(k) != '、') return;
                pos = k + 1;
                continue;
            }
            int e = p.end();
            while (e < d.length && e - p.end() < MAX_TITLE && Doc.isHan(d.at(e))) e++;
            String title = null;
            for (int k = e; k >= p.end() + 2 && title == null; k--) title = title(d.simplified.substring(p.end(), k)); // 秘书长参加调研 -> 秘书长
            if (title == null) return;
            int te = p.end() + title.length();
            out.add(new Post(p, d.original.substring(p.end(), te), org, org.start(), te));
            orgOf.putIfAbsent(p, org);
            if (te >= d.length || !(d.at(te) == '、' || d.at(te) == '，' || d.at(te) == ',')) return;
            pos = te + 1;
        }
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
