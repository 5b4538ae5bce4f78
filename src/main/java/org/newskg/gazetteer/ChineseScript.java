package org.newskg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.newskg.InvalidInputException;

/**
 * Traditional-to-simplified conversion, character by character, for looking up names written in
 * traditional characters ({@code 曲沃縣} → {@code 曲沃县}). The table is HanLP's {@code t2s.txt}
 * (one {@code 繁=简} pair a line), read from the HanLP jar on first use.
 */
public final class ChineseScript {
    static final String T2S_RESOURCE = "/data/dictionary/tc/t2s.txt";

    private ChineseScript() {
    }

    private static final class Holder {
        static final Map<Integer, Integer> T2S = readTable();
    }

    /** The text with every traditional character that has a single simplified form replaced. */
    public static String toSimplified(String text) {
        Map<Integer, Integer> table = Holder.T2S;
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Integer s = table.get(cp);
            if (s != null && sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
            if (sb != null) sb.appendCodePoint(s != null ? s : cp);
            i += Character.charCount(cp);
        }
        return sb == null ? text : sb.toString();
    }

    private static Map<Integer, Integer> readTable() {
        InputStream in = ChineseScript.class.getResourceAsStream(T2S_RESOURCE);
        if (in == null) throw new InvalidInputException(T2S_RESOURCE, "not on the classpath (HanLP portable jar missing?)");
        Map<Integer, Integer> map = new HashMap<>(8192);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq <= 0 || eq == line.length() - 1) continue;
                String from = line.substring(0, eq), to = line.substring(eq + 1);
                if (from.codePointCount(0, from.length()) == 1 && to.codePointCount(0, to.length()) == 1)
                    map.put(from.codePointAt(0), to.codePointAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(T2S_RESOURCE + ": " + e.getMessage(), e);
        }
        return Map.copyOf(map);
    }
}
