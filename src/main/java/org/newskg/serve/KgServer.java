package org.newskg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.newskg.InvalidInputException;
import org.newskg.serve.web.Workbench;
import org.newskg.store.KgStore;

/**
 * The embedded SPARQL server: Fuseki with one dataset {@code /newskg}. The SPARQL 1.1 query endpoint is
 * {@code /newskg/sparql} (also {@code /newskg/query} and {@code /newskg?query=}), GET and POST, results by content
 * negotiation (JSON, XML, CSV, TSV). Updates are refused unless allowed.
 *
 * <p>Hardening (see {@link Options}): every query — SPARQL endpoint, workbench API, HTTP export — is cancelled
 * after the timeout; on a loopback binding only requests whose {@code Host} names the loopback (or an allowed
 * host) are served (DNS rebinding); the whole-dataset GET ({@code GET /newskg}, {@code /newskg/get}) is off
 * unless asked for; characters that XML 1.0 forbids never reach an XML response.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/newskg";
    /** Default query timeout, seconds ({@code serve --timeout}). */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;

    /**
     * How the server runs.
     *
     * @param host           127.0.0.1 / localhost / ::1 (loopback only) or 0.0.0.0 (all interfaces)
     * @param port           TCP port, 0 for any free port
     * @param allowUpdate    whether SPARQL Update and graph-store writes are accepted
     * @param timeoutMillis  every query is cancelled after this many milliseconds (0: no limit)
     * @param allowHosts     host names accepted in the {@code Host} header besides the loopback names
     * @param allowDump      whether {@code GET /newskg} (and {@code /newskg/get}) may stream the whole dataset
     */
    public record Options(String host, int port, boolean allowUpdate, long timeoutMillis, List<String> allowHosts,
                          boolean allowDump) {
        public Options {
            allowHosts = List.copyOf(allowHosts);
            if (timeoutMillis < 0) throw new InvalidInputException("--timeout " + timeoutMillis / 1000.0, "must be 0 (no limit) or more seconds");
        }

        /** Loopback, read-only, 60 s timeout, no extra hosts, no dump. */
        public static Options defaults(String host, int port) {
            return new Options(host, port, false, DEFAULT_TIMEOUT_SECONDS * 1000L, List.of(), false);
        }

        public Options withAllowUpdate(boolean b) {
            return new Options(host, port, b, timeoutMillis, allowHosts, allowDump);
        }

        public Options withTimeoutMillis(long ms) {
            return new Options(host, port, allowUpdate, ms, allowHosts, allowDump);
        }

        public Options withAllowHosts(List<String> hosts) {
            return new Options(host, port, allowUpdate, timeoutMillis, hosts, allowDump);
        }

        public Options withAllowDump(boolean b) {
            return new Options(host, port, allowUpdate, timeoutMillis, allowHosts, b);
        }
    }

    private final FusekiServer server;
    private final String host;
    private final Context context;
    private final Object previousTimeout;

    private KgServer(FusekiServer server, String host, Context context, Object previousTimeout) {
        this.server = server;
        this.host = host;
        this.context = context;
        this.previousTimeout = previousTimeout;
    }

    /** Starts a server with the default timeout, no extra hosts and no dump (see {@link Options#defaults}). */
    public static KgServer start(KgStore store, String host, int port, boolean allowUpdate) {
        return start(store, Options.defaults(host, port).withAllowUpdate(allowUpdate));
    }

    public static KgServer start(KgStore store, Options o) {
        boolean loopback = switch (o.host()) {
            case "127.0.0.1", "localhost", "::1" -> true;
            case "0.0.0.0", "*" -> false;
            default -> throw new InvalidInputException("--host " + o.host(),
                    "only loopback (127.0.0.1) or all interfaces (0.0.0.0) can be chosen");
        };
        if (o.port() < 0 || o.port() > 65535) throw new InvalidInputException("--port " + o.port(), "not a TCP port");
        List<String> hosts = new ArrayList<>();
        for (String h : o.allowHosts()) hosts.add(HostFilter.checkAllowed(h));

        // Fuseki's query servlet takes its timeout from ARQ.queryTimeout in the dataset's context (a ?timeout= of
        // the request can only shorten it); every QueryExecution built over the dataset in this process applies it
        // as its default too. The servlets of the workbench and the export also pass it explicitly.
        Context cxt = store.dataset().getContext();
        Object previous = cxt.get(ARQ.queryTimeout);
        if (o.timeoutMillis() > 0) cxt.set(ARQ.queryTimeout, Long.toString(o.timeoutMillis()));
        else cxt.remove(ARQ.queryTimeout);

        DataService.Builder service = DataService.newBuilder(store.dataset().asDatasetGraph())
                .addEndpoint(Operation.Query)              // /newskg?query=
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query");
        if (o.allowDump()) {
            service.addEndpoint(Operation.GSP_R)           // GET /newskg: every quad
                    .addEndpoint(Operation.GSP_R, "get");
        }
        if (o.allowUpdate()) {
            service.addEndpoint(Operation.Update)
                    .addEndpoint(Operation.Update, "update")
                    .addEndpoint(Operation.GSP_RW, "data");
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(o.port())
                .loopback(loopback)
                .add(DATASET, service)
                .addServlet(DATASET + "/export", new ExportServlet(store.dataset(), o.timeoutMillis()))
                .enablePing(true);
        // before Fuseki's own dispatch filter, so they see every request
        if (loopback || !hosts.isEmpty()) builder.addFilter("/*", new HostFilter(hosts));
        builder.addFilter("/*", new XmlSafeFilter());
        Workbench.install(builder, store.dataset(), DATASET, o.timeoutMillis()); // /, /graph, /entity/..., /api/...
        FusekiServer server = builder.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            restore(cxt, previous);
            throw e;
        }
        return new KgServer(server, loopback ? "127.0.0.1" : o.host().toLowerCase(Locale.ROOT), cxt, previous);
    }

    private static void restore(Context cxt, Object previous) {
        if (previous == null) cxt.remove(ARQ.queryTimeout);
        else cxt.set(ARQ.queryTimeout, previous);
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
        restore(context, previousTimeout);
    }
}
