package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.store.KgStore;

class KgServerTest {
    static KgStore store;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final String QUERY = "SELECT ?name WHERE { ?p <http://example.org/name> ?name } ORDER BY ?name";

    @BeforeAll
    static void start() {
        store = KgStore.inMemory();
        store.replaceGraphs(List.of(
                Map.entry(NodeFactory.createURI("http://example.org/article1"),
                        RDFParser.fromString("<http://example.org/p1> <http://example.org/name> \"郭志毅\" .", Lang.TURTLE).toGraph()),
                Map.entry(NodeFactory.createURI("http://example.org/article2"),
                        RDFParser.fromString("<http://example.org/p2> <http://example.org/name> \"靳秋玲\" .", Lang.TURTLE).toGraph())));
        server = KgServer.start(store, "127.0.0.1", 0, false);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void bindsToLoopbackOnAnEphemeralPort() {
        assertTrue(server.port() > 0);
        assertTrue(server.sparqlUrl().startsWith("http://127.0.0.1:" + server.port() + "/newskg/sparql"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            application/sparql-results+json | "郭志毅"
            application/sparql-results+xml  | <literal>郭志毅</literal>
            text/csv                        | 郭志毅
            text/tab-separated-values       | "郭志毅"
            """)
    void getQueryUnionOfArticleGraphsInEachFormat(String accept, String expected) throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(QUERY), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(r.body().contains(expected), r.body());
        assertTrue(r.body().contains("靳秋玲"), "default graph is the union of the article graphs: " + r.body());
    }

    @Test
    void postQuery() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("name\r\n郭志毅\r\n靳秋玲\r\n", r.body());
    }

    @ParameterizedTest
    @CsvSource({"/newskg/sparql", "/newskg/update", "/newskg"})
    void updatesAreRefusedByDefault(String path) throws Exception {
        long before = store.quadCount();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400, "update must be refused, got " + r.statusCode());
        assertEquals(before, store.quadCount());
    }

    @Test
    void updatesAcceptedWhenAllowed() throws Exception {
        try (KgStore s = KgStore.inMemory(); KgServer rw = KgServer.start(s, "127.0.0.1", 0, true)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + rw.port() + "/newskg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
            assertEquals(1, s.quadCount());
        }
    }

    @Test
    void otherHostsAreRejected() {
        assertThrows(org.newskg.InvalidInputException.class, () -> KgServer.start(store, "10.1.2.3", 0, false));
    }
}
