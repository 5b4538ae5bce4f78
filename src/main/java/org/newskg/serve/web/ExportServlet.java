package org.newskg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.newskg.InvalidInputException;
import org.newskg.export.ExportEdge;
import org.newskg.export.ExportFormat;
import org.newskg.export.ExportNode;
import org.newskg.export.ExportOptions;
import org.newskg.export.NetworkWriter;
import org.newskg.export.NetworkWriters;

/**
 * {@code /api/export?format=...&<the /api/graph selection>}: the network the graph page draws, as a file in
 * one of the export formats (GEXF, GraphML, Cytoscape JSON, DOT, Gephi and neo4j CSV), written by the same
 * writers as {@code newskg export}.
 */
final class ExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Dataset ds;

    ExportServlet(Dataset ds) {
        this.ds = ds;
    }

    /** The format name used in URLs: {@code gexf}, {@code csv-nodes}, ... */
    static String name(ExportFormat f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String contentType(ExportFormat f) {
        return switch (f) {
            case GEXF, GRAPHML -> "application/xml; charset=utf-8";
            case CYJS -> "application/json; charset=utf-8";
            case DOT -> "text/vnd.graphviz; charset=utf-8";
            default -> "text/csv; charset=utf-8";
        };
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        ExportFormat format;
        Subgraph g;
        Subgraph.Selection sel;
        try {
            format = ExportFormat.parse(ApiServlet.required(req, "format"));
            sel = ApiServlet.selection(req);
            g = Subgraph.read(ds, sel);
        } catch (InvalidInputException e) {
            ApiServlet.send(resp, HttpServletResponse.SC_BAD_REQUEST, ApiServlet.error(e.getMessage()));
            return;
        }
        resp.setContentType(contentType(format));
        resp.setHeader("Content-Disposition", "attachment; filename=\"newskg-network." + format.suffix() + "\"");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        ExportOptions options = ExportOptions.defaults().withGraphName(sel.describe());
        try (OutputStream out = resp.getOutputStream(); NetworkWriter w = NetworkWriters.create(format, out, options)) {
            w.begin();
            for (Subgraph.Node n : g.nodes())
                w.node(new ExportNode(n.iri(), n.label(), n.type(), n.subtype(), n.code(), n.articles(), n.iri(), n.firstDate(), n.lastDate()));
            for (Subgraph.Edge e : g.edges())
                w.edge(new ExportEdge(e.source(), e.target(), e.relation(), e.weight(), e.firstDate(), e.lastDate(), e.articles()));
            w.end();
        }
    }
}
