package org.newskg.serve.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** URLs of the workbench pages. */
final class Pages {
    private Pages() {}

    /**
     * The page of an entity: {@code /entity/<path>} for an IRI under {@link Vocab#ID_NS}, where each path segment
     * of the IRI is percent-encoded as a URI component, so decoding the page path gives back the IRI exactly;
     * {@code /entity?iri=<encoded IRI>} for any other IRI, and for IRIs that hold a {@code %} themselves (the
     * server refuses {@code %25} in a path as ambiguous).
     */
    static String entityPath(String iri) {
        if (iri == null) return null;
        if (iri.startsWith(Vocab.ID_NS) && iri.length() > Vocab.ID_NS.length() && iri.indexOf('%') < 0 && iri.indexOf("//", Vocab.ID_NS.length() - 1) < 0) {
            String[] segs = iri.substring(Vocab.ID_NS.length()).split("/", -1);
            StringBuilder sb = new StringBuilder("/entity");
            for (String s : segs) sb.append('/').append(component(s));
            return sb.toString();
        }
        return "/entity?iri=" + component(iri);
    }

    /** Percent-encodes all but the unreserved characters {@code A-Z a-z 0-9 - . _ ~} (UTF-8), like encodeURIComponent. */
    static String component(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')
                sb.append((char) c);
            else sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }
        return sb.toString();
    }

    /** Decodes percent-escapes (UTF-8); the inverse of {@link #component}. Malformed escapes are kept as they are. */
    static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && Character.digit(raw[i + 1], 16) >= 0 && Character.digit(raw[i + 2], 16) >= 0) {
                out.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
            } else out.write(raw[i]);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The entity IRI of a page path below {@code /entity/} (the part after it), the inverse of {@link #entityPath}. */
    static String iriOfPath(String pathAfterEntity) {
        StringBuilder sb = new StringBuilder(Vocab.ID_NS);
        String[] segs = pathAfterEntity.split("/", -1);
        for (int i = 0; i < segs.length; i++) {
            if (i > 0) sb.append('/');
            sb.append(decode(segs[i]));
        }
        return sb.toString();
    }
}
