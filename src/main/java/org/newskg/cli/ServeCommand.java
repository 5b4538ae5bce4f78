package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newskg.InvalidInputException;
import org.newskg.serve.KgServer;
import org.newskg.serve.ServeRecord;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over SPARQL 1.1 and HTTP (embedded Fuseki), with the workbench.",
                "Dataset /newskg, query endpoint /newskg/sparql (GET and POST; JSON, XML, CSV or TSV results by Accept "
                        + "header). Read-only unless --allow-update.",
                "Queries are cancelled after --timeout seconds; the whole-dataset GET is off unless --allow-dump.",
                "While it runs, the store directory holds " + ServeRecord.FILE + " (pid and endpoint): query, stats and "
                        + "export on this store go through the server; ingest, delete and compact refuse (exit 2)."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port, 0 for any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "127.0.0.1 (loopback, default) or 0.0.0.0 (all interfaces)")
    String host;

    @Option(names = "--allow-update", description = "accept SPARQL Update requests (refused by default)")
    boolean allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "cancel any query (SPARQL endpoint, workbench, export) after this many seconds; 0: no limit (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "also answer requests whose Host header is NAME (repeatable); by default a loopback server answers only "
                    + "Host: 127.0.0.1, localhost or [::1] (any port), against DNS rebinding")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--allow-dump", description = "let GET /newskg (and /newskg/get) stream the whole dataset (off by default)")
    boolean allowDump;

    @Override
    public Integer call() {
        KgStore store = KgStore.open(storeOptions.store);
        if (!(timeout >= 0) || Double.isInfinite(timeout))
            throw new InvalidInputException("--timeout " + timeout, "must be 0 (no limit) or more seconds");
        KgServer.Options options = KgServer.Options.defaults(host, port).withAllowUpdate(allowUpdate)
                .withTimeoutMillis(Math.round(timeout * 1000)).withAllowHosts(allowHosts).withAllowDump(allowDump);
        KgServer server;
        try {
            server = KgServer.start(store, options);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        ServeRecord record;
        try {
            record = ServeRecord.write(storeOptions.store, server.sparqlUrl());
        } catch (RuntimeException e) {
            server.close();
            store.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable stop = () -> {
            if (closed.compareAndSet(false, true)) {
                record.remove(storeOptions.store);
                server.close();
                store.close();
                stopped.countDown();
            }
        };
        Thread hook = new Thread(stop, "newskg-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getOut().println(server.sparqlUrl());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("serving " + storeOptions.store + " at " + server.sparqlUrl()
                + (allowUpdate ? " (updates allowed)" : " (read-only)")
                + (timeout > 0 ? "; queries cancelled after " + timeout + " s" : "; no query timeout")
                + (allowDump ? "; whole-dataset GET on" : "") + "; workbench at " + server.workbenchUrl()
                + "; query, stats and export on this store go through it; Ctrl-C to stop");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // stopped from within this process (a test, an embedding): stop as Ctrl-C would
            stop.run();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        return 0;
    }
}
