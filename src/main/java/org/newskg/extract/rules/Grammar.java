package org.newskg.extract.rules;

import java.util.List;
import java.util.Set;

/** Token tests shared by the name rules. */
final class Grammar {
    private Grammar() {}

    /** Last characters of villages' and hamlets' names (闫家庄, 李家屯, 马家堡, 王家寨). */
    static final String SETTLEMENT_ENDS = "庄屯堡寨";

    static final Set<String> LEVEL_CHARS = Set.of("省", "市", "县", "区", "旗", "州", "盟");

    /** Natures of tokens that may stand inside a proper name (HanLP 1.x tag set). */
    static boolean nameNature(String nat) {
        if (nat.equals("nnt")) return false; // job titles
        return nat.startsWith("n") || nat.equals("j") || nat.equals("b") || nat.startsWith("g")
                || nat.equals("vn") || nat.equals("s") || nat.equals("x") || nat.equals("an");
    }

    /** Natures that mark a name-bearing (specific) token. */
    static boolean properNature(String nat) {
        return nat.startsWith("nr") || nat.startsWith("ns") || nat.startsWith("nt") || nat.equals("nz")
                || nat.equals("j") || nat.equals("nx");
    }

    /** 和 between two name words of an agency's full name, not between two bodies (市人社局和市医保局). */
    static boolean joinsNameParts(Doc d, int ti, int pos, int from, Tables t) {
        if (ti == 0 || pos >= d.length) return false;
        int left = ti - 1;
        String lw = d.word(left), rw = d.word(d.tokenAt(pos));
        // the part after the conjunction is a word of two or more characters, or runs on to the name's ending (竹/ng 产业)
        boolean rightWord = rw.length() >= 2 || from - pos >= 2 && allHan(d.simplified.substring(pos, from));
        if (lw.length() < 2 || !rightWord || !allHan(lw) || !nameNature(d.nature(left))) return false;
        // 与 is mostly a preposition (村集体与北大荒农垦集团合作): it joins the parts of an agency's name only (海洋与渔业局)
        if (d.at(d.tokStart(ti)) == '与' && (from >= d.length || "局厅委办".indexOf(d.at(d.tokEnd(d.tokenAt(from)) - 1)) < 0)) return false;
        char last = lw.charAt(lw.length() - 1);
        if ("局委院行司厅办部会社校所队组站中心".indexOf(last) >= 0) return false;
        if (t.orgSuffixes.containsKey(lw)) return false; // 天济制药和津市宏达机械制造: two companies
        if (t.placeSuffixes.containsKey(lw)) return false; // 文化公园和体育中心: a place and a body
        return !t.orgStopWords.contains(lw) && !d.nature(left).startsWith("ns");
    }

    /** A one-character token inside a name (潞之锦: 潞/g 之/uzhi 锦/ag); {@code inner}: not the first part. */
    static boolean singleOk(String nat, boolean inner) {
        if (nat.equals("uzhi")) return inner;
        return nat.equals("g") || nat.equals("ag") || nat.equals("ng") || nat.equals("vg") || nat.equals("tg") || nat.equals("a");
    }

    static boolean allHan(String w) {
        for (int i = 0; i < w.length(); i++) if (!Doc.isHan(w.charAt(i))) return false;
        return true;
    }

    /** Han numerals (八, 第一, 十二) but not digits. */
    static boolean hanNumber(String w, String nat) {
        return nat.startsWith("m") && allHan(w);
    }

    /**
     * Extends a name leftwards from {@code from} over name-like tokens.
     *
     * @param maxLen     longest name part in chars
     * @param allowAdj   whether adjectives may be inside (scenic spots: 欢乐太行谷)
     * @param stopAt     a token for which this returns true ends the extension (exclusive)
     * @return the start of the name (== from when nothing could be added)
     */
    static int leftExtend(Doc d, int from, int maxLen, boolean allowAdj, Tables t, java.util.function.IntPredicate stopAt) {
        int start = from;
        int pos = from;
        while (pos > 0 && from - pos < maxLen) {
            char prev = d.at(pos - 1);
            if (prev == '·' && pos >= 2 && Doc.isHan(d.at(pos - 2))) { // 巾帼荟·共富工坊
                pos--;
                continue;
            }
            if ((prev == '）' || prev == ')') && pos - start <= 0 + maxLen) { // …疾病（骨髓增殖性肿瘤）临床…
                int open = d.simplified.lastIndexOf(prev == '）' ? '（' : '(', pos - 1);
                if (open > 0 && pos - open <= 14 && allHan(d.simplified.substring(open + 1, pos - 1)) && pos - 1 > open + 1
                        && Doc.isHan(d.at(open - 1))) {
                    pos = open;
                    continue;
                }
                break;
            }
            int ti = d.tokenAt(pos - 1);
            int ts = d.tokStart(ti);
            String w = d.simplified.substring(ts, pos);
            String nat = d.nature(ti);
            if (!allHan(w)) break;
            // 文化和旅游局, 人力资源和社会保障局, 海洋与渔业局, 林业和竹/ng 产业局
            if ((w.equals("和") || w.equals("与")) && joinsNameParts(d, ti, pos, from, t)) {
                pos = ts;
                start = ts;
                continue;
            }
            if (stopAt.test(ti)) break;
            // a full person name is no part of a name; one opening with a level character is HanLP's misreading of a
            // level prefix and an abbreviation
            // (区卫健/nr 委), or ending in a settlement's character, a village's name (闫家庄/nr 农业服务站)
            if (nat.startsWith("nr") && w.length() >= 3 && !LEVEL_CHARS.contains(w.substring(0, 1))
                    && SETTLEMENT_ENDS.indexOf(w.charAt(w.length() - 1)) < 0) break;
            // 西江/ns 千户/q 苗寨: a numeral with its measure inside a name, only when a proper name stands before it
            if (allowAdj && nat.startsWith("q") && w.length() == 2 && "一二三四五六七八九十百千万".indexOf(w.charAt(0)) >= 0) {
                if (ts == 0 || from - ts >= maxLen) break;
                String before = d.nature(d.tokenAt(ts - 1));
                if (!(before.startsWith("ns") || before.startsWith("nz") || before.startsWith("nt")) || !allHan(d.word(d.tokenAt(ts - 1)))) break;
                pos = ts;
                continue;
            }
            boolean inner = t.orgInnerWords.contains(w);
            if (!inner) {
                if (t.orgStopWords.contains(w)) break;
                boolean ok = nameNature(nat) || hanNumber(w, nat) || allowAdj && (nat.equals("a") || nat.equals("ag"))
                        || nat.startsWith("nr") || nat.startsWith("ns") || w.length() == 1 && singleOk(nat, pos < from)
                        || nat.equals("f") && directionName(w);
                if (!ok) break;
            }
            if (from - ts > maxLen) break;
            pos = ts;
            start = ts;
        }
        return start;
    }

    /** Skips leading adjectives, adverbs and verbal nouns: a name does not start with them (慈善 in 中华慈善总会 stays). */
    static int trimLeading(Doc d, int start, int limit) {
        while (start < limit) {
            int ti = d.tokenAt(start);
            String nat = d.nature(ti);
            // 原/b 平遥县人大常委会副主任: 原 (former) belongs to the title, not to the name
            boolean former = nat.equals("b") && d.word(ti).equals("原");
            if (!(former || nat.equals("a") || nat.equals("ag") || nat.equals("ad") || nat.equals("vn") || nat.startsWith("d") || nat.equals("uzhi"))) break;
            if (d.tokEnd(ti) > limit) break;
            // 长/a 医/ng: one-character words in a row are an abbreviation, not an adjective
            if (d.tokEnd(ti) - d.tokStart(ti) == 1 && d.tokEnd(ti) < limit) {
                int tj = d.tokenAt(d.tokEnd(ti));
                if (d.tokEnd(tj) - d.tokStart(tj) == 1) break;
            }
            start = d.tokEnd(ti);
        }
        return start;
    }

    /** A quoted name (“知味红·红糖工坊”): when the name stops two characters or a ·-joined part after an opening quote, it starts there. */
    static int toOpeningQuote(Doc d, int start, int limit) {
        for (int k = 1; k <= 8 && start - k >= 0; k++) {
            char c = d.at(start - k);
            if (c == '“' || c == '「' || c == '《' || c == '"') return k == 1 || k <= 3 || d.simplified.substring(start - k + 1, start).indexOf('·') >= 0 ? start - k + 1 : start;
            if (!Doc.isHan(c) && c != '·') return start;
        }
        return start;
    }

    /** When a place ends exactly at {@code start} (or covers it), the name starts at that place. */
    static int ownerPlace(int start, List<Span> places) {
        for (Span p : places) if (p.start() < start && p.end() == start && p.rank() >= 1) return p.start();
        for (Span p : places) if (p.start() < start && p.end() > start && p.rank() >= 1) return p.start();
        return start;
    }

    /** Cuts every leading administrative place off a span (scenic spots do not include their county). */
    static int dropAllLeadingPlaces(int start, int end, List<Span> places) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Span p : places) {
                if (p.start() == start && p.end() <= end - 2 && p.rank() >= 1 && !p.rule().equals("short")) {
                    start = p.end();
                    changed = true;
                }
            }
        }
        return start;
    }

    /** Leading place spans inside [start, end) that are followed by another administrative place: cut them off. */
    static int dropLeadingPlaces(int start, int end, List<Span> places) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Span first = null, second = null;
            for (Span p : places) if (p.start() == start && p.end() < end && p.rank() >= 1) first = p;
            if (first == null) break;
            for (Span p : places) if (p.start() == first.end() && p.end() <= end && p.rank() >= 1 && p.rank() < first.rank()) second = p;
            if (second != null) {
                start = second.start();
                changed = true;
            }
        }
        return start;
    }

    /**
     * The character at {@code i} closes a verb of taking a post ({@code post-verbs.txt}) and the next one is a level
     * character (出任县供销社主任, 担任县长, 现任市交通局局长): that character is the verb's, not the first of a place
     * name (任县) or of an organisation. A verb of two or more characters always takes it; the lone verb 任 only right
     * after a person's name (王某任县财政局局长). A name written after the whole verb (出任任县县长) is not touched.
     */
    static boolean postVerbGlued(Doc d, int i, Tables t) {
        if (i <= 0 || i + 1 >= d.length) return false;
        char next = d.at(i + 1);
        if (!LEVEL_CHARS.contains(String.valueOf(next)) && "镇乡".indexOf(next) < 0) return false;
        for (int L = Math.min(t.maxPostVerb, i + 1); L >= 1; L--) {
            if (!t.postVerbs.contains(d.simplified.substring(i + 1 - L, i + 1))) continue;
            if (L >= 2) return true;
            int tp = d.tokenAt(i - 1);
            return d.nature(tp).startsWith("nr") && d.tokEnd(tp) == i;
        }
        return false;
    }

    /**
     * A two-character direction word that names a quarter (城南/f, 河东, 江北): a direction with a town, river or
     * similar character, not a position word (东部, 南侧, 北边, 以东). Such a word names a sub-unit
     * (长兴县公安局城南派出所, guideline 13).
     */
    static boolean directionName(String w) {
        if (w.length() != 2) return false;
        // 东南/f 大学, 西北/f 农林科技大学: a compound direction names the region of an institution
        if ("东西".indexOf(w.charAt(0)) >= 0 && "南北".indexOf(w.charAt(1)) >= 0 || w.equals("中南")) return true;
        int dir = -1;
        for (int k = 0; k < 2; k++) if ("东南西北".indexOf(w.charAt(k)) >= 0) dir = k;
        if (dir < 0) return false;
        char other = w.charAt(1 - dir);
        return "城河江湖山关".indexOf(other) >= 0;
    }
}
