package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * GraphML for yEd, Cytoscape and networkx: a directed graph with one typed {@code <key>} per attribute
 * (node: label, type, subtype, code, mentions:int, iri, firstDate, lastDate; edge: relation, weight:int,
 * firstDate, lastDate, articles joined by a space, title: the post titles of a position edge joined by
 * {@link ExportEdge#TITLE_SEPARATOR}). Absent values have no {@code <data>}. With {@link ExportOptions#yedGraphics()},
 * labels are also written as yEd node and edge labels (an edge's title, else its relation).
 */
final class GraphmlWriter extends XmlNetworkWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String Y = "http://www.yworks.com/xml/graphml";
    private static final String[][] NODE_KEYS = {
        {"label", "string"}, {"type", "string"}, {"subtype", "string"}, {"code", "string"}, {"mentions", "int"},
        {"iri", "string"}, {"firstDate", "string"}, {"lastDate", "string"}};
    private static final String[][] EDGE_KEYS = {
        {"relation", "string"}, {"weight", "int"}, {"firstDate", "string"}, {"lastDate", "string"},
        {"articles", "string"}, {"title", "string"}};


    GraphmlWriter(OutputStream out, ExportOptions options) throws IOException {
        super(out, options);
    }

    @Override
    void writeBegin() throws IOException {
        xml.document();
        xml.start("graphml");
        xml.namespace(null, NS);
        xml.namespace("xsi", XSI);
        if (options.yedGraphics()) {
            xml.namespace("y", Y);
        }
        xml.attr("xsi", XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        for (String[] k : NODE_KEYS) {
            key("n_" + k[0], "node", k[0], k[1]);
        }
        for (String[] k : EDGE_KEYS) {
            key("e_" + k[0], "edge", k[0], k[1]);
        }
        if (options.yedGraphics()) {
            yfilesKey("n_graphics", "node", "nodegraphics");
            yfilesKey("e_graphics", "edge", "edgegraphics");
        }
        xml.start("graph");
        xml.attr("id", options.graphName() == null ? "G" : options.graphName());
        xml.attr("edgedefault", "directed");
    }

    private void key(String id, String domain, String name, String type) throws IOException {
        xml.leaf("key");
        xml.attr("id", id);
        xml.attr("for", domain);
        xml.attr("attr.name", name);
        xml.attr("attr.type", type);
    }

    private void yfilesKey(String id, String domain, String yfilesType) throws IOException {
        xml.leaf("key");
        xml.attr("id", id);
        xml.attr("for", domain);
        xml.attr("yfiles.type", yfilesType);
    }

    @Override
    void writeNode(ExportNode n) throws IOException {
        xml.start("node");
        xml.attr("id", n.id());
        data("n_label", n.label());
        data("n_type", n.type());
        data("n_subtype", n.subtype());
        data("n_code", n.code());
        data("n_mentions", Integer.toString(n.mentions()));
        data("n_iri", n.iri());
        data("n_firstDate", n.firstDate());
        data("n_lastDate", n.lastDate());
        if (options.yedGraphics()) {
            xml.start("data");
            xml.attr("key", "n_graphics");
            xml.start("y", "ShapeNode", Y);
            xml.leaf("y", "Geometry", Y);
            xml.attr("x", "0");
            xml.attr("y", "0");
            xml.attr("width", Integer.toString(labelWidth(n.label())));
            xml.attr("height", "30");
            xml.start("y", "NodeLabel", Y);
            xml.text(n.label());
            xml.end();
            xml.end();
            xml.end();
        }
        xml.end();
    }

    @Override
    void writeNodesEnd() {
        // nodes and edges share the <graph> element
    }

    @Override
    void writeEdge(ExportEdge e, long id) throws IOException {
        xml.start("edge");
        xml.attr("id", "e" + id);
        xml.attr("source", e.source());
        xml.attr("target", e.target());
        data("e_relation", e.relation());
        data("e_weight", Integer.toString(e.weight()));
        data("e_firstDate", e.firstDate());
        data("e_lastDate", e.lastDate());
        data("e_articles", e.articles().isEmpty() ? null : String.join(" ", listedArticles(e)));
        data("e_title", e.title());
        if (options.yedGraphics()) {
            xml.start("data");
            xml.attr("key", "e_graphics");
            xml.start("y", "PolyLineEdge", Y);
            xml.leaf("y", "Arrows", Y);
            xml.attr("source", "none");
            xml.attr("target", "standard");
            xml.start("y", "EdgeLabel", Y);
            xml.text(e.title() == null ? e.relation() : e.title());
            xml.end();
            xml.end();
            xml.end();
        }
        xml.end();
    }

    /** A node width that fits the label in yEd's default 12pt font: wide for CJK, narrow for the rest. */
    static int labelWidth(String label) {
        int longest = 0;
        for (String line : label.split("\\R")) {
            longest = Math.max(longest, line.codePoints()
                    .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 13 : 7).sum());
        }
        return Math.max(30, longest + 12);
    }

    private void data(String key, String value) throws IOException {
        if (value == null) {
            return;
        }
        xml.start("data");
        xml.attr("key", key);
        xml.text(value);
        xml.end();
    }
}
