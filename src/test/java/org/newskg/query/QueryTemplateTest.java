package org.newskg.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.newskg.InvalidInputException;
import org.newskg.store.KgStore;

class QueryTemplateTest {
    static final String Q = """
            # Who has a name?
            # @param name string 郭志毅   the name to look for
            # @param limit int 10
            SELECT ?p WHERE { ?p <http://example.org/name> ?name } LIMIT 10
            """;

    @Test
    void parsesDeclaredParameters() {
        QueryTemplate t = QueryTemplate.parse("t.rq", Q);
        assertEquals(List.of("limit", "name"), t.params().keySet().stream().sorted().toList());
        assertEquals("郭志毅", t.params().get("name").defaultValue());
        assertTrue(t.description().startsWith("Who has a name?"));
    }

    @Test
    void substitutesValuesAsTermsNotText() {
        try (KgStore s = KgStore.inMemory()) {
            s.replaceGraphs(List.of(Map.entry(NodeFactory.createURI("http://example.org/g"), RDFParser.fromString(
                    "<http://example.org/p1> <http://example.org/name> \"郭志毅\" . <http://example.org/p2> <http://example.org/name> \"王芳\" .", Lang.TURTLE).toGraph())));
            QueryTemplate t = QueryTemplate.parse("t.rq", Q);
            assertEquals("p\r\nhttp://example.org/p1\r\n", run(s, t, Map.of()));
            assertEquals("p\r\nhttp://example.org/p2\r\n", run(s, t, Map.of("name", "王芳")));
            // an injection attempt is just a string that matches nothing
            assertEquals("p\r\n", run(s, t, Map.of("name", "x\" } ; DROP ALL ; { \"")));
        }
    }

    @Test
    void rejectsUnknownAndBadlyTypedParameters() {
        QueryTemplate t = QueryTemplate.parse("t.rq", Q);
        assertThrows(InvalidInputException.class, () -> t.bind(Map.of("nmae", "x")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.bind(Map.of("limit", "ten")));
        assertTrue(e.getMessage().contains("limit"));
    }

    @Test
    void anIriParameterTakesAPrefixedNameTheQueryDeclares() {
        QueryTemplate t = QueryTemplate.parse("t.rq", """
                # @param type iri https://w3id.org/newskg/ns#Hospital
                PREFIX nk: <https://w3id.org/newskg/ns#>
                SELECT ?o WHERE { ?o a ?type }""");
        String nk = "https://w3id.org/newskg/ns#";
        assertEquals(nk + "Hospital", t.bind(Map.of()).get("type").asResource().getURI());
        assertEquals(nk + "School", t.bind(Map.of("type", "nk:School")).get("type").asResource().getURI());
        assertEquals(nk + "Bank", t.bind(Map.of("type", nk + "Bank")).get("type").asResource().getURI());
        assertEquals("urn:x:y", t.bind(Map.of("type", "urn:x:y")).get("type").asResource().getURI());
        // a bare name is a term of the ontology, in any case, as newskg export --type takes it
        assertEquals(nk + "Company", t.bind(Map.of("type", "Company")).get("type").asResource().getURI());
        assertEquals(nk + "Company", t.bind(Map.of("type", "company")).get("type").asResource().getURI());
        // a typo in the ontology's namespace, prefixed, full or bare, is an error naming the known terms
        for (String typo : new String[] {"nk:company", nk + "Hosptal", "Hosptal"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.bind(Map.of("type", typo)));
            assertTrue(e.getMessage().contains("type") && e.getMessage().contains(typo), e.getMessage());
            assertTrue(e.getMessage().contains("Company") && e.getMessage().contains("Hospital"), e.getMessage());
        }
    }

    @Test
    void syntaxErrorsNameTheLine() {
        QueryTemplate t = QueryTemplate.parse("bad.rq", "SELECT * WHERE {\n ?s ?p \n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> QueryRunner.parse(t));
        assertTrue(e.getMessage().startsWith("bad.rq:"), e.getMessage());
    }

    @Test
    void countsTheRowsItWrites() {
        try (KgStore s = KgStore.inMemory()) {
            s.replaceGraphs(List.of(Map.entry(NodeFactory.createURI("http://example.org/g"), RDFParser.fromString(
                    "<http://example.org/p1> <http://example.org/name> \"a\" . <http://example.org/p2> <http://example.org/name> \"b\" .",
                    Lang.TURTLE).toGraph())));
            QueryTemplate t = QueryTemplate.parse("t.rq", "SELECT ?p WHERE { ?p <http://example.org/name> ?n }");
            for (QueryRunner.Format f : QueryRunner.Format.values())
                assertEquals(2, QueryRunner.run(s.dataset(), t, Map.of(), f, new ByteArrayOutputStream()), f.name());
        }
    }

    static String run(KgStore s, QueryTemplate t, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(s.dataset(), t, params, QueryRunner.Format.csv, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** LIMIT ?top of an int parameter: its value (or default) is written in as digits; anything else there is an error. */
    @Test
    void limitTakesAnIntParameter() {
        QueryTemplate t = QueryTemplate.parse("q.rq", "# Question: q\n# @param top int 10\n# Columns: s\n"
                + "SELECT ?s WHERE { ?s ?p ?o LATERAL { SELECT ?s ?x WHERE { ?s ?q ?x } ORDER BY ?x LIMIT ?top } } LIMIT   ?top");
        assertEquals(10, QueryRunner.parse(t).getLimit());
        var q = QueryRunner.parse(t, t.bind(Map.of("top", "3")));
        assertEquals(3, q.getLimit());
        assertTrue(q.toString().contains("LIMIT   3"), q.toString());
        assertFalse(q.toString().contains("?top"), q.toString());
        assertThrows(InvalidInputException.class, () -> t.bind(Map.of("top", "3 } DROP ALL")));
        var e = assertThrows(InvalidInputException.class, () -> QueryRunner.parse(t, t.bind(Map.of("top", "-2"))));
        assertTrue(e.getMessage().contains("0 or more"), e.getMessage());
        QueryTemplate notInt = QueryTemplate.parse("r.rq", "# Question: r\n# @param name string x\n# Columns: s\nSELECT ?s WHERE { ?s ?p ?name } LIMIT ?name");
        assertThrows(InvalidInputException.class, () -> QueryRunner.parse(notInt));
    }
}
