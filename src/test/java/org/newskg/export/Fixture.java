package org.newskg.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A small network with Chinese labels and characters every format must escape. */
final class Fixture {
    static final String NS = "http://newskg.org/id/";
    static final String GUO = NS + "person/郭志毅";
    static final String BUREAU = NS + "org/壶关县文旅局";
    static final String LUCHENG = NS + "place/140406";
    static final String ODD = NS + "org/odd?a=1&b=<2>";
    static final String ARTICLE = NS + "article/a7";

    /** Label with quote, apostrophe, angle brackets, ampersand, backslash, comma, tab, CJK Ext B and an emoji. */
    static final String ODD_LABEL = "壶关县\"融媒体\"中心 <B&C> 'x'\\ 1,2\t𠀀😀";
    /** Label with a line break, CR LF and a control character XML cannot carry. */
    static final String BROKEN_LABEL = "长治市\n第一行\r\n第二行\u0001末";

    static final List<ExportNode> NODES = List.of(
            new ExportNode(GUO, "郭志毅", "Person", null, null, 3, GUO, "2023-03-01", "2023-05-04"),
            new ExportNode(BUREAU, "壶关县文旅局", "Organization", "GovernmentAgency", null, 2, BUREAU),
            new ExportNode(LUCHENG, "潞城区", "Place", "District", "140406", 5, LUCHENG, "2023-01-02", "2023-06-30"),
            new ExportNode(ODD, ODD_LABEL, "Organization", null, null, 1, ODD),
            new ExportNode(ARTICLE, BROKEN_LABEL, "Article", null, null, 0, ARTICLE, "2023-05-04", "2023-05-04"));

    static final List<ExportEdge> EDGES = List.of(
            new ExportEdge(GUO, BUREAU, "position", 2, "2023-03-01", "2023-05-04",
                    List.of(NS + "article/a1", NS + "article/a7"), List.of("党组书记", "局长")),
            new ExportEdge(BUREAU, LUCHENG, "partOf", 1, null, null, List.of()),
            new ExportEdge(GUO, LUCHENG, "coMention", 3, "2023-03-01", "2023-05-04",
                    List.of(NS + "article/a1", NS + "article/a2", NS + "article/a7")),
            new ExportEdge(GUO, BUREAU, "coMention", 1, "2023-05-04", "2023-05-04", List.of(ARTICLE)),
            new ExportEdge(ARTICLE, ODD, "mentions", 1, "2023-05-04", "2023-05-04", List.of(ARTICLE)));

    /** The title attribute of the position edge: its two titles joined. */
    static final String POSITION_TITLE = "党组书记；局长";

    private Fixture() {
    }

    /** The fixture written in one format. */
    static byte[] write(ExportFormat format, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NetworkWriter w = NetworkWriters.create(format, out, options)) {
            w.begin();
            NODES.forEach(w::node);
            EDGES.forEach(w::edge);
            w.end();
        }
        return out.toByteArray();
    }

    static String string(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** What an XML parser gives back for a label this exporter sanitised: controls become U+FFFD. */
    static String xmlRoundTrip(String s) {
        return s.replace('\u0001', '\uFFFD');
    }
}
