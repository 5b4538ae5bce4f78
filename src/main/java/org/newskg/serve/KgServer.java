package org.newskg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.InvalidInputException;
import org.newskg.serve.web.Workbench;
import org.newskg.store.KgStore;

/**
 * The embedded SPARQL server: Fuseki with one dataset {@code /newskg}. The SPARQL 1.1 query endpoint is
 * {@code /newskg/sparql} (also {@code /newskg/query}), GET and POST, results by content negotiation
 * (JSON, XML, CSV, TSV). Updates are refused unless allowed.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/newskg";

    private final FusekiServer server;
    private final String host;

    private KgServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts a server.
     *
     * @param host        127.0.0.1 / localhost (loopback only) or 0.0.0.0 (all interfaces)
     * @param port        TCP port, 0 for any free port
     * @param allowUpdate whether SPARQL Update and graph-store writes are accepted
     */
    public static KgServer start(KgStore store, String host, int port, boolean allowUpdate) {
        boolean loopback = switch (host) {
            case "127.0.0.1", "localhost", "::1" -> true;
            case "0.0.0.0", "*" -> false;
            default -> throw new InvalidInputException("--host " + host,
                    "only loopback (127.0.0.1) or all interfaces (0.0.0.0) can be chosen");
        };
        if (port < 0 || port > 65535) throw new InvalidInputException("--port " + port, "not a TCP port");
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .add(DATASET, store.dataset(), allowUpdate)
                .addServlet(DATASET + "/export", new ExportServlet(store.dataset()))
                .enablePing(true);
        Workbench.install(builder, store.dataset(), DATASET); // the browser workbench: /, /graph, /entity/..., /api/...
        FusekiServer server = builder.build();
        server.start();
        return new KgServer(server, loopback ? "127.0.0.1" : host);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint URL. */
    public String sparqlUrl() {
        return "http://" + ("0.0.0.0".equals(host) || "*".equals(host) ? "127.0.0.1" : host) + ":" + port() + DATASET + "/sparql";
    }

    /** The browser workbench (SPARQL editor; /graph and /entity/... pages). */
    public String workbenchUrl() {
        return sparqlUrl().substring(0, sparqlUrl().length() - (DATASET + "/sparql").length()) + "/";
    }

    public FusekiServer fuseki() {
        return server;
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
