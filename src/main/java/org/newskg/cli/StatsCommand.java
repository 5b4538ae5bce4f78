package org.newskg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import java.util.Optional;
import org.newskg.query.QueryTarget;
import org.newskg.serve.ServeRecord;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints what the store holds: articles (their graphs), named graphs (the articles', the shared divisions"
                + " graph and the identity graphs), quads, and resources per class (TSV on stdout).")
final class StatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    private static final String PER_CLASS = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class
            """;
    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    /** Article graphs: the graphs named by the article they hold (not the divisions graph, not the identity graphs). */
    private static final String ARTICLES = org.newskg.rdf.Namespaces.sparqlPrologue()
            + "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a nk:Article } }";

    /** Over a server: the quads of all named graphs by a query (a scan; locally the index size is read instead). */
    private static final String QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Override
    public Integer call() {
        storeOptions.existing();
        Optional<ServeRecord> served = storeOptions.served();
        if (served.isPresent()) {
            spec.commandLine().getErr().println(StoreOptions.throughServer(served.get()));
            QueryTarget target = QueryTarget.endpoint(served.get().sparqlUrl());
            print(target, count(target, QUADS));
        } else {
            try (KgStore store = KgStore.open(storeOptions.store)) {
                print(QueryTarget.of(store.dataset()), store.quadCount());
            }
        }
        return 0;
    }

    private void print(QueryTarget target, long quads) {
        var out = spec.commandLine().getOut();
        out.println("articles\t" + count(target, ARTICLES));
        out.println("graphs\t" + count(target, GRAPHS));
        out.println("quads\t" + quads);
        target.read(() -> {
            try (QueryExecution qe = target.execution().query(PER_CLASS).build()) {
                var rs = qe.execSelect();
                var prefixes = org.newskg.rdf.Namespaces.prefixes();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String c = s.getResource("class").getURI();
                    out.println(prefixes.shortForm(c) + "\t" + s.getLiteral("n").getLong());
                }
            }
            return null;
        });
    }

    private static long count(QueryTarget target, String query) {
        return target.read(() -> {
            try (QueryExecution qe = target.execution().query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
