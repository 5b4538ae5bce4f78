package org.newskg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.web.WorkbenchFixture.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.InvalidInputException;
import org.newskg.export.Selection;
import org.newskg.serve.KgServer;
import org.newskg.store.KgStore;

/**
 * Hostile parameter values on every endpoint the server registers (KgServer: /newskg, /newskg/sparql,
 * /newskg/query, /newskg/export, /$/ping; Workbench: /, /index.html, /graph, /entity, /entity/*, /assets/*,
 * /vendor/*, /api/status, /api/queries, /api/search, /api/entity, /api/graph). A value that could change a query's
 * structure is a 400, never a 200 with other data and never a 500; the page and asset servlets never reflect it.
 */
class HostileInputTest {
    static final String NS = "https://w3id.org/newskg/ns#";
    private static KgStore store;
    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Values that break out of an IRI (<...>), a string literal ("..." / '...'), a group or a line. */
    static final List<String> STRUCTURAL = List.of(
            GAO + "> ?p ?o } #",
            "urn:x> } UNION { ?s ?p ?o } #",
            "urn:x>} UNION {?s ?p ?o} #",
            GAO + "\"} UNION { ?s ?p ?o } #",
            "x\" ) ) } UNION { ?e ?p ?o } #",
            "x' ) ) } UNION { ?e ?p ?o } #",
            "urn:x\n} UNION { ?s ?p ?o }",
            "urn:x\u0000",
            "<" + GAO + ">",
            "urn:x{}",
            "urn:x`",
            "urn:x\\u003E ?p ?o }");
    /** Values that are syntactically harmless but must still not be served as something else. */
    static final List<String> ODD = List.of(
            "javascript:alert(document.domain)",
            "<script>alert(1)</script>",
            "%3E%20%7D%20UNION",
            "x".repeat(5000),
            "' OR 1=1 --",
            "*",
            "");

    /** endpoint + parameter → statuses seen, for the report. */
    private static final Map<String, List<Integer>> SEEN = new TreeMap<>();

    @BeforeAll
    static void start() {
        store = WorkbenchFixture.store();
        server = KgServer.start(store, "127.0.0.1", 0, false);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        StringBuilder sb = new StringBuilder("hostile values per endpoint parameter (status counts):\n");
        SEEN.forEach((k, v) -> {
            Map<Integer, Integer> counts = new TreeMap<>();
            v.forEach(s -> counts.merge(s, 1, Integer::sum));
            sb.append("  ").append(k).append(": ").append(v.size()).append(" values → ").append(counts).append('\n');
        });
        System.err.print(sb);
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return Pages.component(s);
    }

    private static HttpResponse<String> probe(String key, String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        SEEN.computeIfAbsent(key, k -> new ArrayList<>()).add(r.statusCode());
        assertTrue(r.statusCode() < 500, key + " → " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
        return r;
    }

    private static List<String> all() {
        List<String> v = new ArrayList<>(STRUCTURAL);
        v.addAll(ODD);
        return v;
    }

    @Test
    void apiEntityIri() throws Exception {
        for (String v : STRUCTURAL) {
            HttpResponse<String> r = probe("/api/entity iri", "/api/entity?iri=" + enc(v));
            assertEquals(400, r.statusCode(), v + " → " + r.body());
            assertTrue(JsonParser.parseString(r.body()).getAsJsonObject().has("error"));
        }
        for (String v : ODD) {
            HttpResponse<String> r = probe("/api/entity iri", "/api/entity?iri=" + enc(v));
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, v + " → " + r.statusCode());
        }
        // the entity itself still answers, and a repeated iri is refused rather than guessed
        assertEquals(200, get("/api/entity?iri=" + enc(GAO)).statusCode());
        assertEquals(400, probe("/api/entity iri", "/api/entity?iri=" + enc(GAO) + "&iri=" + enc(DUAN)).statusCode());
        for (String p : List.of("offset", "limit"))
            for (String v : all()) {
                if (v.isEmpty()) continue;
                assertEquals(400, probe("/api/entity " + p, "/api/entity?iri=" + enc(GAO) + "&" + p + "=" + enc(v)).statusCode(), p + "=" + v);
            }
    }

    @Test
    void apiSearch() throws Exception {
        // q is bound as a literal: any text is searched for as text (nothing matches), or refused (controls, length)
        for (String v : all()) {
            HttpResponse<String> r = probe("/api/search q", "/api/search?q=" + enc(v));
            if (v.isEmpty() || v.equals("*")) continue;
            if (r.statusCode() == 200) assertEquals(0, JsonParser.parseString(r.body()).getAsJsonArray().size(), v + " → " + r.body());
            else assertEquals(400, r.statusCode(), v);
        }
        assertEquals(400, get("/api/search?q=" + enc("urn:x\u0000")).statusCode());
        // a search that matches still works, through the binding
        JsonArray hits = JsonParser.parseString(get("/api/search?q=" + enc("郜振")).body()).getAsJsonArray();
        assertEquals(GAO, hits.get(0).getAsJsonObject().get("iri").getAsString());
        for (String p : List.of("type", "limit"))
            for (String v : all()) {
                if (v.isEmpty()) continue;
                assertEquals(400, probe("/api/search " + p, "/api/search?" + p + "=" + enc(v)).statusCode(), p + "=" + v);
            }
    }

    @Test
    void apiGraphAndExport() throws Exception {
        for (String base : List.of("/api/graph?", "/newskg/export?format=cyjs&")) {
            String ep = base.substring(0, base.indexOf('?'));
            for (String p : List.of("entity", "place", "type", "relation", "hops", "from", "to", "limit")) {
                for (String v : all()) {
                    if (v.isEmpty() || (v.equals("*") && p.equals("type"))) continue;
                    HttpResponse<String> r = probe(ep + " " + p, base + p + "=" + enc(v));
                    assertEquals(400, r.statusCode(), ep + " " + p + "=" + v + " → " + r.body());
                }
            }
        }
        for (String v : all()) {
            if (v.isEmpty()) continue;
            assertEquals(400, probe("/newskg/export format", "/newskg/export?format=" + enc(v)).statusCode(), v);
            // sparql= is a query by design (the export of a SELECT): a hostile text is a syntax error
            assertEquals(400, probe("/newskg/export sparql", "/newskg/export?format=cyjs&sparql=" + enc(v)).statusCode(), v);
        }
        assertEquals(200, get("/api/graph?entity=" + enc(GAO)).statusCode());
    }

    @Test
    void sparqlEndpoints() throws Exception {
        for (String ep : List.of("/newskg/sparql", "/newskg/query", "/newskg"))
            for (String v : all()) {
                if (v.isEmpty() || v.equals("*")) continue;
                HttpResponse<String> r = probe(ep + " query", ep + "?query=" + enc(v));
                assertEquals(400, r.statusCode(), ep + " " + v + " → " + r.body());
            }
    }

    @Test
    void pagesAndAssetsDoNotReflect() throws Exception {
        for (String v : all()) {
            if (v.isEmpty()) continue;
            for (String path : List.of("/entity/" + enc(v), "/entity?iri=" + enc(v), "/graph?entity=" + enc(v), "/?q=" + enc(v),
                    "/index.html?x=" + enc(v), "/assets/" + enc(v), "/vendor/" + enc(v), "/api/" + enc(v),
                    "/api/status?x=" + enc(v), "/api/queries?x=" + enc(v), "/$/ping?x=" + enc(v))) {
                String key = path.substring(0, Math.max(path.indexOf('?'), 0) == 0 ? path.length() : path.indexOf('?'));
                if (key.startsWith("/entity/")) key = "/entity/*";
                if (key.startsWith("/assets/")) key = "/assets/*";
                if (key.startsWith("/vendor/")) key = "/vendor/*";
                if (key.startsWith("/api/") && !key.equals("/api/status") && !key.equals("/api/queries")) key = "/api/*";
                HttpResponse<String> r = probe(key, path);
                // Jetty's error pages may name the path, escaped: markup must never come back live
                if (v.contains("<") || v.contains("\"")) assertFalse(r.body().contains(v), key + " reflects markup unescaped");
            }
        }
    }

    @Test
    void requestIrisAreChecked() {
        for (String v : STRUCTURAL) assertThrows(InvalidInputException.class, () -> Sparql.requestIri("iri", v), v);
        assertThrows(InvalidInputException.class, () -> Sparql.requestIri("iri", "no-scheme"));
        assertThrows(InvalidInputException.class, () -> Sparql.requestIri("iri", "urn:" + "x".repeat(3000)));
        assertEquals(GAO, Sparql.requestIri("iri", GAO).getURI());
        for (String v : STRUCTURAL) assertThrows(InvalidInputException.class, () -> Selection.name(v, "entity"), v);
        assertEquals("郜振华", Selection.name("郜振华", "entity"));
    }

    /** Source URLs: only http and https become links; javascript: and others reach the page as text only. */
    @Test
    void onlyWebSourceUrlsAreLinks() throws Exception {
        Txn.executeWrite(store.dataset(), () -> {
            var g1 = NodeFactory.createURI(A1);
            var g2 = NodeFactory.createURI(A2);
            var url = NodeFactory.createURI("https://schema.org/url");
            store.datasetGraph().add(new Quad(g1, g1, url, NodeFactory.createLiteralString("javascript:alert(document.domain)")));
            store.datasetGraph().add(new Quad(g2, g2, url, NodeFactory.createLiteralString("https://example.org/news/1")));
        });
        try {
            JsonObject e = JsonParser.parseString(get("/api/entity?iri=" + enc(GAO)).body()).getAsJsonObject();
            Map<String, JsonObject> byIri = new TreeMap<>();
            for (var a : e.getAsJsonArray("articles")) byIri.put(a.getAsJsonObject().get("iri").getAsString(), a.getAsJsonObject());
            assertTrue(byIri.get(A1).get("url").isJsonNull(), byIri.get(A1).toString());
            assertEquals("javascript:alert(document.domain)", byIri.get(A1).get("sourceText").getAsString());
            assertEquals("https://example.org/news/1", byIri.get(A2).get("url").getAsString());
        } finally {
            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().deleteAny(Node_ANY, Node_ANY,
                    NodeFactory.createURI("https://schema.org/url"), Node_ANY));
        }
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", " https://example.org/", "data:text/html,x",
                "vbscript:x", "file:///etc/passwd", "http:/no-host", "https://", "//example.org/x", "http://exa mple.org/", "\u0001http://x.org/"))
            assertFalse(EntityView.linkable(bad), bad);
        for (String good : List.of("http://example.org/", "https://www.changzhi.gov.cn/news/1.html?id=3#p", "HTTPS://example.org/"))
            assertTrue(EntityView.linkable(good), good);
        assertNull(null);
    }

    private static final org.apache.jena.graph.Node Node_ANY = org.apache.jena.graph.Node.ANY;
}
