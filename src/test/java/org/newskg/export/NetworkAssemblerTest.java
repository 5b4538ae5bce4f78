package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.InvalidInputException;
import org.newskg.export.NetworkAssembler.NodeRef;
import org.newskg.export.NetworkAssembler.Row;

class NetworkAssemblerTest {
    private static final String ONT = "http://newskg.org/ontology#";
    private static final String ID = "http://newskg.org/id/";

    /** Rows as a SPARQL SELECT over three articles would give them: subject|relation|object|article|date. */
    private static final String ROWS = """
            person/郭志毅    | position  | org/壶关县文旅局    | a1 | 2023-03-01
            person/郭志毅    | position  | org/壶关县文旅局    | a1 | 2023-03-01
            person/郭志毅    | position  | org/壶关县文旅局    | a3 | 2023-05-04T09:30:00+08:00
            person/郭志毅    | coMention | place/140406       | a1 | 2023-03-01
            place/140406     | coMention | person/郭志毅       | a1 | 2023-03-01
            place/140406     | coMention | person/郭志毅       | a2 | 2023-04-15
            place/140406     | coMention | place/140406       | a2 | 2023-04-15
            org/壶关县文旅局  | partOf    | place/140427       |    |
            place/140427     | partOf    | org/壶关县文旅局    |    |
            """;

    private static CollectingWriter assemble(NetworkAssembler a) {
        for (String line : ROWS.strip().split("\n")) {
            String[] c = line.split("\\|", -1);
            Map<String, String> b = new HashMap<>();
            b.put(NetworkAssembler.S, ID + c[0].strip());
            b.put(NetworkAssembler.RELATION, ONT + c[1].strip());
            b.put(NetworkAssembler.O, ID + c[2].strip());
            b.put(NetworkAssembler.ARTICLE, c[3].isBlank() ? null : ID + "article/" + c[3].strip());
            b.put(NetworkAssembler.DATE, c[4].strip());
            a.add(b);
        }
        CollectingWriter w = new CollectingWriter();
        a.writeTo(w);
        return w;
    }

    /**
     * A person with two posts at one bureau (王建国 is 局长 and 党组书记 of 潞城区财政局), said in three articles: one
     * position edge, weight 3, the distinct titles in code-point order whatever the row order; a row without a
     * title adds none, and a co-mention edge (rows without titles) has none.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            局长,党组书记,局长,     | 党组书记；局长
            ,党组书记,局长,局长     | 党组书记；局长
            局长,局长,局长,局长     | 局长
            ,,,                     |
            """)
    void positionEdgesKeepTheDistinctTitlesOfTheirRows(String titles, String joined) {
        NetworkAssembler a = new NetworkAssembler();
        NodeRef wang = new NodeRef(ID + "person/王建国", "王建国", "Person");
        NodeRef bureau = new NodeRef(ID + "org/潞城区财政局", "潞城区财政局", "Organization");
        String[] t = titles.split(",", -1);
        for (int i = 0; i < t.length; i++) {
            a.add(new Row(wang, "position", bureau, ID + "article/a" + (i % 3), "2025-01-0" + (i + 1), t[i]));
        }
        a.add(new Row(wang, "coMention", bureau, ID + "article/a0", "2025-01-01"));
        CollectingWriter w = new CollectingWriter();
        a.writeTo(w);
        assertEquals(1, w.edges.stream().filter(e -> e.relation().equals("position")).count(), "one edge per relation");
        ExportEdge position = w.edges.stream().filter(e -> e.relation().equals("position")).findFirst().orElseThrow();
        assertEquals(3, position.weight());
        assertEquals(joined, position.title());
        assertNull(w.edges.stream().filter(e -> e.relation().equals("coMention")).findFirst().orElseThrow().title());
    }

    @Test
    void aggregatesRowsIntoEdgesWithDistinctArticleWeights() {
        CollectingWriter w = assemble(new NetworkAssembler());
        assertTrue(w.begun && w.ended);
        assertEquals(4, w.nodes.size());
        assertEquals(4, w.edges.size(), "position, one coMention (both directions merged, loop dropped), 2 partOf");
        ExportEdge position = w.edge(ID + "person/郭志毅", ID + "org/壶关县文旅局", "position");
        assertEquals(2, position.weight(), "a1 twice counts once");
        assertEquals("2023-03-01", position.firstDate());
        assertEquals("2023-05-04", position.lastDate(), "date part of an xsd:dateTime");
        assertEquals(List.of(ID + "article/a1", ID + "article/a3"), position.articles());

        ExportEdge co = w.edge(ID + "person/郭志毅", ID + "place/140406", "coMention");
        assertEquals(2, co.weight());
        assertEquals(List.of(ID + "article/a1", ID + "article/a2"), co.articles());
        assertEquals("2023-04-15", co.lastDate());

        ExportEdge partOf = w.edge(ID + "org/壶关县文旅局", ID + "place/140427", "partOf");
        assertEquals(0, partOf.weight(), "no article behind it");
        assertNull(partOf.firstDate());
        w.edge(ID + "place/140427", ID + "org/壶关县文旅局", "partOf");
    }

    @Test
    void nodesCountDistinctArticlesAndSpanTheirDates() {
        CollectingWriter w = assemble(new NetworkAssembler());
        ExportNode guo = w.node(ID + "person/郭志毅");
        assertEquals(3, guo.mentions(), "a1, a2, a3");
        assertEquals("2023-03-01", guo.firstDate());
        assertEquals("2023-05-04", guo.lastDate());
        assertEquals(2, w.node(ID + "place/140406").mentions());
        assertEquals(0, w.node(ID + "place/140427").mentions());
        assertEquals(ID + "person/郭志毅", guo.label(), "no label given: the id");
        assertEquals(List.of(ID + "person/郭志毅", ID + "org/壶关县文旅局", ID + "place/140406", ID + "place/140427"),
                w.nodes.stream().map(ExportNode::id).toList(), "first-seen order");
    }

    @Test
    void minimumWeightDropsThinEdgesButKeepsNodes() {
        CollectingWriter w = assemble(new NetworkAssembler(Set.of("coMention"), 2));
        assertEquals(4, w.nodes.size());
        assertEquals(Set.of("position", "coMention"), Set.copyOf(w.edges.stream().map(ExportEdge::relation).toList()));
    }

    @Test
    void withoutSymmetryBothDirectionsStay() {
        CollectingWriter w = assemble(new NetworkAssembler(Set.of(), 0));
        assertEquals(1, w.edge(ID + "person/郭志毅", ID + "place/140406", "coMention").weight());
        assertEquals(2, w.edge(ID + "place/140406", ID + "person/郭志毅", "coMention").weight());
        assertEquals(1, w.edge(ID + "place/140406", ID + "place/140406", "coMention").weight());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # first label, type, code wins; later empty ones do not erase | label  | type   | subtype | code
            郭志毅,Person,-,-;郭志毅同志,Organization,-,-                      | 郭志毅  | Person | -       | -
            -,-,-,-;潞城区,http://newskg.org/ontology#Place,District,140406   | 潞城区  | Place  | District | 140406
            长治市,newskg:Place,-,-;-,-,-,1404                                | 长治市  | Place  | -       | 1404
            """)
    void firstNonEmptyDescriptionWins(String refs, String label, String type, String subtype, String code) {
        NetworkAssembler a = new NetworkAssembler();
        for (String ref : refs.split(";")) {
            String[] f = ref.split(",", -1);
            a.add(new Row(new NodeRef(ID + "x", nul(f[0]), nul(f[1]), nul(f[2]), nul(f[3]), null), null, null,
                    null, null));
        }
        CollectingWriter w = new CollectingWriter();
        a.writeTo(w);
        ExportNode n = w.nodes.get(0);
        assertEquals(label, n.label());
        assertEquals(type, n.type());
        assertEquals(subtype, n.subtype());
        assertEquals(code, n.code());
    }

    private static String nul(String s) {
        return s.equals("-") ? null : s;
    }

    @Test
    void givenMentionCountsOverrideCounting() {
        NetworkAssembler a = new NetworkAssembler();
        a.add(Map.of(NetworkAssembler.S, ID + "person/郭志毅", NetworkAssembler.S_MENTIONS, "17",
                NetworkAssembler.RELATION, "position", NetworkAssembler.O, ID + "org/x", NetworkAssembler.ARTICLE,
                ID + "article/a1"));
        CollectingWriter w = new CollectingWriter();
        a.writeTo(w);
        assertEquals(17, w.node(ID + "person/郭志毅").mentions());
        assertEquals(1, w.node(ID + "org/x").mentions());
    }

    @Test
    void badRowsNameTheirNumber() {
        NetworkAssembler a = new NetworkAssembler();
        a.add(Map.of(NetworkAssembler.S, ID + "a"));
        InvalidInputException date = assertThrows(InvalidInputException.class, () -> a.add(Map.of(
                NetworkAssembler.S, ID + "a", NetworkAssembler.DATE, "2023年5月4日")));
        assertEquals("row 2", date.where());
        InvalidInputException half = assertThrows(InvalidInputException.class, () -> a.add(Map.of(
                NetworkAssembler.S, ID + "a", NetworkAssembler.RELATION, "position")));
        assertTrue(half.getMessage().contains("both be given"), half.getMessage());
        InvalidInputException count = assertThrows(InvalidInputException.class, () -> a.add(Map.of(
                NetworkAssembler.S, ID + "a", NetworkAssembler.S_MENTIONS, "many")));
        assertTrue(count.getMessage().contains("sMentions"), count.getMessage());
        assertThrows(InvalidInputException.class, () -> a.add(Map.of(NetworkAssembler.S_LABEL, "郭志毅")));
    }

    @Test
    void manyRepeatedRowsAggregateToFewEdges() {
        NetworkAssembler a = new NetworkAssembler();
        int people = 50;
        int articles = 400;
        for (int round = 0; round < 5; round++) {
            for (int art = 0; art < articles; art++) {
                for (int p = 0; p < people; p += 7) {
                    a.add(new Row(new NodeRef(ID + "person/p" + p, "人" + p, "Person"), "coMention",
                            new NodeRef(ID + "person/p" + ((p + art) % people), null, "Person"),
                            ID + "article/" + art, dateOf(art)));
                }
            }
        }
        assertEquals(5L * articles * 8, a.rows());
        CollectingWriter w = new CollectingWriter();
        a.writeTo(w);
        assertEquals(a.edgeCount(), w.edges.size());
        assertTrue(a.edgeCount() <= people * people / 2, "bounded by node pairs, not rows: " + a.edgeCount());
        int sum = w.edges.stream().mapToInt(ExportEdge::weight).sum();
        int selfLoops = articles / people * 8;
        assertEquals(articles * 8 - selfLoops, sum, "every (pair, article) counted once, self-loops dropped");
        for (ExportEdge e : w.edges) {
            assertEquals(e.weight(), e.articles().size());
            assertEquals(e.weight(), Set.copyOf(e.articles()).size());
        }
    }

    private static String dateOf(int day) {
        return java.time.LocalDate.of(2023, 1, 1).plusDays(day).toString();
    }

    @Test
    void assembledNetworkReadsBackInNetworkx(@TempDir Path dir) throws IOException {
        ExternalTool.assumeNetworkx();
        NetworkAssembler a = new NetworkAssembler();
        CollectingWriter expected = assemble(a);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NetworkWriter w = NetworkWriters.create(ExportFormat.GRAPHML, out, ExportOptions.defaults())) {
            a.writeTo(w);
        }
        JsonObject g = NetworkxReader.read(dir, "graphml", out.toByteArray());
        assertEquals(expected.nodes.size(), g.getAsJsonObject("nodes").size());
        assertEquals(Set.copyOf(GexfWriterTest.describe(expected.edges)),
                Set.copyOf(GexfWriterTest.describeNetworkx(g.getAsJsonArray("edges"))));
    }
}
