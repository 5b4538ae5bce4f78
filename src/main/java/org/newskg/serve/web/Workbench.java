package org.newskg.serve.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * The browser workbench served next to the SPARQL endpoint: {@code /} a SPARQL editor with the curated queries,
 * {@code /graph} a network view, {@code /entity/...} one page per entity, {@code /api/...} the JSON they read.
 * Read-only; everything a page loads comes from this server.
 */
public final class Workbench {
    private Workbench() {}

    /**
     * Registers the workbench on a Fuseki server being built.
     *
     * @param datasetPath   the path of the dataset whose SPARQL endpoint the editor uses ({@code /newskg})
     * @param timeoutMillis the time one API request may spend in queries before it is answered 503 (0: no limit)
     */
    public static FusekiServer.Builder install(FusekiServer.Builder builder, Dataset dataset, String datasetPath, long timeoutMillis) {
        return builder
                .addServlet("", new AssetServlet("index.html"))
                .addServlet("/index.html", new AssetServlet("index.html"))
                .addServlet("/graph", new AssetServlet("graph.html"))
                .addServlet("/entity", new AssetServlet("entity.html"))
                .addServlet("/entity/*", new AssetServlet("entity.html"))
                .addServlet("/assets/*", new AssetServlet(null))
                .addServlet("/vendor/*", new AssetServlet(null))
                .addServlet("/api/*", new ApiServlet(dataset, datasetPath, timeoutMillis));
    }
}
