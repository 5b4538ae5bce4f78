package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.QueryRunner;
import org.newskg.query.QueryTemplate;
import org.newskg.store.KgStore;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Host allow-list, the whole-dataset GET switch, well-formed XML with illegal characters, and the query timeout. */
class ServerHardeningTest {
    static final String NK = "https://w3id.org/newskg/ns#";
    static final String G = "https://w3id.org/newskg/id/article/nul";
    static final String P = "https://w3id.org/newskg/id/person/nul";
    static final String BAD = "张\u0000三\u0001四\uFFFF";
    /** A four-way cross join: 200^4 rows, far beyond any timeout here. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    static KgStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = KgStore.inMemory();
        fill(store);
        server = KgServer.start(store, KgServer.Options.defaults("127.0.0.1", 0).withTimeoutMillis(2000)
                .withAllowHosts(List.of("kg.example.org")));
    }

    /** One article graph with a person whose label holds U+0000, U+0001 and U+FFFF, plus 200 filler triples. */
    static void fill(KgStore s) {
        Txn.executeWrite(s.dataset(), () -> {
            var dsg = s.datasetGraph();
            Node g = NodeFactory.createURI(G), p = NodeFactory.createURI(P);
            Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
            Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
            dsg.add(new Quad(g, p, type, NodeFactory.createURI(NK + "Person")));
            dsg.add(new Quad(g, p, label, NodeFactory.createLiteralString(BAD)));
            dsg.add(new Quad(g, g, type, NodeFactory.createURI(NK + "Article")));
            dsg.add(new Quad(g, g, NodeFactory.createURI("https://schema.org/mentions"), p));
            for (int i = 0; i < 200; i++)
                dsg.add(new Quad(g, NodeFactory.createURI("urn:filler:" + i), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("v" + i)));
        });
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** A raw HTTP/1.1 request with the given Host header (java.net.http does not let a test set Host); the status. */
    static int rawStatus(int port, String path, String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Accept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1 && c != '\n') line.write(c);
            String status = line.toString(StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void onlyLoopbackAndAllowedHostsAreServed() throws Exception {
        int port = server.port();
        String q = "/newskg/sparql?query=" + enc("ASK {}");
        for (String path : List.of("/api/status", q, "/", "/$/ping", "/newskg/export?format=cyjs")) {
            for (String ok : List.of("127.0.0.1:" + port, "127.0.0.1", "localhost:" + port, "LOCALHOST", "[::1]:" + port, "[::1]",
                    "kg.example.org:" + port, "KG.example.org"))
                assertEquals(200, rawStatus(port, path, ok), path + " Host: " + ok);
            for (String bad : List.of("evil.example", "evil.example:" + port, "127.0.0.1.evil.example", "localhost.evil.example:" + port,
                    "attacker.kg.example.org", "127.0.0.2:" + port, "localhost:80x", "[::2]:" + port, "0.0.0.0:" + port)) {
                int st = rawStatus(port, path, bad);
                assertTrue(st == 403 || st == 400, path + " Host: " + bad + " → " + st);
            }
        }
        assertThrows(org.newskg.InvalidInputException.class, () -> HostFilter.checkAllowed("evil.example:80"));
        assertThrows(org.newskg.InvalidInputException.class, () -> HostFilter.checkAllowed("a b"));
    }

    @Test
    void wholeDatasetGetIsOffUnlessAsked() throws Exception {
        for (String path : List.of("/newskg", "/newskg/get", "/newskg/data", "/newskg/get?default", "/newskg?default")) {
            HttpResponse<String> r = get(path, "application/n-quads");
            assertNotEquals(200, r.statusCode(), path + " streamed: " + r.body().substring(0, Math.min(200, r.body().length())));
            assertFalse(r.body().contains("urn:filler:1"), path);
        }
        assertEquals(200, get("/newskg?query=" + enc("ASK {}"), "application/sparql-results+json").statusCode());
        try (KgServer dump = KgServer.start(store, KgServer.Options.defaults("127.0.0.1", 0).withAllowDump(true))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + dump.port() + "/newskg"))
                    .header("Accept", "application/n-quads").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("urn:filler:1"));
        }
    }

    @Test
    void xmlResultsStayWellFormed() throws Exception {
        String q = "SELECT ?l WHERE { ?p a <" + NK + "Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + enc(q)))
                .header("Accept", "application/sparql-results+xml").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        Document doc = parse(r.body());
        NodeList lits = doc.getElementsByTagNameNS("http://www.w3.org/2005/sparql-results#", "literal");
        assertEquals(1, lits.getLength());
        assertEquals("张\uFFFD三\uFFFD四\uFFFD", lits.item(0).getTextContent());
        System.err.println("SPARQL XML result for a literal holding U+0000, U+0001, U+FFFF parsed well-formed: "
                + lits.item(0).getTextContent());
        // JSON carries the characters escaped, unchanged
        HttpResponse<String> j = get("/newskg/sparql?query=" + enc(q), "application/sparql-results+json");
        assertTrue(j.body().contains("\\u0000") || j.body().contains("\\u0000".toUpperCase()), j.body());
        // the GraphML and GEXF exports (XML written by the export package) too
        for (String f : List.of("graphml", "gexf")) {
            HttpResponse<byte[]> x = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/newskg/export?format=" + f)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, x.statusCode(), f);
            assertTrue(parse(x.body()).getDocumentElement().getTextContent().contains("张") || new String(x.body(), StandardCharsets.UTF_8).contains("张"), f);
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)); // throws on a character XML forbids
    }

    @Test
    void safeStreamReplacesAcrossWrites() throws Exception {
        byte[] in = "a\u0000b\u001Fc\td\uFFFEe\uFFFF€\uFFFD&#x0000;&#1;&#x9;&amp;&#x1F600;&#xFFFE;&&#".getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= in.length; chunk++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XmlSafeFilter.SafeStream s = new XmlSafeFilter.SafeStream(out);
            for (int i = 0; i < in.length; i += chunk) s.write(in, i, Math.min(chunk, in.length - i));
            s.close();
            assertEquals("a\uFFFDb\uFFFDc\td\uFFFDe\uFFFD€\uFFFD&#xFFFD;&#xFFFD;&#x9;&amp;&#x1F600;&#xFFFD;&&#", out.toString(StandardCharsets.UTF_8), "chunk " + chunk);
        }
    }

    @Test
    @Timeout(60)
    void runawayQueriesEndAtTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/newskg/sparql?query=" + enc(RUNAWAY), "application/sparql-results+json");
        double s = (System.nanoTime() - t0) / 1e9;
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        assertTrue(s >= 1.9 && s < 20, "ended after " + s + " s");
        // the export of a user's SELECT, through the export servlet's own execution
        t0 = System.nanoTime();
        HttpResponse<String> x = get("/newskg/export?format=cyjs&sparql=" + enc("SELECT ?s ?relation ?o WHERE { ?s ?b ?c . ?d ?e ?f . ?g ?h ?o . ?j ?k ?l "
                + "FILTER(STR(?c) = CONCAT(STR(?f), STR(?l), \"x\")) BIND(\"r\" AS ?relation) }"), "*/*");
        s = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, x.statusCode(), x.body());
        assertTrue(s < 20, "export ended after " + s + " s");
        System.err.printf("runaway SPARQL query: status %d; runaway export: status %d after %.1f s (timeout 2 s)%n", r.statusCode(), x.statusCode(), s);
    }

    @Test
    @Timeout(60)
    void queryRunnerAndQueryCommandTimeOut(@TempDir Path dir) throws Exception {
        long t0 = System.nanoTime();
        assertThrows(QueryCancelledException.class, () -> QueryRunner.run(store.dataset(), QueryTemplate.parse("-q", RUNAWAY), Map.of(),
                QueryRunner.Format.csv, OutputStream.nullOutputStream(), 1000));
        assertTrue((System.nanoTime() - t0) / 1e9 < 20);
        Path kg = dir.resolve("kg");
        try (KgStore s = KgStore.open(kg)) {
            fill(s);
        }
        t0 = System.nanoTime();
        int rc = org.newskg.cli.Main.execute("query", "--store", kg.toString(), "--timeout", "1", "-q", RUNAWAY);
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(2, rc);
        assertTrue(secs < 30, "query --timeout 1 ended after " + secs + " s");
    }
}
