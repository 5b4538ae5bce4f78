package org.newskg.serve.web;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.graph.NodeFactory;

/** SELECT queries over the store with the workbench prefixes; callers hold the read transaction. */
final class Sparql {
    private Sparql() {}

    /** Runs a SELECT (prefixes prepended) and returns all rows. Must be called inside a read transaction. */
    static List<QuerySolution> select(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.create().query(Vocab.PREFIXES + query).dataset(ds).build()) {
            return ResultSetFormatter.toList(qe.execSelect());
        }
    }

    /** An IRI written for a query, escaped. */
    static String iri(String iri) {
        return FmtUtils.stringForNode(NodeFactory.createURI(iri));
    }

    /** A string literal written for a query, escaped. */
    static String str(String s) {
        return FmtUtils.stringForNode(NodeFactory.createLiteralString(s));
    }

    /** {@code VALUES ?var { <a> <b> }}. */
    static String values(String var, Collection<String> iris) {
        return "VALUES ?" + var + " { " + iris.stream().map(Sparql::iri).collect(Collectors.joining(" ")) + " }";
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
