package org.newskg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.InvalidInputException;
import java.util.Optional;
import org.newskg.query.QueryRunner;
import org.newskg.query.QueryTarget;
import org.newskg.serve.ServeRecord;
import org.newskg.query.QueryTemplate;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the store and writes the results to stdout.",
                "QUERY is a .rq file, or the NAME of a curated query in queries/ (see --list), or give -q 'SPARQL'.",
                "The default graph is the union of all graphs: the article graphs, the divisions graph and the identity graphs."})
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    QueryRunner.Format format;

    @Option(names = "-q", paramLabel = "SPARQL", description = "query text")
    String queryText;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "value for a declared query parameter; repeatable. An iri parameter takes a full IRI, a prefixed name (nk:Company) or an ontology term's name (Company)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "cancel the query after this many seconds; 0: no limit (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--list", description = "list the curated queries with their questions and parameters")
    boolean list;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "query file or curated query name")
    String query;

    @Override
    public Integer call() throws Exception {
        if (list) {
            for (String name : QueryTemplate.curatedNames()) {
                QueryTemplate t = QueryTemplate.curated(name, null);
                spec.commandLine().getOut().println(name.replaceFirst("\\.rq$", ""));
                for (String l : t.description().split("\n")) spec.commandLine().getOut().println("    " + l);
            }
            return 0;
        }
        QueryTemplate t;
        if (queryText != null && query != null)
            throw new InvalidInputException("query", "give either QUERY or -q, not both");
        if (queryText != null) t = QueryTemplate.parse("-q", queryText);
        else if (query == null) throw new InvalidInputException("query", "give a QUERY file or name, or -q 'SPARQL'");
        else if (Files.isRegularFile(Path.of(query))) t = QueryTemplate.load(Path.of(query));
        else t = QueryTemplate.curated(query, Launch.projectDir().map(d -> d.resolve("queries")).orElse(null));
        if (!(timeout >= 0) || Double.isInfinite(timeout))
            throw new InvalidInputException("--timeout " + timeout, "must be 0 (no limit) or more seconds");
        storeOptions.existing();
        Optional<ServeRecord> served = storeOptions.served();
        if (served.isPresent()) {
            spec.commandLine().getErr().println(StoreOptions.throughServer(served.get()));
            run(QueryTarget.endpoint(served.get().sparqlUrl()), t);
        } else {
            try (KgStore store = KgStore.open(storeOptions.store)) {
                run(QueryTarget.of(store.dataset()), t);
            }
        }
        return 0;
    }

    private void run(QueryTarget target, QueryTemplate t) throws java.io.IOException {
        OutputStream out = CommandStreams.bytes(spec.commandLine().getOut());
        long n;
        try {
            n = QueryRunner.run(target, t, params, format, out, Math.round(timeout * 1000));
        } catch (org.apache.jena.query.QueryCancelledException e) {
            out.close();
            throw new InvalidInputException("--timeout " + timeout, "the query was cancelled after " + timeout
                    + " s; give a larger --timeout (0: no limit) or a narrower query");
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            out.close();
            throw new InvalidInputException(target.toString(), "the server answered " + e.getStatusCode() + " "
                    + (e.getStatusCode() == 503 ? "(cancelled at the server's --timeout)" : String.valueOf(e.getMessage())));
        }
        out.close(); // flushes the command's output stream, leaves it open
        spec.commandLine().getErr().println(n + " results");
    }
}
