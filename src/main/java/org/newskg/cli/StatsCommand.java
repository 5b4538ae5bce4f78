package org.newskg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
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

    @Override
    public Integer call() {
        storeOptions.existing();
        try (KgStore store = KgStore.open(storeOptions.store)) {
            spec.commandLine().getOut().println("articles\t" + count(store, ARTICLES));
            spec.commandLine().getOut().println("graphs\t" + count(store, GRAPHS));
            spec.commandLine().getOut().println("quads\t" + store.quadCount());
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(PER_CLASS).dataset(store.dataset()).build()) {
                    var rs = qe.execSelect();
                    var prefixes = org.newskg.rdf.Namespaces.prefixes();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        String c = s.getResource("class").getURI();
                        spec.commandLine().getOut().println(prefixes.shortForm(c) + "\t" + s.getLiteral("n").getLong());
                    }
                }
            });
        }
        return 0;
    }

    private static long count(KgStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(store.dataset()).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
