package org.newskg.serve.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the sentence around a span out of an article text. Offsets are Java String indices (UTF-16 units), the
 * unit the store records (nk:beginIndex/nk:endIndex) and the one JavaScript strings use, so the page can
 * highlight with them as they are.
 */
final class Sentences {
    /** Longest snippet sent for one span; longer sentences are cut around the span. */
    static final int MAX = 240;

    private Sentences() {}

    /** A sentence [start, end) of the text with highlighted ranges given relative to {@code start}. */
    record Snippet(int start, int end, String text, List<int[]> highlights) {}

    static boolean terminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';' || c == '\n' || c == '\r';
    }

    static boolean closer(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》';
    }

    /**
     * The sentence holding [begin, end): from just after the previous terminator to the next terminator
     * (included), stripped of surrounding blanks, at most {@link #MAX} units around the span.
     *
     * @throws IllegalArgumentException when the span is not inside the text
     */
    static int[] bounds(String text, int begin, int end) {
        if (begin < 0 || end < begin || end > text.length())
            throw new IllegalArgumentException("span [" + begin + "," + end + ") outside a text of " + text.length());
        int s = begin;
        while (s > 0 && !terminator(text.charAt(s - 1))) s--;
        int e = end;
        while (e < text.length() && !terminator(text.charAt(e))) e++;
        if (e < text.length() && text.charAt(e) != '\n' && text.charAt(e) != '\r') e++;
        // a closing quote after a terminator ends the sentence before it (“我们要干！”郜振华说。)
        while (e < text.length() && closer(text.charAt(e))) e++;
        while (s < begin && (Character.isWhitespace(text.charAt(s)) || closer(text.charAt(s)))) s++;
        while (e > end && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e - s > MAX) {
            int room = Math.max(0, MAX - (end - begin));
            s = Math.max(s, begin - room / 2);
            e = Math.min(e, Math.max(end, s + MAX));
        }
        // never split a surrogate pair
        if (s > 0 && s < text.length() && Character.isLowSurrogate(text.charAt(s))) s--;
        if (e < text.length() && e > 0 && Character.isHighSurrogate(text.charAt(e - 1))) e++;
        return new int[] {s, e};
    }

    /** Snippets for spans sorted by begin; spans in the same sentence share one snippet. */
    static List<Snippet> snippets(String text, List<int[]> spans) {
        List<Snippet> out = new ArrayList<>();
        int[] cur = null;
        List<int[]> hl = null;
        for (int[] span : spans) {
            if (span[0] < 0 || span[1] > text.length() || span[1] < span[0]) continue;
            if (cur != null && span[0] >= cur[0] && span[1] <= cur[1]) {
                hl.add(new int[] {span[0] - cur[0], span[1] - cur[0]});
                continue;
            }
            if (cur != null) out.add(new Snippet(cur[0], cur[1], text.substring(cur[0], cur[1]), hl));
            cur = bounds(text, span[0], span[1]);
            hl = new ArrayList<>();
            hl.add(new int[] {span[0] - cur[0], span[1] - cur[0]});
        }
        if (cur != null) out.add(new Snippet(cur[0], cur[1], text.substring(cur[0], cur[1]), hl));
        return out;
    }
}
