package org.newskg.serve.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads what the store's IRIs carry, for the workbench (which talks SPARQL only and does not use the mapping
 * code): a mention's span IRI {@code <article>#char=<begin>,<end>} (RFC 5147, offsets in Unicode code points) and
 * an entity's linker key (the IRI's path after the data namespace, percent-decoded).
 */
final class Spans {
    static final String ID_NS = "https://w3id.org/newskg/id/";
    private static final String FRAGMENT = "#char=";

    private Spans() {}

    /** A span in UTF-16 units of the article's text: [begin, end). */
    record Span(String article, int begin, int end) {}

    /**
     * The span a mention IRI names, converted to Java String indices of {@code text}; null when the IRI is not a
     * span or the span does not lie inside the text.
     */
    static Span utf16(String iri, String text) {
        int f = iri == null ? -1 : iri.lastIndexOf(FRAGMENT);
        if (f <= 0 || text == null) return null;
        String range = iri.substring(f + FRAGMENT.length());
        int comma = range.indexOf(',');
        if (comma <= 0 || comma > 9 || range.length() - comma - 1 > 9) return null;
        String b = range.substring(0, comma), e = range.substring(comma + 1);
        if (!digits(b) || !digits(e)) return null;
        int begin = Integer.parseInt(b), end = Integer.parseInt(e);
        int points = text.codePointCount(0, text.length());
        if (end < begin || end > points) return null;
        return new Span(iri.substring(0, f), text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }

    /** The linker key of an entity IRI, or null outside the entity namespace (articles, graphs, other IRIs). */
    static String key(String iri) {
        if (iri == null || !iri.startsWith(ID_NS)) return null;
        String path = iri.substring(ID_NS.length());
        if (path.isEmpty() || path.startsWith("article/") || path.startsWith("graph/")) return null;
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
