package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.Gson;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CytoscapeJsonWriterTest {
    @Test
    void gsonReadsElementsBackExactly() {
        for (ExportOptions o : List.of(ExportOptions.defaults(), ExportOptions.defaults().withIndent(false))) {
            JsonObject root = strictParse(Fixture.string(Fixture.write(ExportFormat.CYJS, o)));
            JsonObject elements = root.getAsJsonObject("elements");
            JsonArray nodes = elements.getAsJsonArray("nodes");
            JsonArray edges = elements.getAsJsonArray("edges");
            assertEquals(Fixture.NODES.size(), nodes.size());
            assertEquals(Fixture.EDGES.size(), edges.size());
            for (int i = 0; i < nodes.size(); i++) {
                JsonObject d = nodes.get(i).getAsJsonObject().getAsJsonObject("data");
                ExportNode n = Fixture.NODES.get(i);
                assertEquals(n.id(), d.get("id").getAsString());
                assertEquals(n.label(), d.get("label").getAsString(), "JSON keeps every character");
                assertEquals(n.mentions(), d.get("mentions").getAsInt());
                assertEquals(n.code() != null, d.has("code"), "absent values are left out");
            }
            List<String> edgeIds = new ArrayList<>();
            for (int i = 0; i < edges.size(); i++) {
                JsonObject d = edges.get(i).getAsJsonObject().getAsJsonObject("data");
                ExportEdge e = Fixture.EDGES.get(i);
                edgeIds.add(d.get("id").getAsString());
                assertEquals(e.source(), d.get("source").getAsString());
                assertEquals(e.target(), d.get("target").getAsString());
                assertEquals(e.relation(), d.get("interaction").getAsString());
                assertEquals(e.weight(), d.get("weight").getAsInt());
                List<String> articles = new ArrayList<>();
                d.getAsJsonArray("articles").forEach(a -> articles.add(a.getAsString()));
                assertEquals(e.articles(), articles);
            }
            assertEquals(edgeIds.size(), edgeIds.stream().distinct().count(), "edge ids unique");
        }
    }

    @Test
    void networkxCytoscapeGraphReadsIt(@TempDir Path dir) throws IOException {
        ExternalTool.assumeNetworkx();
        JsonObject g = NetworkxReader.read(dir, "cyjs", Fixture.write(ExportFormat.CYJS, ExportOptions.defaults()));
        assertTrue(g.get("directed").getAsBoolean());
        assertTrue(g.get("multigraph").getAsBoolean(), "a position and a co-mention edge join Guo and the bureau");
        JsonObject nodes = g.getAsJsonObject("nodes");
        assertEquals(Fixture.NODES.size(), nodes.size());
        for (ExportNode n : Fixture.NODES) {
            JsonObject d = nodes.getAsJsonObject(n.id());
            assertEquals(n.label(), d.get("name").getAsString(), "networkx and Cytoscape desktop name the node");
            assertEquals(n.type(), d.get("type").getAsString());
        }
        JsonArray edges = g.getAsJsonArray("edges");
        assertEquals(Fixture.EDGES.size(), edges.size(), "no parallel edge lost");
        assertEquals(Set.copyOf(GexfWriterTest.describe(Fixture.EDGES)),
                Set.copyOf(GexfWriterTest.describeNetworkx(edges)));
        JsonObject position = GexfWriterTest.find(edges, Fixture.GUO, Fixture.BUREAU, "position");
        assertEquals(Fixture.POSITION_TITLE, position.get("title").getAsString());
        assertFalse(GexfWriterTest.find(edges, Fixture.GUO, Fixture.BUREAU, "coMention").has("title"));
    }

    @Test
    void controlCharactersAreEscapedAndNothingIsHtmlEscaped() {
        String text = Fixture.string(Fixture.write(ExportFormat.CYJS, ExportOptions.defaults().withMaxArticles(1)));
        assertTrue(text.contains("\\u0001"));
        assertTrue(text.contains("\\n第一行\\r\\n"));
        assertTrue(text.contains("<B&C>"), text);
        assertFalse(text.contains("a2"), "articles capped at 1 per edge");
        JsonObject edge = strictParse(text).getAsJsonObject("elements").getAsJsonArray("edges").get(2)
                .getAsJsonObject().getAsJsonObject("data");
        assertEquals(3, edge.get("weight").getAsInt(), "weight still counts all articles");
        assertEquals(1, edge.getAsJsonArray("articles").size());
    }

    /** Parses with a strict reader (JsonParser.parseReader would switch it to lenient) up to the end. */
    private static JsonObject strictParse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonObject o = new Gson().getAdapter(JsonObject.class).read(reader);
            assertEquals(JsonToken.END_DOCUMENT, reader.peek());
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
