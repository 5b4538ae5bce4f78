package org.newskg.serve.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.newskg.InvalidInputException;

/**
 * SELECT queries over the store with the workbench prefixes; callers hold the read transaction. The query texts are
 * constants of this package: every value — from a request or from the store — is bound to a variable as an RDF term
 * ({@code substitution}, or a {@code VALUES} block built as {@link ElementData}), never written into the text.
 */
final class Sparql {
    private Sparql() {}

    /** Only wraps nodes as RDFNodes for binding; holds nothing. */
    private static final Model TERMS = ModelFactory.createDefaultModel();

    /** The time one request may spend in queries; each query gets what is left. */
    static final class Budget {
        private final long deadline;
        private final long timeoutMillis;

        /** @param timeoutMillis 0: no limit */
        Budget(long timeoutMillis) {
            this.timeoutMillis = timeoutMillis;
            this.deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : 0;
        }

        long timeoutMillis() {
            return timeoutMillis;
        }

        void apply(QueryExecutionDatasetBuilder b) {
            if (deadline == 0) return;
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) throw new QueryCancelledException();
            b.timeout(left, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs a SELECT (prefixes prepended) with no values bound. Must be called inside a read transaction. */
    static List<QuerySolution> select(Dataset ds, Budget budget, String query) {
        return select(ds, budget, query, Map.of());
    }

    /** Runs a SELECT (prefixes prepended) with the variables in {@code bind} replaced by their terms. */
    static List<QuerySolution> select(Dataset ds, Budget budget, String query, Map<String, Node> bind) {
        return run(ds, budget, QueryFactory.create(Vocab.PREFIXES + query), bind);
    }

    /**
     * As {@link #select(Dataset, Budget, String, Map)}, with {@code VALUES ?var { <iri> ... }} put first in the
     * query's WHERE group (so that it restricts the pattern, not the grouped result).
     */
    static List<QuerySolution> selectValues(Dataset ds, Budget budget, String query, Map<String, Node> bind,
                                            String var, Collection<String> iris) {
        Query q = QueryFactory.create(Vocab.PREFIXES + query);
        Var v = Var.alloc(var);
        List<Binding> rows = new ArrayList<>();
        for (String iri : iris) rows.add(BindingFactory.binding(v, NodeFactory.createURI(iri)));
        ElementGroup where = (ElementGroup) q.getQueryPattern();
        where.getElements().add(0, new ElementData(List.of(v), rows));
        return run(ds, budget, q, bind);
    }

    private static List<QuerySolution> run(Dataset ds, Budget budget, Query q, Map<String, Node> bind) {
        QueryExecutionDatasetBuilder b = QueryExecution.create().query(q).dataset(ds);
        budget.apply(b);
        bind.forEach((k, v) -> b.substitution(k, TERMS.asRDFNode(v)));
        try (QueryExecution qe = b.build()) {
            return ResultSetFormatter.toList(qe.execSelect());
        }
    }

    /** An IRI read from the store, as a term. */
    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A string as a plain literal term. */
    static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** Longest IRI accepted from a request. */
    static final int MAX_IRI = 2048;

    /**
     * An IRI given in a request ({@code parameter} names it in the error), checked: an absolute RFC 3987 IRI with
     * a scheme, no spaces, controls or characters IRIs exclude ({@code < > " { } | \ ^ `}), at most
     * {@link #MAX_IRI} characters. Anything else is an {@link InvalidInputException} (HTTP 400).
     */
    static Node requestIri(String parameter, String iri) {
        if (iri.length() > MAX_IRI) throw new InvalidInputException(parameter, "IRI longer than " + MAX_IRI + " characters");
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || (c >= 0x7F && c <= 0x9F) || "<>\"{}|\\^`".indexOf(c) >= 0 || c == '\uFFFE' || c == '\uFFFF')
                throw new InvalidInputException(parameter, "not an IRI: character " + String.format("U+%04X", (int) c) + " is not allowed");
        }
        try {
            IRIx x = IRIx.create(iri);
            if (x.scheme() == null || x.isRelative()) throw new InvalidInputException(parameter, "not an absolute IRI (scheme:...)");
        } catch (IRIException e) {
            throw new InvalidInputException(parameter, "not an IRI: " + e.getMessage());
        }
        return NodeFactory.createURI(iri);
    }

    static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) return null;
        if (n.isLiteral()) return ((Literal) n).getLexicalForm();
        if (n.isURIResource()) return n.asResource().getURI();
        return n.toString();
    }

    static int integer(QuerySolution row, String var, int dflt) {
        RDFNode n = row.get(var);
        if (n == null || !n.isLiteral()) return dflt;
        try {
            return Integer.parseInt(((Literal) n).getLexicalForm());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
