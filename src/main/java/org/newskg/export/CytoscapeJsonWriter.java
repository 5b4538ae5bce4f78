package org.newskg.export;

import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Cytoscape.js JSON ({@code {"data":{...},"elements":{"nodes":[{"data":{...}}],"edges":[{"data":{...}}]}}}), which
 * Cytoscape desktop imports and networkx's {@code cytoscape_graph} reads: the top level says
 * {@code "directed": true, "multigraph": true} (a person and an organisation may be joined by a position and a
 * co-mention edge), node data carry {@code value} (the id again: networkx's node key) and {@code name} (the label:
 * Cytoscape desktop's name column), and edge data a {@code key} (the relation: networkx's key between parallel edges,
 * unique because there is one edge per source, target and relation). Node data: id, value, name, label, type,
 * subtype, code, mentions, iri, firstDate, lastDate; edge data: id ({@code e0}, ...), source, target, relation,
 * interaction (the relation again, as Cytoscape desktop names it), weight, firstDate, lastDate, title (the post
 * titles of a position edge), key, articles (an array). Absent values are left out.
 */
final class CytoscapeJsonWriter extends AbstractNetworkWriter {
    private final Writer sink;
    private final JsonWriter json;

    CytoscapeJsonWriter(OutputStream out, ExportOptions options) {
        super(options);
        this.sink = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.json = new JsonWriter(sink);
        json.setHtmlSafe(false);
        json.setSerializeNulls(false);
        if (options.indent()) {
            json.setIndent(" ");
        }
    }

    @Override
    void writeBegin() throws IOException {
        json.beginObject();
        json.name("format_version").value("1.0");
        json.name("generated_by").value("newskg");
        json.name("target_cytoscapejs_version").value("~3");
        json.name("directed").value(true);
        json.name("multigraph").value(true);
        json.name("data").beginObject();
        json.name("name").value(options.graphName() == null ? "newskg" : options.graphName());
        json.endObject();
        json.name("elements").beginObject();
        json.name("nodes").beginArray();
    }

    @Override
    void writeNode(ExportNode n) throws IOException {
        json.beginObject().name("data").beginObject();
        json.name("id").value(n.id());
        json.name("value").value(n.id());
        json.name("name").value(n.label());
        json.name("label").value(n.label());
        json.name("type").value(n.type());
        json.name("subtype").value(n.subtype());
        json.name("code").value(n.code());
        json.name("mentions").value(n.mentions());
        json.name("iri").value(n.iri());
        json.name("firstDate").value(n.firstDate());
        json.name("lastDate").value(n.lastDate());
        json.endObject().endObject();
    }

    @Override
    void writeNodesEnd() throws IOException {
        json.endArray();
        json.name("edges").beginArray();
    }

    @Override
    void writeEdge(ExportEdge e, long id) throws IOException {
        json.beginObject().name("data").beginObject();
        json.name("id").value("e" + id);
        json.name("source").value(e.source());
        json.name("target").value(e.target());
        json.name("relation").value(e.relation());
        json.name("interaction").value(e.relation());
        json.name("weight").value(e.weight());
        json.name("firstDate").value(e.firstDate());
        json.name("lastDate").value(e.lastDate());
        json.name("title").value(e.title());
        json.name("key").value(e.relation());
        json.name("articles").beginArray();
        for (String a : listedArticles(e)) {
            json.value(a);
        }
        json.endArray();
        json.endObject().endObject();
    }

    @Override
    void writeEnd() throws IOException {
        json.endArray();
        json.endObject();
        json.endObject();
        json.flush();
        sink.write('\n');
        sink.flush();
    }

    @Override
    void flush() throws IOException {
        json.flush();
    }
}
