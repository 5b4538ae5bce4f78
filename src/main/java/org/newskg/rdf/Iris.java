package org.newskg.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints the IRIs of the newskg data, all under {@link #ID_NS}.
 * <ul>
 * <li>article: {@code .../id/article/<id>} (also the name of the article's named graph)</li>
 * <li>entity: {@code .../id/<key>}, e.g. {@code .../id/place/140427}, {@code .../id/org/壶关县文旅局}</li>
 * <li>division: {@code .../id/place/<code>}, the same IRI as the entity with key {@code place/<code>}</li>
 * <li>a span of an article's text (a mention): the article IRI plus an RFC 5147 fragment, {@code #char=120,123}</li>
 * <li>other things inside one article: the article IRI plus a fragment ({@code #p120-130} for a post)</li>
 * <li>the graph of division descriptions, shared by all articles: {@code .../id/graph/divisions}</li>
 * <li>the graph of statistics: {@code .../id/graph/statistics}, and the graphs of counts it describes,
 * {@code .../id/graph/statistics/<kind>/...}; an entity's tally {@code .../id/stat/entity/<hash>}</li>
 * </ul>
 * Characters an IRI may not hold (spaces, controls, {@code <>"{}|\^`#?%[]}, ...) are percent-encoded as UTF-8;
 * Chinese and other non-ASCII letters stay readable. Encoding keeps {@code %} out of the raw text, so
 * different keys always give different IRIs.
 */
public final class Iris {
    /** Namespace of all data resources. */
    public static final String ID_NS = "https://w3id.org/newskg/id/";
    /** Namespace of articles. */
    public static final String ARTICLE_NS = ID_NS + "article/";
    /**
     * Name of the graph that holds the descriptions of administrative divisions (type, label, code, level, parent),
     * reference data from the gazetteer written once for all articles.
     */
    public static final String DIVISIONS_GRAPH = ID_NS + "graph/divisions";
    /**
     * Name of the graph of corpus statistics (what each tally counts, and the description of the graphs of counts of
     * articles per entity, month, byline credit and person–organisation pair, whose names start with this and a
     * slash), derived from the article graphs and kept by the store as it writes.
     */
    public static final String STATISTICS_GRAPH = ID_NS + "graph/statistics";

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final String PLACE_PREFIX = "place/";

    private Iris() {}

    /** The article's IRI, also the name of its graph. */
    public static Node article(String articleId) {
        return NodeFactory.createURI(articleIri(articleId));
    }

    /** The article's IRI as a string. */
    public static String articleIri(String articleId) {
        Objects.requireNonNull(articleId, "article id");
        if (articleId.isBlank()) throw new IllegalArgumentException("blank article id");
        return ARTICLE_NS + encode(articleId, false);
    }

    /**
     * The IRI of the entity with this linker key. Slashes in the key are kept as path separators.
     * A key {@code place/<digits>} names a division: its code is normalised as by {@link #normalizeCode}.
     */
    public static Node entity(String key) {
        Objects.requireNonNull(key, "entity key");
        if (key.isBlank()) throw new IllegalArgumentException("blank entity key");
        if (key.startsWith(PLACE_PREFIX) && DIGITS.matcher(key.substring(PLACE_PREFIX.length())).matches())
            return division(key.substring(PLACE_PREFIX.length()));
        return NodeFactory.createURI(ID_NS + encode(key, true));
    }

    /** The name of the graph of division descriptions ({@link #DIVISIONS_GRAPH}). */
    public static Node divisionsGraph() {
        return NodeFactory.createURI(DIVISIONS_GRAPH);
    }

    /** The IRI of the administrative division with this code: {@code .../id/place/<6, 9 or 12 digit code>}. */
    public static Node division(String code) {
        return NodeFactory.createURI(ID_NS + PLACE_PREFIX + normalizeCode(code));
    }

    /**
     * A division code in its written form: 6 digits for province, prefecture and county, 9 for a
     * township, 12 for a village. The 2- and 4-digit source forms of provinces and prefectures are padded
     * with zeros ({@code 14} → {@code 140000}, {@code 1404} → {@code 140400}).
     */
    public static String normalizeCode(String code) {
        Objects.requireNonNull(code, "division code");
        if (!DIGITS.matcher(code).matches())
            throw new IllegalArgumentException("division code '" + code + "' is not all digits");
        return switch (code.length()) {
            case 2 -> code + "0000";
            case 4 -> code + "00";
            case 6, 9, 12 -> code;
            default -> throw new IllegalArgumentException("division code '" + code + "' has " + code.length()
                    + " digits, expected 2, 4, 6, 9 or 12");
        };
    }

    /** The fragment that starts a span IRI: {@code <article>#char=<begin>,<end>} (RFC 5147). */
    public static final String SPAN_FRAGMENT = "#char=";

    /**
     * A span of the article's text as an RFC 5147 / NIF 2.0 IRI: {@code <article>#char=<begin>,<end>}, offsets in
     * Unicode code points (the unit RFC 5147, NIF and SPARQL's SUBSTR and STRLEN count), begin inclusive, end
     * exclusive. A mention is such a span with {@code nk:refersTo}; posts and bylines point at theirs with
     * {@code nk:span}. The anchor text is {@code SUBSTR(?text, begin + 1, end - begin)} of the article's text.
     */
    public static Node span(String articleId, int begin, int end) {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("span [" + begin + "," + end + ") of article " + articleId);
        return NodeFactory.createURI(articleIri(articleId) + SPAN_FRAGMENT + begin + "," + end);
    }

    /** A span read back from its IRI: the article IRI and the code-point offsets [begin, end). */
    public record Span(String article, int begin, int end) {
        /** The same span in Java String indices (UTF-16 units) of the article's text. */
        public int[] utf16(String text) {
            return new int[] {Offsets.toUtf16(text, begin), Offsets.toUtf16(text, end)};
        }
    }

    /** The span an IRI {@code <article>#char=b,e} names, or null when the IRI is not of that form. */
    public static Span parseSpan(String iri) {
        if (iri == null) return null;
        int f = iri.lastIndexOf(SPAN_FRAGMENT);
        if (f <= 0) return null;
        String range = iri.substring(f + SPAN_FRAGMENT.length());
        int comma = range.indexOf(',');
        if (comma <= 0 || comma == range.length() - 1) return null;
        String b = range.substring(0, comma), e = range.substring(comma + 1);
        if (!DIGITS.matcher(b).matches() || !DIGITS.matcher(e).matches() || b.length() > 9 || e.length() > 9) return null;
        int begin = Integer.parseInt(b), end = Integer.parseInt(e);
        return end < begin ? null : new Span(iri.substring(0, f), begin, end);
    }

    /**
     * The linker key an entity IRI was minted from (the inverse of {@link #entity}): the path after {@link #ID_NS},
     * percent-decoded. Null for an IRI outside the entity namespace.
     */
    public static String key(String entityIri) {
        if (entityIri == null || !entityIri.startsWith(ID_NS) || entityIri.startsWith(ARTICLE_NS)) return null;
        String path = entityIri.substring(ID_NS.length());
        if (path.isEmpty() || path.startsWith("graph/")) return null;
        return java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** A resource that belongs to one article: {@code <article>#<fragment>}; the fragment is encoded. */
    public static Node inArticle(String articleId, String fragment) {
        return NodeFactory.createURI(articleIri(articleId) + "#" + encode(fragment, true));
    }

    /**
     * Percent-encodes what may not stand raw in an IRI path segment (RFC 3987 ipchar), plus characters
     * that are legal but awkward in Turtle and SPARQL: only ASCII letters and digits, {@code - . _ ~},
     * optionally {@code /}, and non-ASCII letters, digits and marks outside the private-use and special
     * planes stay as they are.
     */
    static String encode(String s, boolean keepSlash) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (keep(cp) || (keepSlash && cp == '/')) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8))
                    sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                      .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        // "." and ".." path segments would be removed by IRI normalisation
        String out = sb.toString();
        if (out.contains(".")) {
            String[] segments = out.split("/", -1);
            for (int k = 0; k < segments.length; k++)
                if (segments[k].equals(".") || segments[k].equals("..")) segments[k] = segments[k].replace(".", "%2E");
            out = String.join("/", segments);
        }
        return out;
    }

    private static boolean keep(int cp) {
        if (cp < 0x80)
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || cp == '-' || cp == '.' || cp == '_' || cp == '~';
        if (!ucschar(cp)) return false;
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** RFC 3987 ucschar: non-ASCII code points an IRI may hold unencoded. */
    private static boolean ucschar(int cp) {
        return (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFEF)
                || (cp >= 0x10000 && cp <= 0xEFFFD && (cp & 0xFFFF) <= 0xFFFD);
    }
}
