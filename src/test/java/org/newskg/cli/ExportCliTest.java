package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every export format, taken from a store built from the sample corpus with --place 长治市, read back by its real
 * reader (networkx, rdflib, Graphviz, xmllint, Python's csv) with the Chinese labels intact.
 */
class ExportCliTest {
    static final String PY = "/usr/bin/python3";
    @TempDir static Path tmp;
    static Path store;

    @BeforeAll
    static void build() throws Exception {
        CliTest.demoCorpus(tmp.resolve("in"));
        store = tmp.resolve("store");
        CliTest.Run r = CliTest.run("ingest", "--store", store.toString(), "--home", "长治市", tmp.resolve("in").toString());
        assertEquals(0, r.exit(), r.err());
    }

    static boolean has(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static String check(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "reader timed out: " + List.of(cmd));
        assertEquals(0, p.exitValue(), List.of(cmd) + "\n" + out);
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            graphml  | networkx | import networkx as nx,sys; g=nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges()); print('\\n'.join(sorted(d.get('label','') for _,d in g.nodes(data=True))))
            gexf     | networkx | import networkx as nx,sys; g=nx.read_gexf(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges()); print('\\n'.join(sorted(d.get('label','') for _,d in g.nodes(data=True))))
            turtle   | rdflib   | import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format='turtle'); print(len(g)); print('\\n'.join(sorted(str(o) for o in g.objects(None, rdflib.RDFS.label))))
            jsonld   | rdflib   | import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format='json-ld'); print(len(g)); print('\\n'.join(sorted(str(o) for o in g.objects(None, rdflib.RDFS.label))))
            trig     | rdflib   | import rdflib,sys; g=rdflib.Dataset(); g.parse(sys.argv[1], format='trig'); print(len(list(g.quads((None, None, None, None))))); print('\\n'.join(sorted(str(o) for _,_,o,_ in g.quads((None, rdflib.RDFS.label, None, None)))))
            csv-nodes| csv      | import csv,sys; r=list(csv.DictReader(open(sys.argv[1], encoding='utf-8'))); print(len(r)); print('\\n'.join(sorted(x['Label'] for x in r)))
            cyjs     | json     | import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); n=d['elements']['nodes']; print(len(n)); print('\\n'.join(sorted(x['data']['label'] for x in n)))
            cyjs     | networkx | import json,sys,networkx as nx; g=nx.cytoscape_graph(json.load(open(sys.argv[1], encoding='utf-8'))); print(g.number_of_nodes(), g.number_of_edges()); print('\\n'.join(sorted(d['name'] for _,d in g.nodes(data=True))))
            """)
    void readBackByRealReaders(String format, String module, String script) throws Exception {
        assumeTrue(has(PY, "-c", "import " + module), PY + " with " + module);
        Path f = tmp.resolve("place." + format);
        CliTest.Run r = CliTest.run("export", "--store", store.toString(), "--place", "长治市", "--format", format,
                "--gexf-version", "1.2draft", "-o", f.toString());
        assertEquals(0, r.exit(), r.err());
        String out = check(PY, "-c", script, f.toString());
        assertTrue(out.contains("长治市"), out);
        assertTrue(out.contains("潞城区"), out);
        assertFalse(out.startsWith("0"), "something was exported: " + out);
    }

    /**
     * Every position edge of the whole network, read back by networkx from GraphML, carries the titles the store
     * holds for its person and organisation ({@code nk:title} of their posts, distinct, joined by ；), and no other
     * edge has a title.
     */
    @org.junit.jupiter.api.Test
    void graphmlPositionEdgesCarryTheTitlesOfTheirPosts() throws Exception {
        assumeTrue(has(PY, "-c", "import networkx"), PY + " with networkx");
        Path f = tmp.resolve("all.graphml");
        CliTest.Run r = CliTest.run("export", "--store", store.toString(), "--format", "graphml", "-o", f.toString());
        assertEquals(0, r.exit(), r.err());
        String out = check(PY, "-c", """
                import json, sys, networkx as nx
                g = nx.read_graphml(sys.argv[1])
                print(json.dumps([[u, v, d['relation'], d.get('title')] for u, v, d in g.edges(data=True)], ensure_ascii=False))
                """, f.toString());
        java.util.Map<String, String> exported = new java.util.TreeMap<>();
        for (var e : com.google.gson.JsonParser.parseString(out).getAsJsonArray()) {
            var a = e.getAsJsonArray();
            String relation = a.get(2).getAsString();
            String title = a.get(3).isJsonNull() ? null : a.get(3).getAsString();
            if (relation.equals("position")) exported.put(a.get(0).getAsString() + " " + a.get(1).getAsString(), title);
            else assertNull(title, () -> relation + " edge with a title: " + a);
        }
        java.util.Map<String, java.util.TreeSet<String>> stored = new java.util.TreeMap<>();
        try (org.newskg.store.KgStore s = org.newskg.store.KgStore.open(store)) {
            org.apache.jena.system.Txn.executeRead(s.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(s.dataset()).query(
                        org.newskg.rdf.Namespaces.sparqlPrologue()
                                + "SELECT ?p ?o ?t { ?m a nk:Membership ; org:member ?p ; org:organization ?o ; nk:title ?t }")
                        .build()) {
                    qe.execSelect().forEachRemaining(q -> stored.computeIfAbsent(q.getResource("p").getURI() + " "
                            + q.getResource("o").getURI(), k -> new java.util.TreeSet<>()).add(q.getLiteral("t").getString()));
                }
            });
        }
        assertFalse(stored.isEmpty(), "the demo corpus states posts");
        java.util.Map<String, String> expected = new java.util.TreeMap<>();
        stored.forEach((k, v) -> expected.put(k, String.join("；", v)));
        assertEquals(expected, exported);
        assertTrue(exported.values().stream().anyMatch(t -> t.endsWith("局长") || t.endsWith("书记")), exported.toString());
    }

    @ParameterizedTest
    @CsvSource({"1.3", "1.2draft"})
    void gexfAndGraphmlAreWellFormedXml(String version) throws Exception {
        assumeTrue(has("xmllint", "--version"), "xmllint");
        for (String format : List.of("gexf", "graphml")) {
            Path f = tmp.resolve("x-" + version + "." + format);
            assertEquals(0, CliTest.run("export", "--store", store.toString(), "--place", "长治市", "--format", format,
                    "--gexf-version", version, "--dynamic", "-o", f.toString()).exit());
            check("xmllint", "--noout", f.toString());
            assertTrue(Files.readString(f).contains("潞城区"));
        }
    }

    @ParameterizedTest
    @CsvSource({"--place,长治市", "--entity,郜振华", "--type,Hospital"})
    void graphvizRendersTheDot(String option, String value) throws Exception {
        assumeTrue(has("dot", "-V"), "graphviz");
        Path f = tmp.resolve("g" + option.length() + value.hashCode() + ".dot");
        CliTest.Run r = CliTest.run("export", "--store", store.toString(), option, value, "--format", "dot", "-o", f.toString());
        assertEquals(0, r.exit(), r.err());
        String svg = check("dot", "-Tsvg", f.toString());
        assertTrue(svg.contains(value.equals("Hospital") ? "医院" : value), svg.length() > 400 ? svg.substring(0, 400) : svg);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gexf     | application/gexf+xml
            graphml  | application/graphml+xml
            cyjs     | application/json
            dot      | text/vnd.graphviz
            csv-nodes| text/csv
            turtle   | text/turtle
            jsonld   | application/ld+json
            """)
    void exportsOverHttpWithTheirContentTypes(String format, String type) throws Exception {
        try (org.newskg.store.KgStore s = org.newskg.store.KgStore.open(store);
             org.newskg.serve.KgServer server = org.newskg.serve.KgServer.start(s, "127.0.0.1", 0, false)) {
            String url = "http://127.0.0.1:" + server.port() + "/newskg/export?place="
                    + java.net.URLEncoder.encode("长治市", StandardCharsets.UTF_8) + "&format=" + format;
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
            assertTrue(r.body().contains("潞城区"), r.body());
            var bad = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://127.0.0.1:" + server.port() + "/newskg/export?place=nowhere&format=" + format)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(400, bad.statusCode());
        }
    }

    @ParameterizedTest
    @CsvSource({"--entity,没有这个人", "--place,火星市", "--format,pdf", "--from,2025-13-01"})
    void badSelectionsAreBadInput(String option, String value) {
        CliTest.Run r = option.equals("--format")
                ? CliTest.run("export", "--store", store.toString(), "--format", value)
                : CliTest.run("export", "--store", store.toString(), option, value, "--format", "graphml");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(value), r.err());
        if (option.equals("--format")) {
            for (org.newskg.export.ExportFormat f : org.newskg.export.ExportFormat.values())
                assertTrue(r.err().contains(f.parameter()), () -> "lists " + f.parameter() + ": " + r.err());
            for (String rdf : org.newskg.export.ExportFormat.RDF_SYNTAXES)
                assertTrue(r.err().contains(rdf) && org.newskg.export.StoreExporter.rdfLang(rdf) != null,
                        () -> "lists " + rdf + ": " + r.err());
        }
    }
}
