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
 * <li>things inside one article: the article IRI plus a fragment ({@code #m120-123} for a mention)</li>
 * <li>the graph of division descriptions, shared by all articles: {@code .../id/graph/divisions}</li>
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

    /** A mention of the article: {@code <article>#m<start>-<end>} (offsets in UTF-16 units). */
    public static Node mention(String articleId, int start, int end) {
        return inArticle(articleId, "m" + start + "-" + end);
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
