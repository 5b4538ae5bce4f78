package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.serve.KgServer;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over SPARQL 1.1 (embedded Fuseki): dataset /newskg, query endpoint /newskg/sparql",
                "(GET and POST; JSON, XML, CSV or TSV results by Accept header). Read-only unless --allow-update."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port, 0 for any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "127.0.0.1 (loopback, default) or 0.0.0.0 (all interfaces)")
    String host;

    @Option(names = "--allow-update", description = "accept SPARQL Update requests (refused by default)")
    boolean allowUpdate;

    @Override
    public Integer call() {
        KgStore store = KgStore.open(storeOptions.store);
        KgServer server = KgServer.start(store, host, port, allowUpdate);
        spec.commandLine().getOut().println(server.sparqlUrl());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println("serving " + storeOptions.store + " at " + server.sparqlUrl()
                + (allowUpdate ? " (updates allowed)" : " (read-only)") + "; workbench at " + server.workbenchUrl()
                + "; Ctrl-C to stop");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
        server.join();
        return 0;
    }
}
