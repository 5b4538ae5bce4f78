package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import org.newskg.export.ExportOptions.GexfVersion;

/**
 * GEXF for Gephi: 1.3 by default, 1.2draft by option (the version networkx 2.x reads). Directed graph; node
 * attributes type, subtype, code, mentions, iri (plus firstDate, lastDate); edge attributes relation, firstDate,
 * lastDate, articles (IRIs joined by a space), title (the post titles of a position edge); the edge weight is GEXF's own {@code weight} and the relation is
 * also the edge {@code label} (and, in 1.3, its {@code kind}, so Gephi keeps parallel edges of different
 * relations apart). With {@link ExportOptions#dynamic()}: {@code mode="dynamic"}, {@code timeformat="date"} and
 * one spell from first to last date on each element that has dates.
 */
final class GexfWriter extends XmlNetworkWriter {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private final GexfVersion version;

    GexfWriter(OutputStream out, ExportOptions options) throws IOException {
        super(out, options);
        this.version = options.gexfVersion();
    }

    @Override
    void writeBegin() throws IOException {
        xml.document();
        xml.start("gexf");
        xml.namespace(null, version.namespace());
        xml.namespace("xsi", XSI);
        xml.attr("xsi", XSI, "schemaLocation", version.namespace() + " " + version.schemaLocation());
        xml.attr("version", version.version());
        xml.start("meta");
        xml.start("creator");
        xml.text("newskg");
        xml.end();
        if (options.graphName() != null) {
            xml.start("description");
            xml.text(options.graphName());
            xml.end();
        }
        xml.end();
        xml.start("graph");
        xml.attr("defaultedgetype", "directed");
        if (options.dynamic()) {
            xml.attr("mode", "dynamic");
            xml.attr("timeformat", "date");
            if (version == GexfVersion.V1_3) {
                xml.attr("timerepresentation", "interval");
            }
        } else {
            xml.attr("mode", "static");
        }
        xml.start("attributes");
        xml.attr("class", "node");
        attributesMode();
        for (String a : new String[] {"type", "subtype", "code", "iri", "firstDate", "lastDate"}) {
            declare(a, "string");
        }
        declare("mentions", "integer");
        xml.end();
        xml.start("attributes");
        xml.attr("class", "edge");
        attributesMode();
        for (String a : new String[] {"relation", "firstDate", "lastDate", "articles", "title"}) {
            declare(a, "string");
        }
        xml.end();
        xml.start("nodes");
    }

    /** 1.2draft declares static attributes with {@code mode}; 1.3 dropped mode, start and end on {@code <attributes>}. */
    private void attributesMode() throws IOException {
        if (version == GexfVersion.V1_2DRAFT) {
            xml.attr("mode", "static");
        }
    }

    private void declare(String id, String type) throws IOException {
        xml.leaf("attribute");
        xml.attr("id", id);
        xml.attr("title", id);
        xml.attr("type", type);
    }

    @Override
    void writeNode(ExportNode n) throws IOException {
        xml.start("node");
        xml.attr("id", n.id());
        xml.attr("label", n.label());
        xml.start("attvalues");
        value("type", n.type());
        value("subtype", n.subtype());
        value("code", n.code());
        value("iri", n.iri());
        value("firstDate", n.firstDate());
        value("lastDate", n.lastDate());
        value("mentions", Integer.toString(n.mentions()));
        xml.end();
        spell(n.firstDate(), n.lastDate());
        xml.end();
    }

    @Override
    void writeNodesEnd() throws IOException {
        xml.end();
        xml.start("edges");
    }

    @Override
    void writeEdge(ExportEdge e, long id) throws IOException {
        xml.start("edge");
        xml.attr("id", "e" + id);
        xml.attr("source", e.source());
        xml.attr("target", e.target());
        xml.attr("label", e.relation());
        if (version == GexfVersion.V1_3) {
            xml.attr("kind", e.relation());
        }
        xml.attr("weight", Integer.toString(e.weight()));
        xml.start("attvalues");
        value("relation", e.relation());
        value("firstDate", e.firstDate());
        value("lastDate", e.lastDate());
        value("articles", e.articles().isEmpty() ? null : String.join(" ", listedArticles(e)));
        value("title", e.title());
        xml.end();
        spell(e.firstDate(), e.lastDate());
        xml.end();
    }

    private void value(String attribute, String value) throws IOException {
        if (value == null) {
            return;
        }
        xml.leaf("attvalue");
        xml.attr("for", attribute);
        xml.attr("value", value);
    }

    private void spell(String first, String last) throws IOException {
        if (!options.dynamic() || (first == null && last == null)) {
            return;
        }
        xml.start("spells");
        xml.leaf("spell");
        xml.attr("start", first);
        xml.attr("end", last);
        xml.end();
    }
}
