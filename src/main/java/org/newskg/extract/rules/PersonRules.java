package org.newskg.extract.rules;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.newskg.extract.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Person candidates: HanLP's name tokens confirmed by a surname and by context, names repaired or found
 * after a title or cue word (局长郭志毅, 村民靳秋玲), names in 、-lists next to a confirmed name, lines of
 * names only (credits), and spaced names in brackets ((王 丹)).
 */
public final class PersonRules {
    static final int PRIO_CONTEXT = 45, PRIO_HANLP = 25, PRIO_WEAK = 19, PRIO_LIST = 44;
    private static final Set<Character> FUNCTION_CHARS = Set.of('的', '在', '和', '与', '及', '说', '是', '等', '为', '将', '也', '都',
            '就', '才', '又', '到', '把', '被', '让', '给', '向', '从', '对', '以', '于', '了', '着', '过', '来', '去', '还', '已', '正', '则');

    private final Tables t;
    private final PlaceIndex places;

    public PersonRules(Tables t) {
        this(t, PlaceIndex.NONE);
    }

    /** Rules that also know the province, city and county names of {@code places} (安吉竹/nr is 安吉 + 竹). */
    public PersonRules(Tables t, PlaceIndex places) {
        this.t = t;
        this.places = places;
    }

    int surnameLength(Doc d, int p) {
        if (p + 2 <= d.length && t.surnames.contains(d.simplified.substring(p, p + 2))) return 2;
        return p < d.length && t.surnames.contains(String.valueOf(d.at(p))) ? 1 : 0;
    }

    /** A name may end at {@code pos}: text end, a break, a cue/function word, or a multi-char token. */
    boolean nameEnd(Doc d, int pos) {
        if (pos >= d.length) return true;
        char c = d.at(pos);
        if (Doc.isBreak(c)) return true;
        if (FUNCTION_CHARS.contains(c)) return true;
        for (String cue : t.personCuesAfter) if (d.startsWith(cue, pos)) return true;
        for (int L = Math.min(t.maxTitle, d.length - pos); L >= 2; L--) if (t.titles.containsKey(d.simplified.substring(pos, pos + L))) return true;
        if (d.boundary(pos)) {
            int ti = d.tokenAt(pos);
            return d.tokEnd(ti) - d.tokStart(ti) >= 2 && !d.nature(ti).startsWith("nr");
        }
        return false;
    }

    /** Length (2-4) of a name starting at p, judged by where it can end; 0 if none. */
    int nameAt(Doc d, int p) {
        int sl = surnameLength(d, p);
        if (sl == 0) return 0;
        int ti = d.tokenAt(p);
        if (d.tokStart(ti) == p && d.nature(ti).startsWith("nr")) {
            int len = d.tokEnd(ti) - p;
            // 谭志/nr 刚正/a 在: the word after the name swallowed its last character (刚) and what is left opens a word
            if (len == 2 && p + 4 <= d.length && d.boundary(p + 2) && d.tokEnd(d.tokenAt(p + 2)) == p + 4 && !d.nature(d.tokenAt(p + 2)).startsWith("nr")
                    && !FUNCTION_CHARS.contains(d.at(p + 2)) && opensAdverb(d, p + 3)) return 3;
            if (len == 3 && d.at(p + 2) == '为' && gluedAdverb(d, p)) return 2; // 胡敏为/nr 随州市…
            // 黄丽/nr 萍/nz 作/v: a lone bound character after the name (a morpheme that is no word by itself) is its last
            if (len == 2 && p + 3 <= d.length && d.boundary(p + 2) && d.tokEnd(d.tokenAt(p + 2)) == p + 3
                    && BOUND_NATURES.contains(d.nature(d.tokenAt(p + 2))) && !FUNCTION_CHARS.contains(d.at(p + 2))
                    && !PLACE_ENDS.contains(d.simplified.substring(p + 2, p + 3)) && predicateAt(d, p + 3)) return 3;
            // 张华正/nr 在: the name's last character and the next one make an adverb (正在)
            if (len == 3 && !Doc.isBreak(d.at(p + 3)) && opensAdverb(d, p + 2) && surnameLength(d, p) == 1) return 2;
            if (len >= 2 && len <= 3 && nameEnd(d, p + len)) return len;
            if (len == 2 && Doc.isHan(d.at(p + 2)) && !FUNCTION_CHARS.contains(d.at(p + 2)) && nameEnd(d, p + 3)
                    && !loneMeasure(d, p + 2) // 国道温溪/nr 段/q: a section of a road, not a name's last character
                    && !gluedAdverb(d, p) // 王强/nr 作/v 报告
                    && !(d.boundary(p + 2) && d.tokEnd(d.tokenAt(p + 2)) > p + 3 && !opensAdverb(d, p + 3))) return 3;
            // HanLP split a three-character name (李聚/nr 林兵/nr): most names have three characters
            // (齐聚/nr 闫家庄/nr is no 齐聚闫: the third character must not open a longer name)
            if (len == 2 && d.boundary(p + 2) && d.nature(d.tokenAt(p + 2)).startsWith("nr") && sl == 1
                    && d.tokEnd(d.tokenAt(p + 2)) - (p + 2) <= 2) return 3;
        }
        for (int len = sl + 1; len <= sl + 2; len++) {
            if (p + len > d.length) break;
            char c = d.at(p + len - 1);
            if (!Doc.isHan(c) || FUNCTION_CHARS.contains(c)) break;
            if (len == 3 && gluedAdverb(d, p)) return 2; // 王强/nr 作/v 报告, 张明能吃苦
            if (len == 3 && loneMeasure(d, p + 2)) break; // 国道温溪/nr 段/q
            if (nameEnd(d, p + len)) return len;
            // 杨/ng 圣/ag 敏作/nr: HanLP glued a one-character verb to a three-character name's last character
            int pos = p + len;
            if (len == 3 && pos < d.length && !d.boundary(pos) && d.tokEnd(d.tokenAt(pos)) == pos + 1
                    && d.nature(d.tokenAt(pos)).startsWith("nr") && firstNatureVerb(String.valueOf(d.at(pos)))) return len;
        }
        return 0;
    }

    /** A one-character measure word or direction at {@code p} (段/q, 里/f). */
    private static boolean loneMeasure(Doc d, int p) {
        if (!d.boundary(p) || d.tokEnd(d.tokenAt(p)) != p + 1) return false;
        String nat = d.nature(d.tokenAt(p));
        return nat.startsWith("q") || nat.startsWith("f");
    }

    /** Natures HanLP gives a character it could not make a word of: noun, adjective or other morphemes, proper nouns. */
    private static final Set<String> BOUND_NATURES = Set.of("ng", "ag", "nz", "g");

    /** A name may end before {@code pos}: where it may end anyway, or where a verb, preposition or adverb starts. */
    private boolean predicateAt(Doc d, int pos) {
        if (nameEnd(d, pos)) return true;
        if (!d.boundary(pos)) return false;
        String nat = d.nature(d.tokenAt(pos));
        return nat.startsWith("v") && !nat.equals("vn") || nat.startsWith("p") || nat.startsWith("d");
    }

    boolean cueBefore(Doc d, int p) {
        return titleBefore(d, p) || roleBefore(d, p);
    }

    /** A post title right before p (副县长申明亮): the strongest cue. */
    boolean titleBefore(Doc d, int p) {
        p = d.beforeNote(p); // 副县长（挂职）刘晓东
        if (p < 2 || !t.cueLastChars.contains(d.simplified.charAt(p - 1))) return false;
        for (int L = Math.min(t.maxTitle, p); L >= 2; L--) if (t.titles.containsKey(d.simplified.substring(p - L, p))) return true;
        return false;
    }

    /** A role noun (村民, 游客) or a department (…科) right before p. */
    boolean roleBefore(Doc d, int p) {
        if (p >= 2 && d.at(p - 1) == '科' && Doc.isHan(d.at(p - 2))) return true;
        // 作者：刘明, 校对: 王芳 — a credit word, a colon and spaces before the name
        int q = p;
        while (q > 0 && (d.at(q - 1) == ' ' || d.at(q - 1) == '\u3000')) q--;
        if (q > 0 && q < p + 3 && (d.at(q - 1) == '：' || d.at(q - 1) == ':')) {
            int c = q - 1;
            while (c > 0 && (d.at(c - 1) == ' ' || d.at(c - 1) == '\u3000')) c--;
            for (int L = Math.min(t.maxTitle, c); L >= 2; L--) if (t.personCuesBefore.contains(d.simplified.substring(c - L, c))) return true;
        }
        if (p < 2 || !t.cueLastChars.contains(d.simplified.charAt(p - 1))) return false;
        for (int L = Math.min(t.maxTitle, p); L >= 2; L--) if (t.personCuesBefore.contains(d.simplified.substring(p - L, p))) return true;
        // a department or clinic before the name: 针灸科周仲瑜
        return p >= 2 && d.at(p - 1) == '科' && Doc.isHan(d.at(p - 2));
    }

    boolean cueAfter(Doc d, int e) {
        for (String cue : t.personCuesAfter) if (d.startsWith(cue, e)) return true;
        if (e < d.length && (d.at(e) == '（' || d.at(e) == '(')) { // 王强（县委书记）: a bracket closed by a title
            char close = d.at(e) == '（' ? '）' : ')';
            int c = d.simplified.indexOf(close, e + 1);
            if (c > e + 2 && c - e <= 24) {
                for (int L = Math.min(t.maxTitle, c - e - 1); L >= 2; L--) if (t.titles.containsKey(d.simplified.substring(c - L, c))) return true;
            }
        }
        for (int L = Math.min(t.maxTitle, d.length - e); L >= 2; L--) if (t.titles.containsKey(d.simplified.substring(e, e + L))) return true;
        return false;
    }

    /**
     * A name right before a bracket closed by a title (李明（县农业农村局局长）), where HanLP did not read it as one
     * (李/ng 明/ag): two or three characters from a surname, opening a phrase (after a mark, 、, or a verb or particle).
     */
    private void bracketedTitles(Doc d, List<Span> out) {
        for (int e = 2; e < d.length; e++) {
            if (d.at(e) != '（' && d.at(e) != '(' || !cueAfter(d, e)) continue;
            for (int L = 3; L >= 2; L--) {
                int p = e - L;
                if (p < 0 || surnameLength(d, p) == 0 || !Grammar.allHan(d.simplified.substring(p, e)) || !d.boundary(p)) continue;
                String w = d.simplified.substring(p, e);
                boolean opens = p == 0 || !Doc.isHan(d.at(p - 1)) || d.at(p - 1) == '、';
                if (!opens) {
                    String nat = d.nature(d.tokenAt(p - 1));
                    opens = nat.startsWith("v") || nat.startsWith("u") || nat.startsWith("p") || nat.startsWith("c");
                }
                if (!opens || !plausible(w) || commonWord(w)) continue;
                out.add(new Span(p, e, EntityType.Person, null, -1, null, PRIO_CONTEXT, "person:bracket-title"));
                break;
            }
        }
    }

    boolean commonWord(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) return false;
        for (var nat : a.nature) if (nat.toString().startsWith("nr")) return false;
        return true;
    }

    /**
     * A dictionary noun that is a name here (书记周波、, 局长高峰出席): right after a post title, the word is a token of its
     * own, a noun, and a list mark, a clause break or a verb follows — where the word would be a noun, a noun or a
     * measure follows it.
     */
    boolean wordAsName(Doc d, int p, int e) {
        if (!titleBefore(d, p) || d.tokStart(d.tokenAt(p)) != p || d.tokEnd(d.tokenAt(p)) != e) return false;
        if (!d.nature(d.tokenAt(p)).startsWith("n")) return false;
        if (e >= d.length) return true;
        char c = d.at(e);
        if (c == '、' || c == '，' || c == ',' || c == '。') return true;
        if (!d.boundary(e)) return false;
        int next = d.tokenAt(e);
        return d.nature(next).startsWith("v") && d.tokEnd(next) - e >= 2;
    }

    private static final String PLACE_ENDS = "省市县区乡镇村旗州";

    boolean plausible(String w) {
        if (t.stopPersons.contains(w) || w.length() < 2 || w.length() > 4) return false;
        // 全嘎查: a name ending in a village or township word (嘎查, 社区) is that place's
        for (int i = 1; i < w.length() - 1; i++) {
            Tables.PlaceSuffix ps = t.placeSuffixes.get(w.substring(i));
            if (ps != null && ps.rank() >= 1 && ps.suffix().length() >= 2) return false;
        }
        if (PLACE_ENDS.indexOf(w.charAt(w.length() - 1)) >= 0) return false;
        // 区里, 县里, 村上: a level or settlement and a locative ("in the district") read as 区/区 surname + 里
        if (w.length() == 2 && PLACE_ENDS.indexOf(w.charAt(0)) >= 0 && "里上内".indexOf(w.charAt(1)) >= 0) return false;
        for (int i = 2; i < w.length(); i++) if (t.stopPersons.contains(w.substring(0, i))) return false;
        for (int i = 1; i < w.length() - 1; i++) if (t.stopPersons.contains(w.substring(i))) return false; // 刘大爷, 农文旅
        for (int i = 1; i < w.length() - 1; i++) if (t.titles.containsKey(w.substring(i))) return false; // 原主任
        if (w.length() == 3 && FUNCTION_CHARS.contains(w.charAt(0)) && CoreDictionary.get(w.substring(1)) != null) return false; // 向金山
        return !commonWord(w);
    }

    /**
     * Modal and adverb characters, and the light verb 作, that open a predicate right after a subject (张明能吃苦,
     * 王芳曾在部队服役, 李强也参加了, 王强作报告):
     * HanLP's name recogniser often takes one as a three-character name's last character.
     */
    private static final String PREDICATE_OPENERS = "能曾将也都就又便还已均亦并作";

    /**
     * A three-character name at {@code p} whose last character opens the predicate: that character is followed by
     * more of the clause (a Han character that is no other opener: 赵国能也参加), and the three characters
     * never stand alone in the text (before a punctuation mark, a title or the end); the name is then its first two
     * characters.
     */
    private boolean gluedAdverb(Doc d, int p) {
        // 胡敏为/nr 随州市…: 为 (for) before a place or body's name opens the predicate; 张有为同志 keeps it
        if (p + 3 < d.length && d.at(p + 2) == '为' && d.boundary(p + 3)) {
            String next = d.nature(d.tokenAt(p + 3));
            if (next.startsWith("ns") || next.startsWith("nt") || next.equals("nis")) return true;
        }
        if (p + 3 >= d.length || PREDICATE_OPENERS.indexOf(d.at(p + 2)) < 0 || !Doc.isHan(d.at(p + 3))) return false;
        // 赵国能也参加: another opener follows, so the first one ends the name
        if (PREDICATE_OPENERS.indexOf(d.at(p + 3)) >= 0) return false;
        String three = d.simplified.substring(p, p + 3);
        for (int i = d.simplified.indexOf(three); i >= 0; i = d.simplified.indexOf(three, i + 1)) {
            if (i + 3 >= d.length || !Doc.isHan(d.at(i + 3))) return false;
            for (int L = Math.min(t.maxTitle, d.length - i - 3); L >= 2; L--)
                if (t.titles.containsKey(d.simplified.substring(i + 3, i + 3 + L))) return false;
        }
        return true;
    }

    /** A word of the core dictionary that is only a time word, adverb or conjunction (白天, 金秋, 还是). */
    private static boolean timeOrAdverb(String w) {
        return onlyNatures(w, "t", "d", "c");
    }

    /** A word whose most frequent nature in HanLP's core dictionary is a verb's (作: v before ng, vg). */
    private static boolean firstNatureVerb(String w) {
        var attr = CoreDictionary.get(w);
        return attr != null && attr.nature.length > 0 && attr.nature[0].toString().startsWith("v");
    }

    /** A word of HanLP's core dictionary all of whose natures start with one of {@code prefixes}; false if no word. */
    private static boolean onlyNatures(String w, String... prefixes) {
        var attr = CoreDictionary.get(w);
        if (attr == null) return false;
        for (var n : attr.nature) {
            String ns = n.toString();
            boolean ok = false;
            for (String pre : prefixes) ok |= ns.startsWith(pre);
            if (!ok) return false;
        }
        return true;
    }

    /**
     * The characters from {@code q} make an adverb or preposition only (正在, 已经), not a verb such as 明说 in 常建明说:
     * HanLP joined a name's last character to such a word (谭志/nr 刚正/a 在) or its first to the name (张华正/nr 在).
     */
    private static boolean opensAdverb(Doc d, int q) {
        if (q + 2 > d.length || !Grammar.allHan(d.simplified.substring(q, q + 2))) return false;
        return onlyNatures(d.simplified.substring(q, q + 2), "d", "p", "s"); // 正在, 一起 (s, d)
    }

    /** Not a surname plus a kinship or courtesy word (刘大爷, 王阿姨). */
    boolean plausibleEnd(String w) {
        for (int i = 1; i < w.length() - 1; i++) if (t.kinWords.contains(w.substring(i))) return false;
        // 高兴地说, 满意地: an adjective or verb of the core dictionary and the adverbial particle 地 (or 得)
        return !(w.length() == 3 && "地得".indexOf(w.charAt(2)) >= 0 && onlyNatures(w.substring(0, 2), "a", "v", "d"));
    }

    /**
     * Mongolian, Tibetan and Uyghur names written without a Han surname or a dot, which HanLP cuts into words
     * (局长乌云/n 其/rz 木格/nr 介绍): four to seven characters between a post title and a cue word after the name
     * (说, 介绍), whole tokens, at least one of them read as a name, none a verb, adverb, preposition, conjunction or
     * particle (局长详细介绍 is no name).
     */
    private void minorityNames(Doc d, List<Span> out) {
        // from each cue word back to a title four to seven characters before it (cues are few; titles are checked there)
        TreeSet<Integer> cues = new TreeSet<>();
        for (String cue : t.personCuesAfter)
            if (Grammar.allHan(cue)) for (int k = d.simplified.indexOf(cue); k >= 0; k = d.simplified.indexOf(cue, k + 1)) cues.add(k);
        Set<Integer> starts = new TreeSet<>();
        for (int k : cues) for (int p = Math.max(2, k - 7); p <= k - 4; p++) starts.add(p);
        for (int p : starts) {
            if (!d.boundary(p) || !titleBefore(d, p)) continue;
            for (int k = p + 4; k <= Math.min(d.length - 1, p + 7); k++) {
                if (!Doc.isHan(d.at(k - 1))) break;
                if (!d.boundary(k) || !cues.contains(k) || !Grammar.allHan(d.simplified.substring(p, k))) continue;
                boolean named = false, plain = true;
                for (int q = p; q < k; q = d.tokEnd(d.tokenAt(q))) {
                    String nat = d.nature(d.tokenAt(q));
                    if (nat.startsWith("nr") || nat.equals("nz")) named = true;
                    if (q > p && t.personCuesAfter.contains(d.word(d.tokenAt(q)))) plain = false; // 魏秀德同志说: a Han name and a cue
                    if (nat.startsWith("v") || nat.startsWith("d") || nat.startsWith("p") || nat.startsWith("c") || nat.startsWith("u")
                            || nat.startsWith("m") || nat.equals("nnt")) plain = false;
                }
                if (named && plain) out.add(new Span(p, k, EntityType.Person, null, -1, null, PRIO_CONTEXT, "person:minority"));
                break;
            }
        }
    }

    /** A name cannot follow a digit or a Han numeral count (450余人). */
    boolean badLeft(Doc d, int p) {
        char c = d.at(p - 1);
        // 每/rz 班下井/nr: no name follows a distributive pronoun (每, 各) standing alone
        if ((c == '每' || c == '各') && d.boundary(p) && d.tokStart(d.tokenAt(p - 1)) == p - 1 && d.nature(d.tokenAt(p - 1)).startsWith("r")) return true;
        return Character.isDigit(c) || "一二三四五六七八九十百千万两几".indexOf(c) >= 0 && !d.boundary(p);
    }

    public List<Span> find(Doc d) {
        List<Span> out = new ArrayList<>();
        // 1. after a title or cue word
        for (int p = 1; p < d.length; p++) {
            if (!cueBefore(d, p)) continue;
            int len = nameAt(d, p);
            if (len == 0) continue;
            // 管理科科长孙丽: the name's first character completes a title (科+长), so the name starts after it
            if (d.boundary(p + 1) && titleBefore(d, p + 1) && !d.boundary(p) && nameAt(d, p + 1) > 0) continue;
            String w = d.simplified.substring(p, p + len);
            if (PLACE_ENDS.indexOf(w.charAt(len - 1)) >= 0 || !plausibleEnd(w)) continue;
            int tp = d.tokenAt(p);
            // after a mere cue word (not a post title, which 于/p 若潔 may follow), a name does not start with a lone
            // conjunction, preposition, adverb or measure word (医生和/cc 村医, 学生支/q 起/vf)
            String first = d.nature(tp);
            if (!titleBefore(d, p) && d.tokEnd(tp) - d.tokStart(tp) == 1 && !first.startsWith("nr")
                    && (first.startsWith("c") || first.startsWith("p") || first.startsWith("d") || first.startsWith("q"))) continue;
            // HanLP reads an ordinary word here (农民丰收节: 丰收/vi), not a name
            if (!titleBefore(d, p) && d.tokStart(tp) == p && d.tokEnd(tp) - p >= 2 && !d.nature(tp).startsWith("nr")) continue;
            // 书记和村委主任: a function character before a word is no surname
            if (len == 3 && FUNCTION_CHARS.contains(w.charAt(0)) && CoreDictionary.get(w.substring(1)) != null) continue;
            if (!t.stopPersons.contains(w) && !(commonWord(w) && !d.nature(d.tokenAt(p)).startsWith("nr") && !wordAsName(d, p, p + len)))
                out.add(new Span(p, p + len, EntityType.Person, null, -1, null, PRIO_CONTEXT, "person:cue"));
        }
        clauseNames(d, out);
        bracketedTitles(d, out);
        // 2. HanLP names, checked against the segmentation without name recognition (built per call: no shared state)
        Segment plain = HanLP.newSegment().enableNameRecognize(false).enableTranslatedNameRecognize(false).enableOffset(true);
        for (int i = 0; i < d.tokens(); i++) {
            if (!d.nature(i).startsWith("nr")) continue;
            int p = d.tokStart(i);
            // 张/q 金科/nrf: a lone surname character before the name token belongs to it
            if (p > 0 && d.tokEnd(i) - p == 2 && d.boundary(p - 1) && d.tokStart(d.tokenAt(p - 1)) == p - 1
                    && surnameLength(d, p - 1) == 1 && !FUNCTION_CHARS.contains(d.at(p - 1))) p = p - 1;
            if (surnameLength(d, p) == 0 || badLeft(d, p)) continue;
            int len = nameAt(d, p);
            if (len == 0) len = d.tokEnd(i) - p;
            if (len == 0 || p + len > d.length) continue;
            if (len < 2 || len > 3 && !(len == 4 && surnameLength(d, p) == 2)) continue; // 欧阳春华: a compound surname
            boolean glued = gluedAdverb(d, p); // of three characters, or two where nameAt already cut it
            if (glued) len = 2; // 张明能/nr 吃苦: 能 opens the predicate
            String w = d.simplified.substring(p, p + len);
            if (!plausible(w) || !plausibleEnd(w)) continue;
            if (placeEndingWord(d, p + len)) continue; // 夏西/nr 社区/n 党委书记: the name of a village, not a person
            if (placeListItem(d, p + len)) continue; // 骆驼湾、顾家台/nr 等村: items of a list of villages
            if (productName(d, p + len)) continue; // 连花清/nr 瘟/v 胶囊: a medicine's name, not a person
            boolean cue = cueBefore(d, p) || cueAfter(d, p + len) || d.at(p - 1) == '、' || d.at(p + len) == '、'
                    // a clause starting with the name, then a function word: 王刚和妻子…
                    || len == 2 && (p == 0 || Doc.isBreak(d.at(p - 1))) && (glued || FUNCTION_CHARS.contains(d.at(p + len)));
            if (!cue && len != 3 && !(len == 4 && surnameLength(d, p) == 2)) continue;
            // without a cue, a "surname" that is a common function character is the word (他心里都有本账)
            if (!cue && FUNCTION_CHARS.contains(w.charAt(0))) continue;
            // without a cue, a name that opens with a time word or an adverb is that word and a verb (白天忙/nr 农活)
            if (!cue && len == 3 && timeOrAdverb(w.substring(0, 2))) continue;
            // without a cue, a name that opens with a county's or city's name is that place and a word (中国·安吉竹/nr 产业)
            // (a name standing alone, 金水英，18000元, is kept: 金水 is a district too)
            if (!cue && len == 3 && Doc.isHan(d.at(p + len)) && places.upperNames().containsKey(w.substring(0, 2))) continue;
            // HanLP's name recogniser cut a dictionary word (马不停蹄 → 马不停, 任劳任怨 → 任劳): the name is suspect
            if (!titleBefore(d, p) && splitsWord(d, p, p + len, plain)) continue;
            // a three-character name without any cue loses to a known place (向来凤 is 向 + 来凤)
            out.add(new Span(p, p + len, EntityType.Person, null, -1, null, cue ? PRIO_HANLP : PRIO_WEAK, "person:hanlp"));
        }
        lengthenCutNames(d, out);
        // 3. spaced names in brackets: (王 丹)
        for (int p = 1; p + 3 < d.length; p++) {
            char o = d.at(p - 1);
            if (o != '（' && o != '(') continue;
            if (surnameLength(d, p) != 1) continue;
            int q = p + 1;
            while (q < d.length && (d.at(q) == ' ' || d.at(q) == '\u3000')) q++;
            if (q == p + 1) continue;
            int r = q;
            while (r < d.length && Doc.isHan(d.at(r)) && r - q < 2) r++;
            if (r > q && (d.at(r) == '）' || d.at(r) == ')'))
                out.add(new Span(p, r, EntityType.Person, null, -1, null, PRIO_CONTEXT, "person:bracket"));
        }
        // 3b. a bare name in brackets after a dateline (本报讯 (刘桐)): a credit without a role word, a person only
        for (int p = 1; p + 2 < d.length; p++) {
            char o = d.at(p - 1);
            if (o != '（' && o != '(') continue;
            int q = p - 2;
            while (q >= 0 && (d.at(q) == ' ' || d.at(q) == '\u3000')) q--;
            if (q < 0 || d.at(q) != '讯' && d.at(q) != '电') continue;
            int r = p;
            while (r < d.length && Doc.isHan(d.at(r)) && r - p < 4) r++;
            if (d.at(r) != '）' && d.at(r) != ')' || r - p < 2) continue;
            String w = d.simplified.substring(p, r);
            if (surnameLength(d, p) > 0 && (r - p <= 3 || surnameLength(d, p) == 2) && plausible(w))
                out.add(new Span(p, r, EntityType.Person, null, -1, null, PRIO_CONTEXT, "person:dateline-credit"));
        }
        // 3c. names of minority peoples or foreign names, which have no Han surname (格桑/nrf, 扎西多吉/nrf, 艾尼瓦尔·/nrf
        // 吐/v 尔逊/nr): HanLP's transliteration tag with a title or cue beside it; a part after · runs to the cue after
        for (int i = 0; i < d.tokens(); i++) {
            int p = d.tokStart(i), e = d.tokEnd(i);
            // 书记买买提/nz ·艾力: a name HanLP took for a proper noun, written with · right after a post title
            boolean dotted = d.nature(i).equals("nz") && d.at(e) == '·' && e - p >= 2 && titleBefore(d, p);
            if (!d.nature(i).equals("nrf") && !dotted) continue;
            if (surnameLength(d, p) > 0 && d.at(e - 1) != '·') continue; // a Han name: the rules above judge it
            if (d.at(e - 1) == '·' || d.at(e) == '·') {
                int j = d.at(e - 1) == '·' ? e : e + 1;
                int k = j;
                while (k < d.length && Doc.isHan(d.at(k)) && k - j < 6 && !cueAfter(d, k)) k++;
                if (k - j >= 2) e = k;
                else if (d.at(e - 1) == '·') e = e - 1;
                // 主任阿/b 不/d 都/d 热依木·: the part before · runs back to the title or cue before it
                for (int x = p - 1; x >= Math.max(1, p - 5) && Doc.isHan(d.at(x)); x--) {
                    if (cueBefore(d, x)) {
                        p = x;
                        break;
                    }
                }
            } else if (e - p == 2 && d.boundary(e) && e < d.length && d.nature(d.tokenAt(e)).startsWith("nr")
                    && d.tokEnd(d.tokenAt(e)) == e + 2) {
                e = e + 2; // 格桑/nrf 卓嘎/nr: a Tibetan name of two parts (no two persons are written without a mark between)
            }
            if (e - p < 2 || e - p > 13 || !cueBefore(d, p) && !cueAfter(d, e)) continue;
            String w = d.simplified.substring(p, e);
            if (t.stopPersons.contains(w)) continue;
            out.add(new Span(p, e, EntityType.Person, null, -1, null, PRIO_CONTEXT, "person:transliterated"));
        }
        minorityNames(d, out);
        // 4. lines of names only: credits under a headline
        int ls = 0;
        for (int i = 0; i <= d.length; i++) {
            if (i < d.length && d.at(i) != '\n') continue;
            creditLine(d, ls, i, out);
            ls = i + 1;
        }
        return out;
    }

    /**
     * A name that HanLP did not tag (李/ng 华明/nz) opening a clause, followed by a verb of taking a post of two or
     * more characters (李华明当选为县人大常委会主任) or standing alone before a comma with a clause that ends in a
     * post title (王丽，县妇联主席，…: apposition). Two or three characters, a surname first, a plausible name.
     */
    private void clauseNames(Doc d, List<Span> out) {
        for (int e = 2; e < d.length; e++) {
            boolean verb = false;
            for (int L = Math.min(t.maxPostVerb, d.length - e); L >= 2 && !verb; L--) verb = t.postVerbs.contains(d.simplified.substring(e, e + L));
            // 李明/nr 任县/ns 财政局局长: the lone verb 任 before a level character, right after a name token
            if (!verb && d.at(e) == '任' && Grammar.postVerbGlued(d, e, t)) verb = true;
            boolean apposition = !verb && (d.at(e) == '，' || d.at(e) == ',') && appositionTitle(d, e + 1);
            if (!verb && !apposition) continue;
            for (int len = 3; len >= 2; len--) {
                int p = e - len;
                if (p < 0 || p > 0 && !Doc.isBreak(d.at(p - 1)) && d.at(p - 1) != '、') continue;
                String w = d.simplified.substring(p, e);
                if (!Grammar.allHan(w) || surnameLength(d, p) == 0 || surnameLength(d, p) >= len || FUNCTION_CHARS.contains(w.charAt(0))) continue;
                if (!plausible(w)) continue;
                out.add(new Span(p, e, EntityType.Person, null, -1, null, PRIO_CONTEXT, "person:clause"));
                break;
            }
        }
    }

    /** The clause from {@code s} to the next break, at most 16 characters, ends in a post title (县妇联主席). */
    private boolean appositionTitle(Doc d, int s) {
        int q = s;
        while (q < d.length && Doc.isHan(d.at(q)) && q - s <= 16) q++;
        if (q >= d.length || q == s || Doc.isHan(d.at(q)) || q - s < 3) return false;
        for (int L = Math.min(t.maxTitle, q - s - 1); L >= 2; L--) if (t.titles.containsKey(d.simplified.substring(q - L, q))) return true;
        return false;
    }

    /** Context characters either side of a name segmented again without name recognition. */
    private static final int WINDOW = 4;

    /**
     * True when the segmentation without name recognition puts a dictionary word of two or more characters across
     * the start or the end of [p, e): HanLP's recogniser then cut a name out of an idiom or a verb phrase (马不停蹄,
     * 边走边看). Only a window around the name is segmented again.
     */
    static boolean splitsWord(Doc d, int p, int e, Segment plain) {
        int from = Math.max(0, p - WINDOW), to = Math.min(d.length, e + WINDOW);
        if (!dictionaryWordAcross(d.simplified, from, to, p, e)) return false; // no segmentation can put a word across
        for (Term term : plain.seg(d.simplified.substring(from, to))) {
            int ts = from + term.offset, te = ts + term.length();
            if (term.length() < 2 || term.nature != null && term.nature.toString().startsWith("nr")) continue;
            if (ts < p && te > p || ts >= p && ts < e && te > e) return true; // across the start (or over the whole name), or the end
        }
        return false;
    }

    /**
     * Cheap necessary condition of {@link #splitsWord}: some word of HanLP's core or custom dictionary lies across
     * {@code p} or {@code e} inside the window (the only words a segmentation without name recognition makes of
     * Chinese characters). A window with other characters (digits, Chinese numerals, letters: the segmenter merges
     * their runs) answers true, so the segmentation decides.
     */
    private static boolean dictionaryWordAcross(String s, int from, int to, int p, int e) {
        for (int i = from; i < to; i++) if (com.hankcs.hanlp.dictionary.other.CharType.get(s.charAt(i))
                != com.hankcs.hanlp.dictionary.other.CharType.CT_CHINESE) return true;
        for (int a = from; a < e; a++) {
            for (int b = a + 2; b <= to; b++) {
                if (!(a < p && b > p || a >= p && b > e)) continue;
                String w = s.substring(a, b);
                if (CoreDictionary.contains(w) || com.hankcs.hanlp.dictionary.CustomDictionary.contains(w)) return true;
            }
        }
        return false;
    }

    /** A two-character name that is the start of a three-character name found elsewhere in the text (刘丰 of 刘丰安) grows to it. */
    private static void lengthenCutNames(Doc d, List<Span> out) {
        Set<String> three = new java.util.HashSet<>();
        for (Span sp : out) if (sp.length() == 3) three.add(d.simplified.substring(sp.start(), sp.end()));
        if (three.isEmpty()) return;
        for (int k = 0; k < out.size(); k++) {
            Span sp = out.get(k);
            if (sp.length() != 2 || sp.end() + 1 > d.length) continue;
            String w3 = d.simplified.substring(sp.start(), sp.end() + 1);
            if (three.contains(w3))
                out.set(k, new Span(sp.start(), sp.end() + 1, sp.type(), null, -1, null, sp.priority(), sp.rule()));
        }
    }

    private void creditLine(Doc d, int from, int to, List<Span> out) {
        String line = d.simplified.substring(from, to);
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.length() > 30) return;
        String[] parts = trimmed.split("[\\s\u3000]+");
        if (parts.length < 2 || parts.length > 6) return;
        int nr = 0;
        List<Span> spans = new ArrayList<>();
        int pos = from;
        for (String part : parts) {
            int p = d.simplified.indexOf(part, pos);
            if (part.length() < 2 || part.length() > 3 || !Grammar.allHan(part) || surnameLength(d, p) == 0 || !plausible(part)) return;
            for (int k = p; k < p + part.length(); k++) {
                int ti = d.tokenAt(k);
                if (d.tokStart(ti) == k && d.nature(ti).startsWith("nr")) {
                    nr++;
                    break;
                }
            }
            spans.add(new Span(p, p + part.length(), EntityType.Person, null, -1, null, PRIO_LIST, "person:credits"));
            pos = p + part.length();
        }
        if (nr * 2 >= parts.length) out.addAll(spans);
    }

    /**
     * A township or village ending (place-suffixes.tsv, rank 1-2) written as a word of its own right at {@code p}:
     * the name before it names the place (夏西/nr 社区/n, 王家/nr 村/n), while a person's name runs into the word after
     * it (王强/nr 村民/n).
     */
    private boolean placeEndingWord(Doc d, int p) {
        if (p >= d.length) return false;
        int ti = d.tokenAt(p);
        if (d.tokStart(ti) != p) return false;
        Tables.PlaceSuffix ps = t.placeSuffixes.get(d.word(ti));
        if (ps != null && ps.rank() >= 1 && ps.rank() <= 2) return true;
        // 郎德上/nr 寨/ng: a lone settlement character (a hamlet's 寨, 庄, 屯, 堡) ends a place's name
        return d.tokEnd(ti) == p + 1 && Grammar.SETTLEMENT_ENDS.indexOf(d.at(p)) >= 0;
    }

    /** Words closing a list of places: 骆驼湾、顾家台等村, X、Y等乡镇. */
    private static final Pattern PLACE_LIST_END =
            Pattern.compile("^(、[\\p{IsHan}]{2,4}){0,4}等(村|乡镇|乡|镇|社区|地|县|市)");

    /** A list of places closed by 等村 (or 等乡镇, 等地) runs on from {@code p}. */
    private static boolean placeListItem(Doc d, int p) {
        return PLACE_LIST_END.matcher(d.simplified.substring(p, Math.min(d.length, p + 30))).find();
    }

    /**
     * HanLP read the characters at {@code p} as a place or body word at least {@code len} long (局长李春华、云南省/ns
     * 第一人民医院…, 主任周平、安徽/ns 农业大学教授…): the next item of the list is an organisation, not a person.
     */
    private static boolean placeOrBodyWord(Doc d, int p, int len) {
        if (!d.boundary(p)) return false;
        int ti = d.tokenAt(p);
        String nat = d.nature(ti);
        return d.tokEnd(ti) >= p + len && (nat.startsWith("ns") || nat.startsWith("nt") || nat.startsWith("nis"));
    }

    /** Dosage forms that end a medicine's name (连花清瘟胶囊, 板蓝根颗粒). */
    private static final List<String> DOSAGE_FORMS = List.of("胶囊", "颗粒", "口服液", "注射液", "片剂", "冲剂", "软膏", "糖浆");

    /** A dosage form follows at {@code e}, at most two characters on: the "name" before is a medicine's. */
    private static boolean productName(Doc d, int e) {
        for (int k = e; k <= Math.min(d.length - 1, e + 2); k++) {
            if (k > e && !Doc.isHan(d.at(k - 1))) return false;
            for (String f : DOSAGE_FORMS) if (d.startsWith(f, k)) return true;
        }
        return false;
    }

    /**
     * Names in a 、-list next to an accepted person: 刘予强、常青、潘海燕. An item that an accepted place or organisation
     * covers is theirs (校长陈刚、吴店/nr 镇中心幼儿园园长刘芳).
     */
    public List<Span> extendLists(Doc d, List<Span> chosen) {
        List<Span> out = new ArrayList<>();
        for (Span p : chosen) {
            if (p.type() != EntityType.Person) continue;
            int e = p.end();
            while (d.at(e) == '、') {
                int len = nameAt(d, e + 1);
                if (len == 0) break;
                String w = d.simplified.substring(e + 1, e + 1 + len);
                if (t.stopPersons.contains(w) || placeEndingWord(d, e + 1 + len) || placeOrBodyWord(d, e + 1, len)) break;
                int from = e + 1, to = e + 1 + len;
                if (chosen.stream().anyMatch(c -> c.type() != EntityType.Person && c.start() < to && from < c.end())) break;
                out.add(new Span(e + 1, e + 1 + len, EntityType.Person, null, -1, null, PRIO_LIST, "person:list"));
                e = e + 1 + len;
            }
            // 有张/q 建国/vi 、刘红梅: the list's first names, which HanLP did not read as names, before the one it did
            int b = p.start();
            while (b > 2 && d.at(b - 1) == '、') {
                int found = 0;
                for (int len = 3; len >= 2 && found == 0; len--) {
                    int st = b - 1 - len;
                    if (st < 0 || surnameLength(d, st) == 0 || !Grammar.allHan(d.simplified.substring(st, b - 1)) || !d.boundary(st)) continue;
                    String w = d.simplified.substring(st, b - 1);
                    if (!plausible(w) || !plausibleEnd(w) || commonWord(w) && !wordAsName(d, st, b - 1)) continue;
                    // the name opens a phrase: after a mark, 、, a verb or preposition token, or a cue word
                    boolean opens = st == 0 || !Doc.isHan(d.at(st - 1)) || cueBefore(d, st);
                    if (!opens) {
                        String nat = d.nature(d.tokenAt(st - 1));
                        opens = d.tokEnd(d.tokenAt(st - 1)) == st && (nat.startsWith("v") || nat.startsWith("p"));
                    }
                    final int from = st, to = b - 1;
                    if (!opens || chosen.stream().anyMatch(c -> c.start() < to && from < c.end())) continue;
                    out.add(new Span(st, b - 1, EntityType.Person, null, -1, null, PRIO_LIST, "person:list"));
                    found = st;
                }
                if (found == 0) break;
                b = found;
            }
        }
        return out;
    }
}
