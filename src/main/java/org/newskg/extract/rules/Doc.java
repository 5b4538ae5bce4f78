package org.newskg.extract.rules;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/**
 * One text under analysis: the original, a simplified copy of the same length (so offsets are shared),
 * and the HanLP tokens of the simplified copy.
 */
public final class Doc {
    public final String original;
    /** Simplified-character copy, same length as {@link #original}. */
    public final String simplified;
    /** Length of the text (of both copies). */
    public final int length;
    final int[] tokStart, tokEnd;
    final String[] tokNature;
    /** Index of the token covering each char. */
    final int[] tokenAt;

    public Doc(String text) {
        this.original = text;
        this.simplified = simplify(text);
        this.length = simplified.length();
        // A new segmenter per document: cheap to build, and no instance is shared between threads.
        // HanLP's own place and organisation recognisers merge suffixes into odd tokens (山西分行党委/nt,
        // 洼村/nt); the rules find places and organisations themselves, on the finer dictionary segmentation
        // (person-name recognition stays on).
        Segment seg = HanLP.newSegment().enableOffset(true);
        List<Term> terms = seg.seg(simplified);
        int k = terms.size();
        tokStart = new int[k];
        tokEnd = new int[k];
        tokNature = new String[k];
        tokenAt = new int[length];
        for (int i = 0; i < k; i++) {
            Term t = terms.get(i);
            tokStart[i] = t.offset;
            tokEnd[i] = t.offset + t.length();
            tokNature[i] = t.nature == null ? "x" : t.nature.toString();
            for (int c = tokStart[i]; c < tokEnd[i] && c < length; c++) tokenAt[c] = i;
        }
    }

    /**
     * A simplified copy of {@code text} with exactly the same length: the whole-text conversion when it
     * keeps the length, else character by character (characters whose conversion is not one char stay).
     */
    public static String simplify(String text) {
        String whole = HanLP.convertToSimplifiedChinese(variants(text));
        if (whole.equals(text)) return text;
        if (whole.length() == text.length()) return whole;
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || c < 0x2E80) {
                b.append(c);
                continue;
            }
            String x = HanLP.convertToSimplifiedChinese(String.valueOf(c));
            b.append(x.length() == 1 ? x.charAt(0) : c);
        }
        return b.toString();
    }

    /**
     * Variant forms of traditional characters that HanLP's table leaves as they are, mapped one to one (so lengths
     * and offsets stay): 陜 (Big5's usual form of 陝, in 陜西) → 陕, 衞 (of 衛) → 卫.
     */
    private static final String VARIANTS_FROM = "陜衞";
    private static final String VARIANTS_TO = "陕卫";

    private static String variants(String text) {
        for (int i = 0; i < VARIANTS_FROM.length(); i++) {
            if (text.indexOf(VARIANTS_FROM.charAt(i)) >= 0) text = text.replace(VARIANTS_FROM.charAt(i), VARIANTS_TO.charAt(i));
        }
        return text;
    }

    public int tokens() {
        return tokStart.length;
    }

    public int tokStart(int i) {
        return tokStart[i];
    }

    public int tokEnd(int i) {
        return tokEnd[i];
    }

    public String nature(int i) {
        return tokNature[i];
    }

    public String word(int i) {
        return simplified.substring(tokStart[i], tokEnd[i]);
    }

    public int tokenAt(int pos) {
        return tokenAt[pos];
    }

    /** True when a token starts at {@code pos} (or pos is the text end). */
    public boolean boundary(int pos) {
        if (pos <= 0 || pos >= length) return true;
        return tokStart[tokenAt[pos]] == pos;
    }

    public char at(int pos) {
        return pos >= 0 && pos < length ? simplified.charAt(pos) : '\n';
    }

    public boolean startsWith(String w, int pos) {
        return pos >= 0 && simplified.startsWith(w, pos);
    }

    /**
     * Before {@code i}, a short note in brackets between a title and a name (副县长（挂职）刘晓东, 局长（正科级）王明):
     * where the note opens, or {@code i} when there is none.
     */
    public int beforeNote(int i) {
        if (i < 4 || at(i - 1) != '）' && at(i - 1) != ')') return i;
        char open = at(i - 1) == '）' ? '（' : '(';
        for (int k = i - 2; k >= Math.max(0, i - 8); k--) {
            if (at(k) == open) return k > 0 && isHan(at(k - 1)) && k < i - 2 ? k : i;
            if (!isHan(at(k))) return i;
        }
        return i;
    }

    /** A word of HanLP's core dictionary none of whose natures is a place name's (玫瑰, 幸福; not 皂市, not unknown words). */
    public static boolean ordinaryWord(String w) {
        var attr = CoreDictionary.get(w);
        if (attr == null) return false;
        for (var n : attr.nature) if (n.toString().startsWith("ns")) return false;
        return true;
    }

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Punctuation, whitespace, digits, latin: anything that cannot be inside a Chinese name. */
    public static boolean isBreak(char c) {
        return !isHan(c) && c != '·';
    }
}
