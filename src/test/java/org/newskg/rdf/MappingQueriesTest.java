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
    /** As the store holds it: a TDB2 dataset whose default graph is the union of the named graphs. */
    private static final DatasetGraph STORE = store();

    private static DatasetGraph store() {
        DatasetGraph ds = org.apache.jena.tdb2.TDB2Factory.createDataset().asDatasetGraph();
        ds.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        MappedArticle m = new ArticleMapper().map(Fixtures.article());
        ds.executeWrite(() -> {
            m.graph().find().forEach(t -> ds.add(m.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
            Fixtures.divisions(m).find().forEach(t -> ds.add(Iris.divisionsGraph(), t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return ds;
    }

    @Test
    void postsWithPersonOrganisationAndDate() {
        assertRows("""
                SELECT ?person ?title ?org ?date ?article WHERE {
                  GRAPH ?a { ?m a nk:Membership ; org:member ?p ; nk:title ?title ; org:organization ?o }
                  ?p rdfs:label ?person . ?o rdfs:label ?org . ?a schema:datePublished ?date ; nk:articleId ?article }
                """, List.of("张伟|局长|壶关县文化和旅游局|2025-01-02|cz-20250102-p2-1"));
    }

    @Test
    void placesInAPrefectureMentionedByArticles() {
        assertRows("""
                SELECT DISTINCT ?place ?level WHERE {
                  GRAPH ?a { ?m nk:refersTo ?p }
                  ?p nk:partOf+ ?c ; rdfs:label ?place ; nk:level ?level .
                  ?c nk:divisionCode "140400" }
                ORDER BY ?level
                """, List.of("壶关县|3", "店上镇|4"));
    }

    /** Offsets in code points: the text has 王𠈓 (𠈓 is two UTF-16 units) before them, so they are one less than in Java. */
    @Test
    void mentionsOfAnEntityWithOffsets() {
        assertRows("""
                SELECT ?text ?begin ?end WHERE {
                  ?e nk:divisionCode "140427101" .
                  GRAPH ?a { ?m nk:refersTo ?e }
                  ?a schema:text ?all .
                  BIND(STRAFTER(STR(?m), "#char=") AS ?r)
                  BIND(xsd:integer(STRBEFORE(?r, ",")) AS ?begin) BIND(xsd:integer(STRAFTER(?r, ",")) AS ?end)
                  BIND(SUBSTR(?all, ?begin + 1, ?end - ?begin) AS ?text) }
                ORDER BY ?begin
                """, List.of("店上镇|37|40", "店上镇|47|50"));
    }

    /**
     * Nothing lost: for every mention the extractor made, the SPARQL of queries/mention-spans.rq gives back its
     * entity, its words and (converted to UTF-16 units) its offsets, and nothing else.
     */
    @Test
    void everyMentionComesBackWithItsWordsAndOffsets() {
        var la = Fixtures.article();
        String text = la.article().text();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < la.extraction().mentions().size(); i++) {
            var m = la.extraction().mentions().get(i);
            expected.add(Iris.entity(la.mentionKeys().get(i)).getURI() + "|" + m.text() + "|" + m.start() + "|" + m.end());
        }
        String query = Namespaces.sparqlPrologue() + """
                SELECT ?entity ?anchor ?begin ?end WHERE {
                  GRAPH ?article { ?m nk:refersTo ?entity }
                  ?article schema:text ?text .
                  BIND(STRAFTER(STR(?m), "#char=") AS ?range)
                  BIND(xsd:integer(STRBEFORE(?range, ",")) AS ?begin)
                  BIND(xsd:integer(STRAFTER(?range, ",")) AS ?end)
                  BIND(SUBSTR(?text, ?begin + 1, ?end - ?begin) AS ?anchor) }""";
        List<String> actual = new java.util.ArrayList<>();
        STORE.executeRead(() -> QueryExec.dataset(STORE).query(query).select().forEachRemaining(b -> {
            int begin = text.offsetByCodePoints(0, Integer.parseInt(b.get("begin").getLiteralLexicalForm()));
            int end = text.offsetByCodePoints(0, Integer.parseInt(b.get("end").getLiteralLexicalForm()));
            actual.add(b.get("entity").getURI() + "|" + b.get("anchor").getLiteralLexicalForm() + "|" + begin + "|" + end);
        }));
        assertEquals(expected.stream().distinct().sorted().toList(), actual.stream().sorted().toList());
        assertEquals(true, expected.size() > 5, "the fixture has mentions");
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
                  ?x a nk:Person ; nk:possiblySameAs ?y . FILTER (?x != ?y) BIND (STR(?y) AS ?other) BIND (STRAFTER(STR(?x), "/id/") AS ?key) }
                """, List.of("person/张伟/壶关县|https://w3id.org/newskg/id/person/张伟|同名；本文中任壶关县文化和旅游局局长"));
    }

    private static void assertRows(String query, List<String> expected) {
        List<String> actual = STORE.calculateRead(() -> {
        RowSet rows = QueryExec.dataset(STORE).query(Namespaces.sparqlPrologue() + query).select();
        return rows.stream().map(b -> {
            StringBuilder sb = new StringBuilder();
            rows.getResultVars().forEach(v -> {
                if (!sb.isEmpty()) sb.append('|');
                Node n = b.get(v);
                sb.append(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            });
            return sb.toString();
        }).toList();
        });
        assertEquals(expected, actual);
    }
}
