package org.newskg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.InvalidInputException;

/** Runs a SPARQL query against a dataset inside a read transaction and streams the results. */
public final class QueryRunner {
    public enum Format { table, csv, tsv, json }

    private QueryRunner() {}

    /** The query with its parameters' defaults in the places only a number may stand ({@link QueryTemplate#text(Map)}). */
    public static Query parse(QueryTemplate t) {
        return parse(t, Map.of());
    }

    /** The query with the bound values in the places only a number may stand ({@link QueryTemplate#text(Map)}). */
    public static Query parse(QueryTemplate t, Map<String, RDFNode> binding) {
        try {
            return QueryFactory.create(t.text(binding));
        } catch (QueryParseException e) {
            throw new InvalidInputException(t.name() + ":" + e.getLine() + ":" + e.getColumn(), "SPARQL syntax error: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Runs the query with the given parameter values; returns the number of result rows (or triples). */
    public static long run(Dataset ds, QueryTemplate t, Map<String, String> params, Format format, OutputStream out) {
        return run(ds, t, params, format, out, 0);
    }

    /**
     * As {@link #run(Dataset, QueryTemplate, Map, Format, OutputStream)}, cancelled after {@code timeoutMillis}
     * (0: no limit) with Jena's {@link org.apache.jena.query.QueryCancelledException}.
     */
    public static long run(Dataset ds, QueryTemplate t, Map<String, String> params, Format format, OutputStream out,
                           long timeoutMillis) {
        return run(QueryTarget.of(ds), t, params, format, out, timeoutMillis);
    }

    /**
     * As {@link #run(Dataset, QueryTemplate, Map, Format, OutputStream, long)} on a dataset or a SPARQL endpoint: the
     * same rows, written the same way.
     */
    public static long run(QueryTarget target, QueryTemplate t, Map<String, String> params, Format format,
                           OutputStream out, long timeoutMillis) {
        Map<String, RDFNode> binding = t.bind(params, parse(t).getPrefixMapping());
        Query q = parse(t, binding);
        return target.read(() -> {
            var b = target.execution().query(q);
            if (timeoutMillis > 0) b.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            binding.forEach(b::substitution);
            try (QueryExecution qe = b.build()) {
                if (q.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    if (format == Format.table) {
                        // the table needs all rows to size its columns
                        var rw = rs.rewindable();
                        write(rw, format, out, q);
                        return (long) rw.size();
                    }
                    long[] rows = {0};
                    java.util.Iterator<org.apache.jena.sparql.engine.binding.Binding> counting = new java.util.Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return rs.hasNext();
                        }

                        @Override
                        public org.apache.jena.sparql.engine.binding.Binding next() {
                            rows[0]++;
                            return rs.nextBinding();
                        }
                    };
                    write(org.apache.jena.sparql.engine.ResultSetStream.create(
                            org.apache.jena.sparql.core.Var.varList(rs.getResultVars()), counting), format, out, q);
                    return rows[0];
                } else if (q.isAskType()) {
                    boolean r = qe.execAsk();
                    switch (format) {
                        case json -> ResultSetFormatter.outputAsJSON(out, r);
                        case csv -> ResultSetFormatter.outputAsCSV(out, r);
                        case tsv -> ResultSetFormatter.outputAsTSV(out, r);
                        default -> new PrintStream(out, true, StandardCharsets.UTF_8).println(r ? "yes" : "no");
                    }
                    return r ? 1L : 0L;
                } else {
                    var model = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    RDFDataMgr.write(out, model, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
                    return (long) model.size();
                }
            }
        });
    }

    private static void write(ResultSet rs, Format format, OutputStream out, Query q) {
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(out, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
            case json -> ResultSetFormatter.outputAsJSON(out, rs);
            default -> ResultSetFormatter.out(out, rs, q.getPrefixMapping());
        }
    }
}
