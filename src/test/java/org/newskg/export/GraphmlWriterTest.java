package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphmlWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "yEd graphics {0}")
    @ValueSource(booleans = {false, true})
    void networkxReadsGraphmlWithTypedValues(boolean yed) throws IOException {
        ExternalTool.assumeNetworkx();
        byte[] graphml = Fixture.write(ExportFormat.GRAPHML, ExportOptions.defaults().withYedGraphics(yed));
        JsonObject g = NetworkxReader.read(dir, "graphml", graphml);
        assertTrue(g.get("directed").getAsBoolean());
        JsonObject nodes = g.getAsJsonObject("nodes");
        assertEquals(Fixture.NODES.size(), nodes.size());
        for (ExportNode n : Fixture.NODES) {
            JsonObject d = nodes.getAsJsonObject(n.id());
            assertEquals(Fixture.xmlRoundTrip(n.label()), d.get("label").getAsString(), n.id());
            assertEquals(n.type(), d.get("type").getAsString());
            assertTrue(d.get("mentions").getAsJsonPrimitive().isNumber(), "mentions typed int");
            assertEquals(n.mentions(), d.get("mentions").getAsInt());
            assertEquals(n.firstDate() == null, !d.has("firstDate"));
        }
        assertEquals("140406", nodes.getAsJsonObject(Fixture.LUCHENG).get("code").getAsString());
        JsonArray edges = g.getAsJsonArray("edges");
        assertEquals(Fixture.EDGES.size(), edges.size());
        assertEquals(Set.copyOf(GexfWriterTest.describe(Fixture.EDGES)),
                Set.copyOf(GexfWriterTest.describeNetworkx(edges)));
        JsonObject coMention = GexfWriterTest.find(edges, Fixture.GUO, Fixture.LUCHENG, "coMention");
        assertEquals(3, coMention.get("weight").getAsInt());
        assertEquals(String.join(" ", Fixture.EDGES.get(2).articles()), coMention.get("articles").getAsString());
        assertFalse(GexfWriterTest.find(edges, Fixture.BUREAU, Fixture.LUCHENG, "partOf").has("articles"));
        JsonObject position = GexfWriterTest.find(edges, Fixture.GUO, Fixture.BUREAU, "position");
        assertEquals(Fixture.POSITION_TITLE, position.get("title").getAsString(), "position edges carry their titles");
        assertFalse(coMention.has("title"), "other edges have no title");
        if (yed) {
            assertEquals(Fixture.POSITION_TITLE, position.get("label").getAsString(), "yEd edge label read by networkx");
        }
    }

    @Test
    void xmllintAcceptsGraphml() throws IOException {
        ExternalTool.assume("xmllint", "xmllint", "--version");
        for (ExportOptions o : List.of(ExportOptions.defaults(), ExportOptions.defaults().withYedGraphics(true),
                ExportOptions.defaults().withIndent(false).withGraphName("长治 \"网络\""))) {
            Path file = dir.resolve("network.graphml");
            Files.write(file, Fixture.write(ExportFormat.GRAPHML, o));
            ExternalTool.Result r = ExternalTool.run(dir, "xmllint", "--noout", file.toString());
            assertEquals(0, r.exit(), () -> o + ": " + r.err());
            assertEquals("", r.err());
        }
    }

    @Test
    void yedNodesAreWideEnoughForTheirLabels() {
        assertEquals(30, GraphmlWriter.labelWidth("x"), "at least 30");
        assertEquals(3 * 13 + 12, GraphmlWriter.labelWidth("潞城区"));
        assertEquals(6 * 13 + 12, GraphmlWriter.labelWidth("壶关县文旅局"));
        assertEquals(3 * 13 + 12, GraphmlWriter.labelWidth("长治市\n第一行"), "the longest line counts");
        assertEquals(10 * 7 + 12, GraphmlWriter.labelWidth("Changzhi C"));
    }

    @Test
    void everyDataKeyIsDeclaredWithAType() throws Exception {
        var root = GexfWriterTest.parse(Fixture.write(ExportFormat.GRAPHML, ExportOptions.defaults()))
                .getDocumentElement();
        assertEquals("http://graphml.graphdrawing.org/xmlns", root.getNamespaceURI());
        var keys = GexfWriterTest.children(root, "key");
        Set<String> ids = new java.util.HashSet<>();
        for (var k : keys) {
            assertTrue(Set.of("string", "int").contains(k.getAttribute("attr.type")), k.getAttribute("id"));
            ids.add(k.getAttribute("id"));
        }
        var data = root.getElementsByTagNameNS(root.getNamespaceURI(), "data");
        assertTrue(data.getLength() > 20);
        for (int i = 0; i < data.getLength(); i++) {
            String key = ((org.w3c.dom.Element) data.item(i)).getAttribute("key");
            assertTrue(ids.contains(key), key);
        }
        String broken = root.getElementsByTagNameNS(root.getNamespaceURI(), "node").item(4).getTextContent();
        assertTrue(broken.contains("长治市\n第一行\r\n第二行\uFFFD末"), "CR kept by reference, control replaced");
    }
}
