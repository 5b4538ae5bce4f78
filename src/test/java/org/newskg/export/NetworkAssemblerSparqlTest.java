package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** Feeds the assembler from a real SPARQL SELECT over a small Turtle graph (test vocabulary, not the ontology). */
class NetworkAssemblerSparqlTest {
    private static final String DATA = """
            @prefix t: <http://example.org/t#> .
            @prefix id: <http://newskg.org/id/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            id:a1 t:date "2023-03-01"^^xsd:date ; t:mentions <http://newskg.org/id/person/郭志毅>, id:p140406 .
            id:a2 t:date "2023-04-15T08:00:00+08:00"^^xsd:dateTime ;
                  t:mentions <http://newskg.org/id/person/郭志毅>, id:p140406, <http://newskg.org/id/org/壶关县文旅局> .
            <http://newskg.org/id/person/郭志毅> a t:Person ; rdfs:label "郭志毅"@zh .
            id:p140406 a t:Place ; rdfs:label "潞城区"@zh ; t:code "140406" .
            <http://newskg.org/id/org/壶关县文旅局> a t:Organization ; rdfs:label "壶关县文旅局"@zh .
            """;

    private static final String QUERY = """
            PREFIX t: <http://example.org/t#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?s ?sLabel ?sType ?sCode ?relation ?o ?oLabel ?oType ?oCode ?article ?date WHERE {
              ?article t:mentions ?s, ?o ; t:date ?date .
              FILTER(?s != ?o)
              BIND(t:coMention AS ?relation)
              ?s rdfs:label ?sLabel ; a ?sType . OPTIONAL { ?s t:code ?sCode }
              ?o rdfs:label ?oLabel ; a ?oType . OPTIONAL { ?o t:code ?oCode }
            }
            """;

    @Test
    void selectResultsBecomeAggregatedCoMentions() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(DATA), null, "TTL");
        NetworkAssembler a = new NetworkAssembler();
        try (QueryExecution q = QueryExecution.model(m).query(QUERY).build()) {
            a.addAll(q.execSelect());
        }
        assertEquals(8, a.rows(), "a1: 2 ordered pairs, a2: 6");
        CollectingWriter w = new CollectingWriter();
        a.writeTo(w);
        assertEquals(3, w.nodes.size());
        assertEquals(3, w.edges.size(), "both directions of each pair merged");
        String guo = "http://newskg.org/id/person/郭志毅";
        String lucheng = "http://newskg.org/id/p140406";
        ExportEdge e = w.edges.stream().filter(x -> List.of(x.source(), x.target()).containsAll(List.of(guo, lucheng)))
                .findFirst().orElseThrow();
        assertEquals("coMention", e.relation());
        assertEquals(2, e.weight());
        assertEquals("2023-03-01", e.firstDate());
        assertEquals("2023-04-15", e.lastDate());
        ExportNode place = w.node(lucheng);
        assertEquals("潞城区", place.label(), "lexical form, language tag dropped");
        assertEquals("Place", place.type());
        assertEquals("140406", place.code());
        assertEquals(2, place.mentions());
        assertEquals(1, w.node("http://newskg.org/id/org/壶关县文旅局").mentions());
    }
}
