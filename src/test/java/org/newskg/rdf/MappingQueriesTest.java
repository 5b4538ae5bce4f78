package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/**
 * The example queries of the mapping (the ones given to the lead for the README and queries/), run
 * over the fixture article stored as its own named graph, its divisions in the divisions graph, and queried through
 * the union graph.
 */
class MappingQueriesTest {
    private static final Graph UNION = union();

    private static Graph union() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        MappedArticle m = new ArticleMapper().map(Fixtures.article());
        ds.executeWrite(() -> {
            ds.addGraph(m.graphName(), m.graph());
            ds.addGraph(Iris.divisionsGraph(), Fixtures.divisions(m));
        });
        return ds.getUnionGraph();
    }

    @Test
    void postsWithPersonOrganisationAndDate() {
        assertRows("""
                SELECT ?person ?title ?org ?date ?article WHERE {
                  ?m a nk:Membership ; org:member/rdfs:label ?person ; nk:title ?title ;
                     org:organization/rdfs:label ?org ; nk:date ?date ; prov:wasDerivedFrom/nk:articleId ?article }
                """, List.of("张伟|局长|壶关县文化和旅游局|2025-01-02|cz-20250102-p2-1"));
    }

    @Test
    void placesInAPrefectureMentionedByArticles() {
        assertRows("""
                SELECT DISTINCT ?place ?level WHERE {
                  ?a a nk:Article ; schema:mentions ?p .
                  ?p nk:partOf+ ?c ; rdfs:label ?place ; nk:level ?level .
                  ?c nk:divisionCode "140400" }
                ORDER BY ?level
                """, List.of("壶关县|3", "店上镇|4"));
    }

    @Test
    void mentionsOfAnEntityWithOffsets() {
        assertRows("""
                SELECT ?text ?begin ?end WHERE {
                  ?e nk:divisionCode "140427101" .
                  ?m nk:refersTo ?e ; nk:anchorText ?text ; nk:beginIndex ?begin ; nk:endIndex ?end }
                ORDER BY ?begin
                """, List.of("店上镇|38|41", "店上镇|48|51"));
    }

    @Test
    void bylinesWithRoles() {
        assertRows("""
                SELECT ?name ?role WHERE {
                  ?a nk:hasByline ?b . ?b nk:personName ?name ; nk:role ?role }
                ORDER BY ?name
                """, List.of("李明|https://w3id.org/newskg/ns#Reporter", "王𠈓|https://w3id.org/newskg/ns#Correspondent"));
    }

    @Test
    void possibleIdentitiesWithEvidence() {
        assertRows("""
                SELECT ?key ?other ?evidence WHERE {
                  ?c a nk:SameAsCandidate ; nk:candidate ?x , ?y ; nk:evidence ?evidence .
                  ?x nk:entityKey ?key . ?x nk:possiblySameAs ?y . FILTER (?x != ?y) BIND (STR(?y) AS ?other) }
                """, List.of("person/张伟/壶关县|https://w3id.org/newskg/id/person/张伟|同名；本文中任壶关县文化和旅游局局长"));
    }

    private static void assertRows(String query, List<String> expected) {
        RowSet rows = QueryExec.graph(UNION).query(Namespaces.sparqlPrologue() + query).select();
        List<String> actual = rows.stream().map(b -> {
            StringBuilder sb = new StringBuilder();
            rows.getResultVars().forEach(v -> {
                if (!sb.isEmpty()) sb.append('|');
                Node n = b.get(v);
                sb.append(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            });
            return sb.toString();
        }).toList();
        assertEquals(expected, actual);
    }
}
