package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.newskg.InvalidInputException;
import org.newskg.export.ExportFormat;
import org.newskg.export.ExportOptions;
import org.newskg.export.StoreExporter;

/**
 * {@code GET /newskg/export?place=潞城区&format=gexf} — the subgraph exports of {@code newskg export} over HTTP.
 * Parameters: {@code format} (as the CLI), {@code entity} (repeatable), {@code hops}, {@code place},
 * {@code type} (repeatable), {@code from}, {@code to}, {@code gexf=1.2draft}, {@code dynamic=true}.
 */
public final class ExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Dataset dataset;

    public ExportServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    static String contentType(ExportFormat f) {
        return switch (f) {
            case GEXF -> "application/gexf+xml";
            case GRAPHML -> "application/graphml+xml";
            case CYJS -> "application/json";
            case DOT -> "text/vnd.graphviz";
            default -> "text/csv";
        };
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = req.getParameter("format") == null ? "graphml" : req.getParameter("format");
        StoreExporter.Selection sel;
        Lang rdf;
        ExportFormat net;
        ExportOptions opts;
        try {
            sel = new StoreExporter.Selection(list(req, "entity"), integer(req.getParameter("hops"), 1),
                    req.getParameter("place"), new HashSet<>(list(req, "type")), date(req.getParameter("from")),
                    date(req.getParameter("to")), !"false".equals(req.getParameter("comention")));
            rdf = StoreExporter.rdfLang(format);
            net = rdf == null ? ExportFormat.parse(format) : null;
            opts = ExportOptions.defaults().withDynamic("true".equals(req.getParameter("dynamic")))
                    .withGexfVersion("1.2draft".equals(req.getParameter("gexf"))
                            ? ExportOptions.GexfVersion.V1_2DRAFT : ExportOptions.GexfVersion.V1_3);
        } catch (InvalidInputException e) {
            resp.sendError(400, e.getMessage());
            return;
        }
        String suffix = rdf != null ? rdf.getFileExtensions().get(0) : net.suffix();
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(rdf != null ? rdf.getHeaderString() : contentType(net));
        resp.setHeader("Content-Disposition", "attachment; filename=\"newskg-export." + suffix + "\"");
        StoreExporter ex = new StoreExporter(dataset);
        // select first (errors become 400), then stream
        try {
            if (rdf != null) {
                java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
                ex.exportRdf(sel, rdf, buf);
                try (OutputStream out = resp.getOutputStream()) {
                    buf.writeTo(out);
                }
            } else {
                var asm = ex.assemble(sel);
                try (OutputStream out = resp.getOutputStream();
                     var w = org.newskg.export.NetworkWriters.create(net, out, opts)) {
                    asm.writeTo(w);
                }
            }
        } catch (InvalidInputException e) {
            if (!resp.isCommitted()) resp.sendError(400, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static List<String> list(HttpServletRequest req, String name) {
        String[] v = req.getParameterValues(name);
        return v == null ? List.of() : Arrays.asList(v);
    }

    private static int integer(String v, int dflt) {
        if (v == null) return dflt;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("hops=" + v, "not a number");
        }
    }

    private static LocalDate date(String v) {
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(v, "not a date (yyyy-MM-dd)");
        }
    }
}
