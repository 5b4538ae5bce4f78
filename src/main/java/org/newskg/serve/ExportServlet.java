package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.newskg.InvalidInputException;
import org.newskg.export.ExportFormat;
import org.newskg.export.ExportOptions;
import org.newskg.export.NetworkAssembler;
import org.newskg.export.Selection;
import org.newskg.export.StoreExporter;

/**
 * {@code GET /newskg/export?place=潞城区&format=gexf} (or POST with a form body) — {@code newskg export} over HTTP, and the downloads of the
 * workbench's graph page. The selection is {@link Selection#ofParameters}; besides it: {@code format} (as the
 * CLI, default graphml; the RDF syntaxes too), {@code gexf=1.2draft}, {@code dynamic=true}. One media type per
 * format ({@link ExportFormat#mediaType()}), UTF-8. A bad parameter is a 400 whose text names it; a selection that runs
 * past the server's query timeout a 503.
 */
public final class ExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Dataset dataset;
    private final long timeoutMillis;

    /** @param timeoutMillis a selection taking longer is cancelled and answered 503 (0: no limit) */
    public ExportServlet(Dataset dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        String format = req.getParameter("format") == null ? "graphml" : req.getParameter("format");
        StoreExporter exporter = new StoreExporter(dataset, timeoutMillis);
        Lang rdf = StoreExporter.rdfLang(format);
        ExportFormat net = null;
        NetworkAssembler network = null;
        ByteArrayOutputStream rdfBytes = new ByteArrayOutputStream();
        ExportOptions options;
        Selection sel;
        try {
            // select first, so that a bad selection is a 400 and not a broken file
            sel = Selection.ofParameters(req.getParameterMap());
            options = ExportOptions.defaults().withGraphName(sel.describe())
                    .withDynamic("true".equals(req.getParameter("dynamic")))
                    .withGexfVersion("1.2draft".equals(req.getParameter("gexf"))
                            ? ExportOptions.GexfVersion.V1_2DRAFT : ExportOptions.GexfVersion.V1_3);
            if (rdf != null) {
                exporter.exportRdf(sel, rdf, rdfBytes);
            } else {
                net = ExportFormat.parse(format);
                network = exporter.assemble(sel);
            }
        } catch (InvalidInputException e) {
            plain(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            plain(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the selection took longer than the server's query timeout ("
                    + timeoutMillis / 1000.0 + " s); narrow it (entity, place, types, dates, limit)");
            return;
        }
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType((rdf != null ? rdf.getContentType().getContentTypeStr() : net.mediaType()) + "; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"newskg-export."
                + (rdf != null ? rdf.getFileExtensions().get(0) : net.suffix()) + "\"");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = resp.getOutputStream()) {
            if (rdf != null) rdfBytes.writeTo(out);
            else StoreExporter.write(network, net, options, out);
        }
    }

    /** The same with the parameters in a form body ({@code newskg export} on a served store sends them so). */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    /** An error whose plain-text body is the message (a 400's names the parameter). */
    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
