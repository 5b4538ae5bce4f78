package org.newskg.query;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Where a query runs: a dataset in this process (each unit of work inside one read transaction) or a SPARQL 1.1
 * endpoint over HTTP (the store of a running {@code newskg serve}). Both hand out Jena's
 * {@link QueryExecutionBuilder}, so the code that builds a query, binds its parameters ({@code substitution}: an
 * RDF term, never pasted text) and reads its results is the same for both; over HTTP the endpoint's own timeout
 * applies as well.
 */
public interface QueryTarget {
    /** A new execution builder on this target; give it a query and build. */
    QueryExecutionBuilder execution();

    /** Runs {@code work} (which builds and reads executions) as one unit: a read transaction on a local dataset. */
    <T> T read(Supplier<T> work);

    /** A dataset in this process. */
    static QueryTarget of(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return new QueryTarget() {
            @Override
            public QueryExecutionBuilder execution() {
                return QueryExecution.create().dataset(dataset);
            }

            @Override
            public <T> T read(Supplier<T> work) {
                return Txn.calculateRead(dataset, work);
            }
        };
    }

    /** A SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/newskg/sparql}. */
    static QueryTarget endpoint(String url) {
        Objects.requireNonNull(url, "endpoint URL");
        // HTTP/1.1: Fuseki on plain http answers in 1.1 anyway, and the HTTP/2 upgrade attempt of the default client
        // cost the first request about half a second (measured on this machine, one request per command)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return new QueryTarget() {
            @Override
            public QueryExecutionBuilder execution() {
                return QueryExecutionHTTP.service(url).httpClient(client);
            }

            @Override
            public <T> T read(Supplier<T> work) {
                return work.get();
            }

            @Override
            public String toString() {
                return url;
            }
        };
    }
}
