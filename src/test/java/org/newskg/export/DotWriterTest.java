package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DotWriterTest {
    @TempDir
    Path dir;

    private Path dot;

    @BeforeEach
    void write() throws Exception {
        dot = dir.resolve("network.dot");
        Files.write(dot, Fixture.write(ExportFormat.DOT, ExportOptions.defaults().withGraphName("长治\"网络\"")));
    }

    @Test
    void graphvizRendersSvgWithEveryLabelLine() throws Exception {
        ExternalTool.assume("graphviz", "dot", "-V");
        ExternalTool.Result r = ExternalTool.run(dir, "dot", "-Tsvg", dot.toString());
        assertEquals(0, r.exit(), r::err);
        var svg = GexfWriterTest.parse(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            assertEquals(ExportOptions.DEFAULT_FONT, t.getAttribute("font-family"));
            lines.add(t.getTextContent());
        }
        for (ExportNode n : Fixture.NODES) {
            for (String line : n.label().replace("\r\n", "\n").replace('\u0001', '\uFFFD').split("\n")) {
                assertTrue(lines.contains(line), () -> "'" + line + "' not among " + lines);
            }
        }
        assertEquals(Fixture.NODES.size() + Fixture.EDGES.size() + 2, lines.size(), "two labels have 2 line breaks");
        assertTrue(lines.contains(Fixture.POSITION_TITLE) && lines.contains("partOf") && lines.contains("mentions"),
                () -> "a position edge is labelled with its titles, others with the relation: " + lines);
        assertTrue(!lines.contains("position"), "the position edge's label is its titles");
    }

    @Test
    void graphvizParsesNamesAndAttributesBack() throws Exception {
        ExternalTool.assume("graphviz", "dot", "-V");
        ExternalTool.Result r = ExternalTool.run(dir, "dot", "-Tjson", dot.toString());
        assertEquals(0, r.exit(), r::err);
        JsonObject g = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(g.get("directed").getAsBoolean());
        assertEquals("长治\"网络\"", g.get("name").getAsString());
        Map<Integer, String> names = new HashMap<>();
        for (JsonElement o : g.getAsJsonArray("objects")) {
            JsonObject n = o.getAsJsonObject();
            names.put(n.get("_gvid").getAsInt(), n.get("name").getAsString());
            ExportNode expected = Fixture.NODES.stream().filter(x -> x.id().equals(n.get("name").getAsString()))
                    .findFirst().orElseThrow();
            assertEquals(expected.iri(), n.get("iri").getAsString());
            assertEquals(Integer.toString(expected.mentions()), n.get("mentions").getAsString());
        }
        assertEquals(Fixture.NODES.stream().map(ExportNode::id).toList(),
                names.keySet().stream().sorted().map(names::get).toList());
        List<String> edges = new ArrayList<>();
        for (JsonElement e : g.getAsJsonArray("edges")) {
            JsonObject d = e.getAsJsonObject();
            edges.add(names.get(d.get("tail").getAsInt()) + "|" + names.get(d.get("head").getAsInt()) + "|"
                    + d.get("relation").getAsString() + "|" + d.get("weight").getAsString());
            if (d.get("relation").getAsString().equals("position")) {
                assertEquals(Fixture.POSITION_TITLE, d.get("title").getAsString());
                assertEquals(Fixture.POSITION_TITLE, d.get("label").getAsString());
            }
        }
        assertEquals(GexfWriterTest.describe(Fixture.EDGES).stream().sorted().toList(), edges.stream().sorted().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            郭志毅                 | "郭志毅"
            壶关县"文旅局"          | "壶关县\\"文旅局\\""
            潞城区\\                | "潞城区\\\\"
            a\\nb                   | "a\\\\nb"
            """)
    void quotesAndEscapesBackslashes(String text, String quoted) {
        assertEquals(quoted, DotWriter.quote(text));
    }

    @Test
    void lineBreaksAndControlsInQuotedStrings() {
        assertEquals("\"长治\\n第一\\n第二\uFFFD\"", DotWriter.quote("长治\n第一\r\n第二\u0007"));
        assertEquals("\"a\\nb\"", DotWriter.quote("a\rb"));
        assertEquals("\"𠀀\uFFFD\"", DotWriter.quote("𠀀\uD800"));
    }
}
