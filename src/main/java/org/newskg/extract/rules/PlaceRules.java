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
    /** A child the gazetteer lists under the place written right before it: beats the suffix grammar's cut. */
    static final int PRIO_CHAIN = 36;
    /** A park or base named with the place before it (guideline 16): one span, over that place. */
    static final int PRIO_WHOLE = 37;
    /** Longest child name tried after a place (official names: 南平头坞村, 光裕堡乡; 街道, 社区 names are longer). */
    private static final int MAX_CHILD = 8;

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
        for (int e = 1; e <= d.length; e++) {
            if (!t.placeSuffixEnds.contains(d.simplified.charAt(e - 1))) continue;
            if (!d.boundary(e) && !townshipOpeningToken(d, e) && !doubledEnding(d, e)) continue;
            for (int L = Math.min(t.maxPlaceSuffix, e); L >= 1; L--) {
                String suf = d.simplified.substring(e - L, e);
                Tables.PlaceSuffix ps = t.placeSuffixes.get(suf);
                if (ps == null) continue;
                Span sp = bySuffix(d, e - L, e, ps, out);
                if (sp != null && !verbGlued(d, sp.start(), d.simplified.substring(sp.start(), sp.end()))) out.add(sp);
                break; // the longest ending decides (…社区 is no …区)
            }
        }
        chainByGazetteer(d, out);
        familyVillages(d, out);
        villageGroups(d, out);
        localNamesReadAsPersons(d, out);
        doubledVillageEnding(d, out);
        listedVillages(d, out);
        return out;
    }

    /**
     * 可见砖壁/n 村、王家峪村: a village named by an ordinary word stands in a list (、) beside a village found; it is a
     * village too. The item is one to four Han characters of noun or name tokens before the same ending.
     */
    private void listedVillages(Doc d, List<Span> out) {
        for (int round = 0; round < 4; round++) {
            List<Span> add = new ArrayList<>();
            for (Span s : out) {
                if (s.type() != EntityType.Place || s.rank() != 1 || s.end() - s.start() < 2) continue;
                char ending = d.at(s.end() - 1);
                if (ending != '村') continue;
                if (s.start() >= 3 && d.at(s.start() - 1) == '、') listItem(d, s.start() - 1, ending, out, add);
                if (d.at(s.end()) == '、') {
                    int k = s.end() + 1;
                    while (k < d.length && k - s.end() <= 6 && Doc.isHan(d.at(k)) && d.at(k) != ending) k++;
                    if (k < d.length && d.at(k) == ending && (d.at(k + 1) == '、' || !Doc.isHan(d.at(k + 1)) || d.boundary(k + 1)))
                        listItem(d, k + 1, ending, out, add);
                }
            }
            if (add.isEmpty()) return;
            out.addAll(add);
        }
    }

    /** The list item ending at {@code e} with {@code ending} (砖壁村), when no place covers it and its name is plain. */
    private void listItem(Doc d, int e, char ending, List<Span> out, List<Span> add) {
        if (d.at(e - 1) != ending) return;
        int ss = e - 1;
        for (Span f : out) if (f.start() < e && f.end() > ss - 1) return;
        for (Span f : add) if (f.start() < e && f.end() > ss - 1) return;
        int start = ss;
        while (start > 0 && ss - start < 4) {
            int ti = d.tokenAt(start - 1);
            String nat = d.nature(ti);
            if (d.tokEnd(ti) != start || !Grammar.allHan(d.word(ti)) || ss - d.tokStart(ti) > 4) break;
            if (!(nat.startsWith("n") && !nat.equals("nnt") || nat.equals("ng") || nat.equals("a") || nat.equals("b"))) break;
            if (t.orgStopWords.contains(d.word(ti))) break;
            start = d.tokStart(ti);
        }
        if (start == ss) return;
        String w = d.simplified.substring(start, e);
        if (t.stopPlaces.contains(w) || numeralName(w.substring(0, w.length() - 1))) return;
        add.add(new Span(start, e, EntityType.Place, "Village", 1, null, PRIO_GRAMMAR, "suffix:村:list"));
    }

    /** Characters after a village's 村 that make it the first of a village word (村民, 村委会, 村党支部, 村干部…). */
    private static final String VILLAGE_WORD_NEXT = "民委党干集两级规务史组口头里";

    /**
     * 上村镇上村村: a village whose name ends in 村 (上村, as the gazetteer names it), written with the village ending
     * once more. The whole 上村村 is the village, unless the second 村 opens a village word (上村村民, 上村村委会).
     */
    private static void doubledVillageEnding(Doc d, List<Span> out) {
        List<Span> add = new ArrayList<>();
        for (Span s : out) {
            int e = s.end();
            if (s.rank() != 1 || s.type() != EntityType.Place || d.at(e - 1) != '村' || d.at(e) != '村') continue;
            if (VILLAGE_WORD_NEXT.indexOf(d.at(e + 1)) >= 0 || d.tokEnd(d.tokenAt(e)) != e + 1) continue;
            // 刘庄村村/貌: a lone bound character after it makes the second 村 part of a word (村貌)
            if (Doc.isHan(d.at(e + 1)) && d.tokEnd(d.tokenAt(e + 1)) - (e + 1) < 2 && "和与及的等是在".indexOf(d.at(e + 1)) < 0) continue;
            add.add(new Span(s.start(), e + 1, s.type(), s.subtype(), s.rank(), s.kind(), s.priority() + 1, s.rule() + ":doubled"));
        }
        out.addAll(add);
    }

    /**
     * 青龙乡下河村 segmented 青龙/nz 乡下/s 河/n 村/n: the township's ending opens HanLP's next token (乡下, 镇上), so no
     * token ends there. It still ends the township when the gazetteer knows the characters before it with that ending as
     * a township's official name (2-5 characters) and a village name follows (one to four characters, then 村); the
     * village after it is then cut at the township's end.
     */
    private boolean townshipOpeningToken(Doc d, int e) {
        char c = d.simplified.charAt(e - 1);
        if (c != '乡' && c != '镇' || d.tokStart(d.tokenAt(e - 1)) != e - 1) return false;
        // a village follows: one to four more characters of a name, then 村 (宜居乡村 is the word 乡村, no village)
        boolean village = false;
        for (int k = e + 1; k <= Math.min(d.length - 1, e + 4) && !village; k++) village = d.at(k) == '村' && Grammar.allHan(d.simplified.substring(e, k));
        if (!village) return false;
        for (int k = Math.min(5, e); k >= 2; k--) {
            PlaceIndex.Info info = index.lookup(d.simplified.substring(e - k, e));
            if (info != null && info.rank() == 2 && !info.shortForm() && Grammar.allHan(d.simplified.substring(e - k, e))) return true;
        }
        return false;
    }

    /** What follows a doubled township or village ending when it opens the head's title or body (乡长, 镇党委, 村民). */
    private static final List<String> DOUBLED_HEADS = List.of("长", "党", "政府", "人大", "纪委", "干部", "委", "民", "支书", "主任", "两委");

    /**
     * 王店乡乡长李军 segmented 王店/nr 乡乡/q 长/a: HanLP glued the township's ending to the first character of its head's
     * title, so no token ends there. A 乡, 镇 or 村 ending doubled into one token, and followed by a head's title or body
     * (乡长, 镇党委, 村民), still ends a place name.
     */
    private static boolean doubledEnding(Doc d, int e) {
        char c = d.simplified.charAt(e - 1);
        if (c != '乡' && c != '镇' && c != '村' || e >= d.length || d.at(e) != c) return false;
        int ti = d.tokenAt(e - 1);
        if (d.tokStart(ti) != e - 1 || d.tokEnd(ti) != e + 1) return false;
        for (String h : DOUBLED_HEADS) if (d.startsWith(h, e + 1)) return true;
        return false;
    }

    private static final String GROUP_NUMERALS = "一二三四五六七八九十0123456789０１２３４５６７８９";

    /**
     * Sub-village groups numbered after their village (guideline 17: 牌楼村三组, 牌坊村8组): Place/Other, written right
     * after a village found here, so that they chain under it. A number alone before 组 elsewhere is no place (三组数据).
     */
    private static void villageGroups(Doc d, List<Span> out) {
        List<Span> add = new ArrayList<>();
        for (Span v : out) {
            if (v.rank() != 1 || v.type() != EntityType.Place) continue;
            int k = v.end();
            while (k < d.length && k - v.end() < 3 && GROUP_NUMERALS.indexOf(d.at(k)) >= 0) k++;
            if (k == v.end() || k >= d.length || d.at(k) != '组') continue;
            if (k + 1 < d.length && Doc.isHan(d.at(k + 1)) && !d.boundary(k + 1)) continue; // 三组织
            add.add(new Span(v.end(), k + 1, EntityType.Place, "Other", 0, null, PRIO_GRAMMAR, "village-group"));
        }
        out.addAll(add);
    }

    /** After the last conjunction token or enumeration comma between {@code start} and {@code ss}, if any. */
    private static int afterConjunction(Doc d, int start, int ss) {
        int out = start;
        for (int p = start; p < ss; ) {
            int ti = d.tokenAt(p);
            if (d.tokStart(ti) >= start && (d.nature(ti).startsWith("c") || d.at(p) == '、') && d.tokEnd(ti) < ss) out = d.tokEnd(ti);
            p = Math.max(p + 1, d.tokEnd(ti));
        }
        return out;
    }

    /**
     * Endings of parks, squares and roads with a direction, which are named by any word (人民公园, 滨河公园, 文化广场,
     * 解放南路, 英雄中路); a plain 路 stays strict, as roads of speech are common (致富路, 小康路).
     */
    private static final java.util.Set<String> PARK_ENDINGS = java.util.Set.of("公园", "广场", "东路", "西路", "南路", "北路", "中路", "大道");

    /** Endings of mountains, ranges, rivers, lakes and roads: a name only where HanLP recognised it (长江/ns, 秦岭/ns). */
    private static final java.util.Set<String> RECOGNISED_ONLY = java.util.Set.of("山", "岭", "河", "江", "湖", "路");

    /** Above HanLP's person names with a cue (25), below names after a post title (45). */
    static final int PRIO_LOCAL_NAME = 26;

    /**
     * HanLP reads township and village names as persons (白雀园/nr, 闫家庄/nr, 甘溪滩/nr). A name token the gazetteer
     * knows at township or village level is that place when the same text also writes it with a place or organisation
     * ending directly after it (白雀园镇, 闫家庄卫生院); a person's name is not written so. Three characters or more: a
     * two-character token is often the given name after a lone surname (张/q 金科/nrf).
     */
    private void localNamesReadAsPersons(Doc d, List<Span> out) {
        java.util.Map<String, Boolean> seen = new java.util.HashMap<>();
        for (int i = 0; i < d.tokens(); i++) {
            if (!d.nature(i).startsWith("nr")) continue;
            String w = d.word(i);
            if (w.length() < 3 || w.length() > 4 || !Grammar.allHan(w)) continue; // 张/q 金科/nrf: two characters are a given name
            if (Boolean.FALSE.equals(seen.get(w))) continue; // looked at before: no place, or never written with an ending
            Boolean ok = seen.get(w);
            PlaceIndex.Info info = index.lookupLocal(w);
            if (info == null || info.rank() < 1 || info.rank() > 2) {
                seen.put(w, false);
                continue;
            }
            if (ok == null) {
                ok = false;
                for (int k = d.simplified.indexOf(w); k >= 0 && !ok; k = d.simplified.indexOf(w, k + 1)) {
                    int after = k + w.length();
                    if ("镇乡村".indexOf(d.at(after)) >= 0 || d.startsWith("街道", after) || d.startsWith("社区", after)) ok = true;
                    else ok = orgSuffixAt(d, after); // an organisation ending right after it (闫家庄卫生院)
                }
                seen.put(w, ok);
            }
            if (ok) out.add(new Span(d.tokStart(i), d.tokEnd(i), EntityType.Place, info.subtype(), info.rank(), null, PRIO_LOCAL_NAME, "local-name"));
        }
    }

    /**
     * Places written after a township, county or city are cut where the gazetteer's children of that place end
     * (石坡乡|南平头坞村, not 石坡乡南平|头坞村; 壶关县|大峡谷镇|大河村), also a village written without 村 (辛安镇|刘庄).
     * Each found child is itself tried as a parent.
     */
    private void chainByGazetteer(Doc d, List<Span> out) {
        List<Span> work = new ArrayList<>();
        for (Span p : out) if (p.rank() >= 2) work.add(p);
        java.util.Set<Long> done = new java.util.HashSet<>();
        for (int k = 0; k < work.size(); k++) {
            Span p = work.get(k);
            if (!done.add((long) p.start() << 32 | p.end())) continue;
            String parent = d.simplified.substring(p.start(), p.end());
            int e0 = p.end();
            for (int L = Math.min(MAX_CHILD, d.length - e0); L >= 2; L--) {
                String c = d.simplified.substring(e0, e0 + L);
                if (!Grammar.allHan(c) || t.stopPlaces.contains(c)) continue;
                PlaceIndex.Info info = index.childOf(c, parent);
                if (info == null || info.rank() >= p.rank() || info.rank() < 1) continue;
                if (info.shortForm()) {
                    // 刘庄 for 刘庄村: a whole token run, not an ordinary word, not the start of a longer name
                    // (东山乡伯强党性教育基地: 伯强 opens a longer name there)
                    char next = d.at(e0 + L);
                    if (Doc.isHan(next) && (!d.boundary(e0 + L) || "的和与及是在等为".indexOf(next) < 0)) continue;
                    if (ordinaryWord(c)) continue;
                }
                if (orgSuffixAt(d, e0 + L - 1)) continue; // 大木瓜村委会: the committee is the organisation (guideline 12)
                Span sp = new Span(e0, e0 + L, EntityType.Place, info.subtype(), info.rank(), null, PRIO_CHAIN, "chain");
                out.add(sp);
                if (sp.rank() >= 2) work.add(sp);
                break;
            }
        }
    }

    /** Landform endings of village names made of a family name + 家 (何家沟, 李家洼, 王家坪, 张家峪). */
    private static final String FAMILY_VILLAGE_ENDS = "沟洼坪庄峪湾岭塬梁寨屯营堡坡岗冲畈垸";

    /**
     * A village missing from the gazetteer written right after its township without 村 (X乡何家沟, X镇李家洼): a
     * surname, 家 and a landform ending, standing as a whole token run (guideline 17: Village without code). With 村
     * after it the suffix grammar has it already.
     */
    private void familyVillages(Doc d, List<Span> out) {
        List<Span> add = new ArrayList<>();
        for (Span p : out) {
            int e0 = p.end();
            if (p.rank() != 2 || e0 + 3 > d.length) continue;
            if (!t.surnames.contains(String.valueOf(d.at(e0))) || d.at(e0 + 1) != '家' || FAMILY_VILLAGE_ENDS.indexOf(d.at(e0 + 2)) < 0) continue;
            if (!d.boundary(e0) || !d.boundary(e0 + 3) || "村组社".indexOf(d.at(e0 + 3)) >= 0) continue;
            boolean covered = false;
            for (Span f : out) if (f.start() < e0 + 3 && f.end() > e0 && f.rank() >= 0 && f != p) covered = true;
            if (!covered) add.add(new Span(e0, e0 + 3, EntityType.Place, "Village", 1, null, PRIO_GRAMMAR, "family-village"));
        }
        out.addAll(add);
    }

    /** An organisation ending of two or more characters starts at {@code pos} (村委会, 镇政府, 村党支部). */
    private boolean orgSuffixAt(Doc d, int pos) {
        for (int L = Math.min(t.maxOrgSuffix, d.length - pos); L >= 2; L--) if (t.orgSuffixes.containsKey(d.simplified.substring(pos, pos + L))) return true;
        return false;
    }

    /** A word HanLP's core dictionary knows, but not as a place or proper name (中心, 新华 as ns stays a name). */
    static boolean ordinaryWord(String w) {
        var attr = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        if (attr == null) return false;
        for (var n : attr.nature) {
            String ns = n.toString();
            if (ns.startsWith("ns") || ns.startsWith("nr") || ns.startsWith("nz")) return false;
        }
        return true;
    }

    /**
     * A two-character full name read as a one-character function word (conjunction, preposition, particle, adverb,
     * pronoun) and a level word on its own (和/cc 县/n): the text says "and the county", not the county 和县.
     */
    private static boolean functionCharThenLevel(Doc d, int i) {
        if (!d.boundary(i) || !d.boundary(i + 1) || d.tokEnd(d.tokenAt(i)) != i + 1) return false;
        String nat = d.nature(d.tokenAt(i));
        return nat.startsWith("c") || nat.startsWith("p") || nat.startsWith("u") || nat.startsWith("r") || nat.equals("d");
    }

    /** A river named by one rare character that makes no word with its ending (洹/g 河, 沅/g 江; not 沿河, 江河). */
    private static boolean oneCharRiver(Doc d, int start, int ss, int e, Tables.PlaceSuffix ps) {
        if (ss - start != 1 || !d.boundary(start) || !(ps.suffix().equals("河") || ps.suffix().equals("江"))) return false;
        int tj = d.tokenAt(start);
        String nat = d.nature(tj);
        return d.tokEnd(tj) == ss && (nat.equals("g") || nat.equals("ng") || nat.equals("x"))
                && com.hankcs.hanlp.dictionary.CoreDictionary.get(d.simplified.substring(start, e)) == null;
    }

    /** Drops leading places that another place follows (赣州市|南康区家具产业园): only the last one owns the name. */
    private static int nearestOwner(int start, int ss, List<Span> found) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Span f : found) {
                if (f.start() != start || f.rank() < 1 || f.end() >= ss) continue;
                for (Span g : found) if (g.start() == f.end() && g.rank() >= 1 && g.end() < ss) { start = f.end(); changed = true; }
                if (changed) break;
            }
        }
        return start;
    }

    /** The span ends a short quoted phrase (“陶村”, “中国扇子第一村”), or holds an ordinal (第一村). */
    private static boolean quotedEpithet(Doc d, int start, int e) {
        if (d.simplified.substring(start, e).contains("第")) return true;
        char close = d.at(e);
        if (close != '”' && close != '"' && close != '」' && close != '』') return false;
        for (int k = start - 1; k >= 0 && k >= start - 8; k--) {
            char c = d.at(k);
            if (c == '“' || c == '"' || c == '「' || c == '『') return true;
            if (!Doc.isHan(c)) return false;
        }
        return false;
    }

    /** An administrative place of at least {@code minRank} found ending at {@code i} (安徽省|和县 with rank 4: a city or province). */
    private static boolean placeEndsAt(List<Span> found, int i, int minRank) {
        for (Span f : found) if (f.end() == i && f.rank() >= minRank) return true;
        return false;
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
        for (int i = 0; i < d.length; i++) {
            if (!Doc.isHan(d.at(i)) || i + 2 > d.length || !upperPrefixes.contains(d.simplified.substring(i, i + 2))) continue;
            // HanLP may read a surname-like character before a place as a person (位/q 于黎城/nr 县): a full official
            // name may then start inside that person token
            boolean inPerson = !d.boundary(i) && d.nature(d.tokenAt(i)).startsWith("nr");
            if (!d.boundary(i) && !inPerson) continue;
            for (int L = Math.min(max, d.length - i); L >= 2; L--) {
                String w = d.simplified.substring(i, i + L);
                PlaceIndex.Info info = index.upperNames().get(w);
                if (info == null || t.stopPlaces.contains(w)) continue; // 城区, 郊区, 矿区 are districts and ordinary words
                if (inPerson && (info.shortForm() || d.tokEnd(d.tokenAt(i)) >= i + L)) continue; // the name must end past the person
                if (verbGlued(d, i, w)) continue; // 出任县供销社主任: 任 closes the verb, 县… opens the organisation
                if (L == 2 && functionCharThenLevel(d, i) && !placeEndsAt(out, i, 4)) continue; // 三中和/cc 县/n 二小: no 和县
                boolean endOk = d.boundary(i + L) || !info.shortForm() && !Doc.isHan(d.at(i + L));
                if (!endOk && !info.shortForm()) endOk = true; // full names (…县) end themselves
                if (info.shortForm()) {
                    // 平阳路, 永康北路: part of a longer name; but 襄垣北部, 武乡东侧: a direction word after the name
                    boolean direction = "东西南北".indexOf(d.at(i + L)) >= 0 && "部侧边面端".indexOf(d.at(i + L + 1)) >= 0;
                    if ("路街道巷东西南北镇乡村峡山河湖寺阁".indexOf(d.at(i + L)) >= 0 && !direction) continue;
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
            PlaceIndex.Info info = index.upperNames().get(d.simplified.substring(sp.start(), sp.end()));
            boolean full = info.code() != null && codes.contains(info.code());
            boolean list = d.at(sp.start() - 1) == '、' || d.at(sp.end()) == '、';
            boolean dateline = d.at(sp.end()) == '讯' || d.at(sp.end()) == '：' || d.at(sp.end()) == ':';
            if (full || list || dateline) out.add(sp);
        }
        for (Span sp : splitShortCounties) {
            PlaceIndex.Info info = index.upperNames().get(d.simplified.substring(sp.start(), sp.end()));
            if (info.code() != null && codes.contains(info.code())) out.add(sp);
        }
    }

    /** 出任县供销社主任: the first character closes a verb of taking a post (see {@link Grammar#postVerbGlued}). */
    private boolean verbGlued(Doc d, int i, String w) {
        return w.length() >= 2 && Grammar.postVerbGlued(d, i, t);
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
        // (龙头山镇的光明村: 的 after the place ends the chain; the name after it stands on its own)
        if (prev != null && ps.rank() >= 1 && prev.rank() > ps.rank() && Grammar.allHan(d.simplified.substring(prev.end(), ss))
                && d.at(prev.end()) != '的') {
            int len = ss - prev.end();
            boolean inner = false;
            for (int k = prev.end() + 1; k < ss; k++) { // an administrative ending inside (下河村's 河 is a river's, no level)
                Tables.PlaceSuffix in = t.placeSuffixes.get(String.valueOf(d.at(k)));
                if (in != null && in.rank() >= 1) inner = true;
            }
            if (len >= 1 && len <= 5 && !inner && !t.stopPlaces.contains(d.simplified.substring(prev.end(), e))) start = prev.end();
        }
        if (start < 0) {
            if (ps.rank() == 0) {
                int maxLen = RECOGNISED_ONLY.contains(ps.suffix()) ? 3 : 10;
                start = Grammar.leftExtend(d, ss, maxLen, true, t, ti -> false);
                // 皂/n 市/n 水库: named by a township or county whose name HanLP cut into characters
                for (int L = 3; start > ss - 2 && L >= 2; L--)
                    if (ss - L >= 0 && d.boundary(ss - L) && namedByDivision(d.simplified.substring(ss - L, ss))) start = ss - L;
                int ti = d.tokenAt(ss);
                if (d.tokStart(ti) < ss && start > d.tokStart(ti)) start = d.tokStart(ti);
                start = unknownNameRun(d, start, ss, found);
                int named = leadingVerbs(d, start, ss); // 调研天舒广场: the verb is no part of the name
                if (named >= ss && PARK_ENDINGS.contains(ps.suffix())) { // 解放/v 南路: a verb alone before the ending is the name
                    int tl = d.tokenAt(ss - 1);
                    int ts = d.tokStart(tl);
                    boolean opens = ts == 0 || !Doc.isHan(d.at(ts - 1)) || d.nature(d.tokenAt(ts - 1)).startsWith("c")
                            || d.nature(d.tokenAt(ts - 1)).startsWith("p");
                    if (d.tokEnd(tl) == ss && ss - ts >= 2 && opens && Grammar.allHan(d.simplified.substring(ts, ss))) named = ts;
                }
                start = named;
                start = afterConjunction(d, start, ss); // 人民公园和/cc 滨河公园: two names
                if (ps.whole()) { // 博兴县智能循环水现代渔业产业园 is one span; only the nearest owner (赣州市|南康区家具产业园, guideline 7)
                    int owner = wholeOwner(d, start, found);
                    start = owner < start ? owner : Grammar.ownerPlace(start, found);
                    start = nearestOwner(start, ss, found);
                }
                else start = Grammar.dropAllLeadingPlaces(start, e, found);
                // 滚/vi 子/ng 河/n 村/n 李家湾自然村: a village or township found across the start ends before the name
                for (Span f : found) if (f.rank() >= 1 && f.start() < start && f.end() > start && f.end() < ss) start = f.end();
                if (maxLen == 3) { // mountains, rivers, roads: only as a recognised name
                    int tj = d.tokenAt(start);
                    // 岷江/nz: HanLP tags some rivers and mountains as other proper names
                    boolean token = d.tokStart(tj) == start && d.tokEnd(tj) == e
                            && (d.nature(tj).startsWith("ns") || d.nature(tj).equals("nz") && !ps.suffix().equals("路"));
                    // 长兴/ns 路: a place-name token of two or three characters right before the ending names it too
                    boolean nameToken = d.tokStart(tj) == start && d.tokEnd(tj) == ss && ss - start >= 2
                            && d.nature(tj).startsWith("ns") && d.boundary(ss) && d.tokEnd(d.tokenAt(ss)) == e;
                    // 龙子湖/nr, 党河/nr: HanLP reads a lake or river as a person's name; 洹/g 河: a river named by one
                    // rare character that makes no word with the ending
                    boolean waterToken = d.tokStart(tj) == start && d.tokEnd(tj) == e && d.nature(tj).startsWith("nr")
                            && (ps.suffix().equals("湖") || ps.suffix().equals("河")) && e - start >= 2;
                    if (waterToken || oneCharRiver(d, start, ss, e, ps)) token = true;
                    // 皂/n 市/n 水库: a reservoir, river or mountain named by a township or county the gazetteer knows
                    if (!token && ss - start >= 2 && ss - start <= 3 && namedByDivision(d.simplified.substring(start, ss))) token = true;
                    if (!token && !nameToken && (prev == null || prev.end() != start)) return null;
                    // 太行山/ns 水: the ending opens a landscape word (山水, 山川); the name is the part before it
                    if (token && ss - start >= 2 && LANDSCAPE_WORDS.contains(d.simplified.substring(ss, Math.min(d.length, e + 1))))
                        return new Span(start, ss, EntityType.Place, ps.subtype(), ps.rank(), null, PRIO_GRAMMAR, "suffix:" + ps.suffix() + ":cut");
                }
            } else {
                start = knownName(d, ss, e, ps);
                if (start < 0) start = shortName(d, ss, ps, found);
                // 黄岩/ns 白马村/nr: HanLP read the village as one token after a place token; the place is no part of it
                int tk = d.tokenAt(ss);
                int ts = d.tokStart(tk);
                if (start >= 0 && start < ts && ts < ss && ss - ts >= 2 && d.tokEnd(tk) == e && properName(d.nature(tk))
                        && d.nature(d.tokenAt(ts - 1)).startsWith("ns")) start = ts;
            }
        }
        if (start < 0 || start >= ss) return null;
        String w = d.simplified.substring(start, e);
        String name = d.simplified.substring(start, ss);
        if (t.stopPlaces.contains(w) || t.stopPlaces.contains(name) || name.length() == 0) return null;
        boolean chained = prev != null && prev.end() == start;
        if (t.orgStopWords.contains(name.substring(0, 1)) && name.length() <= 2 && !chained && !placeToken(d, start, e)) return null;
        if (chained && ps.rank() >= 1 && ps.grammar() && !chainedNameOk(d, prev, start, ss, e)) return null;
        if (t.orgStopWords.contains(d.word(d.tokenAt(start)))) return null; // 潞城区以企带村
        if (ps.rank() >= 1 && ps.grammar() && !chained && numeralName(name)) return null; // 千村, 三镇
        // 舞阳县的穷/a 村: one adjective before the ending describes a village, it names none (unless the gazetteer knows it)
        if (ps.rank() >= 1 && ps.grammar() && !chained && name.length() == 1 && d.nature(d.tokenAt(start)).startsWith("a")
                && index.lookup(w) == null) return null;
        if (ps.rank() >= 1 && ps.grammar() && !chained && !nameLike(d, start, ss) && !placeToken(d, start, e) && !nameTokenAfterPlace(d, start, e)
                && !knownTownship(w, ps)) return null;
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
        // 素有“陶村”之称, “中国扇子第一村”: a quoted epithet the gazetteer does not know is no village (guideline 15)
        if (info == null && ps.rank() >= 1 && quotedEpithet(d, start, e)) return null;
        String subtype = info != null ? info.subtype() : ps.subtype();
        int rank = info != null ? info.rank() : ps.rank();
        // A place found as a gazetteer name already covers it.
        for (Span f : found) if (f.start() == start && f.end() == e) return null;
        int prio = info != null ? PRIO_KNOWN : PRIO_GRAMMAR;
        if (ps.whole()) for (Span f : found) if (f.rank() >= 1 && f.start() == start && f.end() <= ss) prio = PRIO_WHOLE; // over the place it holds (长汀县|博物馆)
        return new Span(start, e, EntityType.Place, subtype, rank, null, prio, "suffix:" + ps.suffix());
    }

    /** A township's name without its ending (皂市 for 皂市镇) or a county's or city's name. */
    private boolean namedByDivision(String name) {
        // an ordinary word that some township is named by (幸福镇) is that word here (各村幸福屋场)
        if (Doc.ordinaryWord(name)) return false;
        if (index.upperNames().containsKey(name)) return true;
        for (String end : List.of("镇", "乡")) {
            PlaceIndex.Info info = index.lookup(name + end);
            if (info != null && info.rank() == 2 && !info.shortForm()) return true;
        }
        return false;
    }

    /** A village or township name part: not an ordinary non-noun word (发展社区, 优秀社区, 当地乡村). */
    private boolean nameLike(Doc d, int start, int ss) {
        String name = d.simplified.substring(start, ss);
        int ti = d.tokenAt(start);
        String first = d.simplified.substring(start, Math.min(d.tokEnd(ti), ss));
        String nat = d.nature(ti);
        // 、张大/v 屯村: in a list, a surname character opens a village's name whatever HanLP read it as
        boolean listed = start > 0 && d.at(start - 1) == '、' && t.surnames.contains(String.valueOf(d.at(start))) && ss - start >= 2;
        if (!listed && first.length() >= 2 && (nat.startsWith("a") || nat.startsWith("b") || nat.startsWith("v") || nat.startsWith("d")
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
        String name = d.simplified.substring(start, ss);
        if (name.isEmpty()) return false;
        for (Span p : found) if (p.start() >= start && p.end() <= ss) return true;
        if (namedByDivision(name)) return true; // 皂市水库
        for (int p = start; p < ss; ) {
            int ti = d.tokenAt(p);
            if (Grammar.properNature(d.nature(ti))) return true;
            p = d.tokEnd(ti);
        }
        // 人民公园, 滨河公园, 青松广场, 解放南路: a park, square or road with a direction is named by any word before it;
        // the kinds of park that are no name (口袋公园, 湿地公园, 休闲广场) are in stop-places.txt
        if (PARK_ENDINGS.contains(ps.suffix()) && name.length() >= 2 && name.length() <= 4 && Grammar.allHan(name)
                && !t.stopPlaces.contains(name + ps.suffix())) return true;
        if (ps.suffix().length() >= 2 && !specificName(d, start, ss)) return false; // 现代农业生态产业园区, 旱地西红柿产业园区
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
        if (oneCharRiver(d, start, ss, ss + ps.suffix().length(), ps)) return true; // 洹/g 河
        if (ps.suffix().length() == 1 && name.length() >= 2 && name.length() <= 3) {
            String w = name + ps.suffix();
            return com.hankcs.hanlp.dictionary.CoreDictionary.get(w) == null && !t.stopPlaces.contains(w);
        }
        return false;
    }

    /**
     * A village or township written right after a higher place (白雀园镇信用村, 光裕堡乡全面推进村): the gazetteer's
     * child of that place, or else a part that is no numeral count or verb phrase (campaign words such as 信用村 are in
     * stop-places.txt; ordinary nouns stay, many communities are named with them: 梧桐社区).
     */
    private boolean chainedNameOk(Doc d, Span prev, int start, int ss, int e) {
        if (index.childOf(d.simplified.substring(start, e), d.simplified.substring(prev.start(), prev.end())) != null) return true;
        // 浑江区|幸福社区: a district's community written without its street, known to the gazetteer
        if (prev.rank() == 3 && index.grandchildOf(d.simplified.substring(start, e), d.simplified.substring(prev.start(), prev.end())) != null) return true;
        if (numeralName(d.simplified.substring(start, ss))) return false;
        for (int p = start; p < ss; ) {
            int ti = d.tokenAt(p);
            String nat = d.nature(ti);
            if (d.tokEnd(ti) - d.tokStart(ti) >= 2 && (nat.startsWith("v") || nat.startsWith("d") || nat.startsWith("ad")
                    || nat.startsWith("r") || nat.startsWith("p") || nat.startsWith("c"))) return false; // 全面/ad 推进/v
            p = d.tokEnd(ti);
        }
        return true;
    }

    /** Only numerals, counting words and level characters (千村, 三镇五村, 整村): a count, not a name. */
    static boolean numeralName(String name) {
        for (int i = 0; i < name.length(); i++) if ("一二三四五六七八九十百千万两几数多整全各每镇乡村县区市".indexOf(name.charAt(i)) < 0) return false;
        return true;
    }

    /** A township the gazetteer knows by this official name, though its name part is a word (盐井/n 镇). */
    private boolean knownTownship(String w, Tables.PlaceSuffix ps) {
        if (ps.rank() != 2) return false;
        PlaceIndex.Info info = index.lookup(w);
        return info != null && info.rank() == 2 && !info.shortForm();
    }

    /**
     * A park or base named with a county, city or province (guideline 16) starts at that place when only noun-like
     * words stand between (博兴县|智能/循环/水/现代/渔业|产业园), at most 14 characters; a verb or function word in
     * between (在博兴县调研了…) keeps the start.
     */
    private static int wholeOwner(Doc d, int start, List<Span> found) {
        int pos = start;
        while (pos > 0 && start - pos <= 14) {
            for (Span f : found) if (f.rank() >= 3 && f.end() == pos) return f.start();
            int ti = d.tokenAt(pos - 1);
            String nat = d.nature(ti);
            if (!Grammar.allHan(d.word(ti)) || !(Grammar.nameNature(nat) || nat.equals("t") || nat.equals("a") || nat.equals("vn"))) break;
            pos = d.tokStart(ti);
        }
        return start;
    }

    /** HanLP read the whole village as one name token (白马村/nr) right after a place token (黄岩/ns). */
    private static boolean nameTokenAfterPlace(Doc d, int start, int e) {
        int ti = d.tokenAt(start);
        return start > 0 && d.tokStart(ti) == start && d.tokEnd(ti) == e && e - start >= 3 && properName(d.nature(ti))
                && d.boundary(start) && d.nature(d.tokenAt(start - 1)).startsWith("ns");
    }

    /** HanLP read the whole village as one place token (新桥村/ns), though its name part is also a word. */
    private static boolean placeToken(Doc d, int start, int e) {
        int ti = d.tokenAt(start);
        return d.tokStart(ti) == start && d.tokEnd(ti) == e && d.nature(ti).startsWith("ns");
    }

    /**
     * A spot's own name is often unknown to HanLP, which cuts it into single characters (天/qt 舒/ag 广场, 马/n 踏/v
     * 溪/ng) or reads it as a person (周家湾/nr 和善幸福屋场, 高家渡/nr 革命历史展览馆): such a run right before the name
     * found so far belongs to it. Function characters (在, 到, 和) and longer ordinary words end it.
     */
    private static int unknownNameRun(Doc d, int start, int ss, List<Span> found) {
        int maxLen = 10;
        boolean person = false;
        while (start > 0 && ss - start < maxLen) {
            boolean inPlace = false;
            for (Span f : found) if (f.rank() >= 1 && f.start() < start && start <= f.end()) inPlace = true;
            if (inPlace) break; // 界岭村|龚家塝幸福屋场: not into the village before
            int ti = d.tokenAt(start - 1);
            int len = d.tokEnd(ti) - d.tokStart(ti);
            String nat = d.nature(ti);
            char c = d.at(start - 1);
            // 淮阳区|太/d 昊/nz 陵/ng 景区: right after a division, a one-character adverb opens the run as well
            boolean afterDivision = false;
            for (Span f : found) if (f.rank() >= 1 && f.end() == start - 1) afterDivision = true;
            if (len == 1 && Doc.isHan(c) && (SPOT_NAME_CHAR_NATURE.matcher(nat).matches() || afterDivision && nat.equals("d"))
                    && "的在到和与及是等为将对从向以于了把被给让来去也都就又还".indexOf(c) < 0) {
                start--;
                continue;
            }
            if (len >= 2 && len <= 3 && nat.startsWith("nr") && !person && d.tokEnd(ti) == start) {
                person = true;
                start = d.tokStart(ti);
                continue;
            }
            break;
        }
        // 白露/t 河 生态旅游度假区: a lone river or mountain character opens no name; the word before it is the name
        int ti = d.tokenAt(start);
        if (start > 0 && d.tokStart(ti) == start && d.tokEnd(ti) == start + 1 && LONE_LANDFORMS.indexOf(d.at(start)) >= 0) {
            int tp = d.tokenAt(start - 1);
            int len = d.tokEnd(tp) - d.tokStart(tp);
            String nat = d.nature(tp);
            boolean inPlace = false;
            for (Span f : found) if (f.rank() >= 1 && f.end() == start) inPlace = true;
            if (!inPlace && len >= 2 && len <= 3 && Grammar.allHan(d.word(tp))
                    && (nat.equals("t") || nat.equals("n") || nat.equals("nz") || nat.equals("a") || nat.equals("b"))) start = d.tokStart(tp);
        }
        return start;
    }

    /** Landscape words that a mountain or river ending opens with the next character (太行山水 is 太行 + 山水). */
    private static final java.util.Set<String> LANDSCAPE_WORDS = java.util.Set.of("山水", "山川");

    /** Landform characters that end a name but cannot open one (河, 山, 湖 …). */
    private static final String LONE_LANDFORMS = "河山湖江溪泉峰岭湾潭滩岛峡";

    /** Natures of one-character tokens that may be part of an unknown name (not function words, pronouns, numbers, measure words). */
    private static final java.util.regex.Pattern SPOT_NAME_CHAR_NATURE = java.util.regex.Pattern.compile("n.*|g|[a-z]g|a|b|f|v|vi|qt|s|j|x|w");

    /** Leading verbal tokens before a spot's name (调研/vn 天舒广场, 参观/v …) are cut off when a name remains. */
    private static int leadingVerbs(Doc d, int start, int ss) {
        while (start < ss) {
            int ti = d.tokenAt(start);
            if (d.tokEnd(ti) >= ss || d.tokEnd(ti) - d.tokStart(ti) < 2 || !d.nature(ti).startsWith("v")) break;
            start = d.tokEnd(ti);
        }
        return start;
    }

    /**
     * A name before a multi-character ending is specific when some part is not an ordinary word: a proper-name or
     * unknown token, a lone character (马/踏/溪), or a level prefix (市中医药文化公园); not ordinary words only
     * (现代农业生态, 旱地西红柿).
     */
    private static boolean specificName(Doc d, int start, int ss) {
        if (Grammar.LEVEL_CHARS.contains(d.simplified.substring(start, start + 1))) return true;
        for (int p = start; p < ss; ) {
            int ti = d.tokenAt(p);
            String tw = d.simplified.substring(Math.max(p, d.tokStart(ti)), Math.min(d.tokEnd(ti), ss));
            String nat = d.nature(ti);
            if (Grammar.properNature(nat) || com.hankcs.hanlp.dictionary.CoreDictionary.get(tw) == null) return true;
            if (tw.length() == 1 && (nat.startsWith("g") || nat.endsWith("g") || nat.equals("n") || nat.equals("x"))) return true;
            p = d.tokEnd(ti);
        }
        return false;
    }

    /** Start of the longest name before the suffix that the gazetteer knows at this level (沁县故县镇), or -1. */
    private int knownName(Doc d, int ss, int e, Tables.PlaceSuffix ps) {
        // up to 8 characters: Mongolian, Tibetan and Uyghur townships have long names (阿拉/r 坦/b 额/n 莫勒镇/nr)
        if (ps.rank() != 2) return -1;
        for (int L = Math.min(8, ss); L >= 1; L--) {
            if (!d.boundary(ss - L) && (L > 1 || properName(d.nature(d.tokenAt(ss - L))))) continue; // 悦兴/nr 镇 is no 兴镇
            String w = d.simplified.substring(ss - L, e);
            if (!Grammar.allHan(w)) continue;
            PlaceIndex.Info info = index.lookup(w);
            if (info != null && info.rank() == ps.rank() && !info.shortForm()) return ss - L;
        }
        return -1;
    }

    /** A proper-name nature (person, place, organisation, other proper name): a token not to be cut. */
    private static boolean properName(String nat) {
        return nat.startsWith("nr") || nat.startsWith("ns") || nat.startsWith("nt") || nat.startsWith("nz");
    }

    /**
     * 拟/v 任渔泽/nr 镇: a token opening with 任 right after a one-character verb token, which HanLP cut off the post
     * verb (拟任, to be appointed) and glued to the name that follows.
     */
    private static boolean postVerbGlue(Doc d, int q) {
        if (q < 1 || d.at(q) != '任' || !d.boundary(q)) return false;
        int tv = d.tokenAt(q - 1);
        return d.tokStart(tv) == q - 1 && d.nature(tv).startsWith("v") && d.tokEnd(d.tokenAt(q)) > q + 1;
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
            if (postVerbGlue(d, st)) break; // 拟/v 任渔泽/nr 镇: 任 closes the verb 拟任, no part of the name
            // 七里坪/ng 镇长/nnt 胜/v 街/n 社区: HanLP glued the township's ending to the name's first character
            int ct = d.tokenAt(st);
            boolean glued = d.tokStart(ct) == st - 1 && d.tokEnd(ct) == st + 1 && "镇乡".indexOf(d.at(st - 1)) >= 0
                    && d.nature(ct).equals("nnt") || d.tokStart(ct) == st - 1 && postVerbGlue(d, st - 1);
            if (!d.boundary(st) && !glued) {
                // the token covering st may still be part of the name when it lies inside [st, ss) entirely … keep looking
                continue;
            }
            // every token in [st, ss) must be name-like; in a list or after a place, a surname character opens a
            // village's name whatever HanLP read it as (、陈/vg 庄村, 、张大/v 屯/ng 村)
            boolean listed = st > 0 && (d.at(st - 1) == '、' || Doc.isBreak(d.at(st - 1)) || placeEndsAt(found, st, 1));
            int from = glued ? st + 1 : st;
            if (listed && t.surnames.contains(String.valueOf(d.at(st))) && ps.rank() == 1) from = d.tokEnd(d.tokenAt(st));
            boolean ok = true;
            for (int p = from; p < ss; ) {
                int ti = d.tokenAt(p);
                String tw = d.simplified.substring(d.tokStart(ti), Math.min(d.tokEnd(ti), ss));
                String nat = d.nature(ti);
                if (t.orgStopWords.contains(tw) || !(Grammar.nameNature(nat) || nat.startsWith("nr") || Grammar.hanNumber(tw, nat)
                        || nat.equals("a") || nat.equals("ag") || tw.length() == 1 && (nat.equals("f") || nat.equals("v") && L > 1
                        || nat.equals("w") && Doc.isHan(tw.charAt(0))))) { // 张家垱村: a rare character HanLP tags w
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
