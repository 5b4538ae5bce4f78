package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.serve.KgServer;
import org.newskg.pipeline.ArticlePipeline;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.PipelineConfig;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled sample corpus into a fresh store and serves it over SPARQL on 127.0.0.1.",
                "It prints the endpoint URL and an example query. Ctrl-C stops it."})
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    static final String EXAMPLE = """
            PREFIX nk: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?person ?name (COUNT(DISTINCT ?article) AS ?articles) WHERE {
              ?person a nk:Person ; rdfs:label ?name .
              GRAPH ?article { ?mention nk:refersTo ?person }
            } GROUP BY ?person ?name ORDER BY DESC(?articles) ?name""";

    @Option(names = "--port", defaultValue = "3030", description = "TCP port, 0 for any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--store", paramLabel = "DIR",
            description = "keep the demo store in DIR (default: a temporary directory removed on exit)")
    Path store;

    @Option(names = "--no-serve", description = "build the store, print the summary and exit (for tests and scripts)")
    boolean noServe;

    @Override
    public Integer call() throws IOException {
        Path corpus = Files.createTempDirectory("newskg-demo-corpus");
        List<Path> files = unpackCorpus(corpus);
        boolean temporary = store == null;
        Path dir = temporary ? Files.createTempDirectory("newskg-demo-store") : store;
        // the stages are built on other threads while the store opens, as for ingest
        var started = ArticlePipeline.start(PipelineConfig.of("newskg demo corpus", "长治市", List.of()));
        KgStore kg = KgStore.open(dir);
        IngestPipeline.Summary s = new IngestPipeline(kg, ArticlePipeline.await(started), IngestPipeline.Options.defaults(),
                spec.commandLine().getErr()).run(files);
        spec.commandLine().getErr().println(s.render());
        deleteTree(corpus);
        if (noServe) {
            kg.close();
            if (temporary) deleteTree(dir);
            return s.skipped().isEmpty() ? 0 : 2;
        }
        KgServer server = KgServer.start(kg, "127.0.0.1", port, false);
        String query = String.format(EXAMPLE, org.newskg.rdf.NK.NS);
        PrintWriter out = spec.commandLine().getOut();
        out.println("newskg demo: " + s.articles() + " articles, " + (s.storeQuads() >= 0 ? s.storeQuads() : kg.quadCount()) + " quads in " + dir);
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.println("Workbench (SPARQL editor, network view, entity pages): " + server.workbenchUrl());
        out.println("Example — persons with the number of articles that mention them:");
        out.println("  curl -s " + server.sparqlUrl() + " -H 'Accept: text/csv' --data-urlencode query@- <<'EOF'");
        out.println(query.indent(2).stripTrailing());
        out.println("EOF");
        out.println("Ctrl-C to stop.");
        out.flush();
        // a kept store records its server as `newskg serve` does, so query, stats and export on it go through it
        org.newskg.serve.ServeRecord record = temporary ? null : org.newskg.serve.ServeRecord.write(dir, server.sparqlUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (record != null) record.remove(dir);
            server.close();
            kg.close();
            if (temporary) deleteTree(dir);
        }));
        server.join();
        return 0;
    }

    /** Copies the bundled sample corpus (listed in index.txt) into a directory. */
    static List<Path> unpackCorpus(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        String index;
        try (InputStream in = DemoCommand.class.getResourceAsStream("/org/newskg/demo/index.txt")) {
            if (in == null) throw new IllegalStateException("sample corpus index missing from the build");
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String name : index.split("\n")) {
            name = name.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            try (InputStream in = DemoCommand.class.getResourceAsStream("/org/newskg/demo/" + name)) {
                if (in == null) throw new IllegalStateException("sample corpus file missing from the build: " + name);
                Path p = dir.resolve(name);
                Files.copy(in, p);
                out.add(p);
            }
        }
        return out;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
