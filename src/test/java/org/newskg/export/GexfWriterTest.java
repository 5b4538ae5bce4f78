package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.ExportOptions.GexfVersion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GexfWriterTest {
    private static final ExportOptions V12 = ExportOptions.defaults().withGexfVersion(GexfVersion.V1_2DRAFT);

    @TempDir
    Path dir;

    @Test
    void networkxReadsGexf12draftWithLabelsAttributesAndCounts() throws IOException {
        ExternalTool.assumeNetworkx();
        JsonObject g = NetworkxReader.read(dir, "gexf", Fixture.write(ExportFormat.GEXF, V12));
        assertTrue(g.get("directed").getAsBoolean());
        JsonObject nodes = g.getAsJsonObject("nodes");
        assertEquals(Fixture.NODES.size(), nodes.size());
        for (ExportNode n : Fixture.NODES) {
            JsonObject d = nodes.getAsJsonObject(n.id());
            assertEquals(Fixture.xmlRoundTrip(n.label()), d.get("label").getAsString(), n.id());
            assertEquals(n.type(), d.get("type").getAsString());
            assertEquals(n.mentions(), d.get("mentions").getAsInt());
            assertEquals(n.iri(), d.get("iri").getAsString());
        }
        assertEquals("140406", nodes.getAsJsonObject(Fixture.LUCHENG).get("code").getAsString());
        assertFalse(nodes.getAsJsonObject(Fixture.GUO).has("code"));
        JsonArray edges = g.getAsJsonArray("edges");
        assertEquals(Fixture.EDGES.size(), edges.size());
        assertEquals(Set.copyOf(describe(Fixture.EDGES)), Set.copyOf(describeNetworkx(edges)));
        JsonObject position = find(edges, Fixture.GUO, Fixture.BUREAU, "position");
        assertEquals(2.0, position.get("weight").getAsDouble());
        assertEquals(Fixture.NS + "article/a1 " + Fixture.NS + "article/a7", position.get("articles").getAsString());
        assertEquals("2023-03-01", position.get("firstDate").getAsString());
        assertEquals(Fixture.POSITION_TITLE, position.get("title").getAsString(), "the declared title attribute");
        assertTrue(g.get("multigraph").getAsBoolean(), "two edges Guo->bureau (position, coMention)");
    }

    @Test
    void networkxReadsDynamicSpells() throws IOException {
        ExternalTool.assumeNetworkx();
        JsonObject g = NetworkxReader.read(dir, "gexf", Fixture.write(ExportFormat.GEXF, V12.withDynamic(true)));
        assertEquals("dynamic", g.getAsJsonObject("graph").get("mode").getAsString());
        JsonArray spells = g.getAsJsonObject("nodes").getAsJsonObject(Fixture.GUO).getAsJsonArray("spells");
        assertEquals("[[\"2023-03-01\",\"2023-05-04\"]]", spells.toString());
        assertFalse(g.getAsJsonObject("nodes").getAsJsonObject(Fixture.BUREAU).has("spells"), "no dates, no spell");
        JsonObject coMention = find(g.getAsJsonArray("edges"), Fixture.GUO, Fixture.LUCHENG, "coMention");
        assertEquals("[[\"2023-03-01\",\"2023-05-04\"]]", coMention.getAsJsonArray("spells").toString());
    }

    @Test
    void gexf13IsWellFormedForXmllint() throws IOException {
        ExternalTool.assume("xmllint", "xmllint", "--version");
        for (ExportOptions o : List.of(ExportOptions.defaults(), ExportOptions.defaults().withDynamic(true),
                ExportOptions.defaults().withIndent(false), V12)) {
            Path file = dir.resolve("network.gexf");
            Files.write(file, Fixture.write(ExportFormat.GEXF, o));
            ExternalTool.Result r = ExternalTool.run(dir, "xmllint", "--noout", file.toString());
            assertEquals(0, r.exit(), () -> o + ": " + r.err());
            assertEquals("", r.err());
        }
    }

    @Test
    void gexf13HasTheStructureGephiExpects() throws Exception {
        Document doc = parse(Fixture.write(ExportFormat.GEXF, ExportOptions.defaults().withDynamic(true)));
        Element root = doc.getDocumentElement();
        assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = only(root, "graph");
        assertEquals("directed", graph.getAttribute("defaultedgetype"));
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));

        Map<String, Set<String>> declared = new HashMap<>();
        NodeList attributes = root.getElementsByTagNameNS(root.getNamespaceURI(), "attributes");
        for (int i = 0; i < attributes.getLength(); i++) {
            Element a = (Element) attributes.item(i);
            Set<String> ids = new HashSet<>();
            for (Element at : children(a, "attribute")) {
                ids.add(at.getAttribute("id"));
            }
            declared.put(a.getAttribute("class"), ids);
            assertFalse(a.hasAttribute("mode") || a.hasAttribute("start"), "1.3 removed mode/start/end on <attributes>");
        }
        assertEquals(Set.of("type", "subtype", "code", "iri", "firstDate", "lastDate", "mentions"), declared.get("node"));
        assertEquals(Set.of("relation", "firstDate", "lastDate", "articles", "title"), declared.get("edge"));

        List<Element> nodes = children(only(graph, "nodes"), "node");
        List<Element> edges = children(only(graph, "edges"), "edge");
        assertEquals(Fixture.NODES.size(), nodes.size());
        assertEquals(Fixture.EDGES.size(), edges.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Element n = nodes.get(i);
            ids.add(n.getAttribute("id"));
            assertEquals(Fixture.xmlRoundTrip(Fixture.NODES.get(i).label()), n.getAttribute("label"));
            for (Element v : children(only(n, "attvalues"), "attvalue")) {
                assertTrue(declared.get("node").contains(v.getAttribute("for")), v.getAttribute("for"));
            }
        }
        assertEquals(3, children(only(graph, "nodes"), "node").stream()
                .filter(n -> !children(n, "spells").isEmpty()).count(), "nodes with dates have a spell");
        Set<String> edgeIds = new HashSet<>();
        for (int i = 0; i < edges.size(); i++) {
            Element e = edges.get(i);
            ExportEdge expected = Fixture.EDGES.get(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
            assertTrue(edgeIds.add(e.getAttribute("id")));
            assertEquals(expected.relation(), e.getAttribute("kind"));
            assertEquals(expected.relation(), e.getAttribute("label"));
            assertEquals(Integer.toString(expected.weight()), e.getAttribute("weight"));
            for (Element v : children(only(e, "attvalues"), "attvalue")) {
                assertTrue(declared.get("edge").contains(v.getAttribute("for")), v.getAttribute("for"));
            }
            boolean dated = expected.firstDate() != null;
            assertEquals(dated, !children(e, "spells").isEmpty(), "spell iff dates on " + expected);
        }
    }

    @Test
    void staticGexfHasNoSpells() throws Exception {
        String text = Fixture.string(Fixture.write(ExportFormat.GEXF, ExportOptions.defaults()));
        assertTrue(text.contains("mode=\"static\""));
        assertFalse(text.contains("spell"));
        assertFalse(text.contains("\u0001"), "control character removed");
        assertTrue(text.contains("长治市&#10;第一行&#13;&#10;第二行"), "line breaks kept as references in attributes");
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element only(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        assertEquals(1, c.size(), () -> "one <" + localName + "> in <" + parent.getLocalName() + ">");
        return c.get(0);
    }

    static List<String> describe(List<ExportEdge> edges) {
        return edges.stream().map(e -> e.source() + "|" + e.target() + "|" + e.relation() + "|" + e.weight()).toList();
    }

    /** Source|target|relation|weight of networkx edges. */
    static List<String> describeNetworkx(JsonArray edges) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : edges) {
            JsonArray a = e.getAsJsonArray();
            JsonObject d = a.get(2).getAsJsonObject();
            out.add(a.get(0).getAsString() + "|" + a.get(1).getAsString() + "|" + d.get("relation").getAsString() + "|"
                    + (int) d.get("weight").getAsDouble());
        }
        return out;
    }

    static JsonObject find(JsonArray edges, String source, String target, String relation) {
        for (JsonElement e : edges) {
            JsonArray a = e.getAsJsonArray();
            JsonObject d = a.get(2).getAsJsonObject();
            if (a.get(0).getAsString().equals(source) && a.get(1).getAsString().equals(target)
                    && d.get("relation").getAsString().equals(relation)) {
                return d;
            }
        }
        throw new AssertionError("no edge " + source + " -" + relation + "-> " + target + " in " + edges);
    }
}
