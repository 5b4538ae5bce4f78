package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.cli.Main;
import org.newskg.serve.KgServer;
import org.newskg.store.KgStore;

/**
 * One engine: on the store built from the dev texts (../shared/eval/dev), {@code newskg export}, {@code /newskg/export}
 * and the workbench's {@code /api/graph} give the same nodes and edges for the same selection — an entity by name and
 * by IRI, a place by name and by division code, a type, a date range.
 */
class SameNetworkEverywhereTest {
    @TempDir static Path tmp;
    static Path storeDir;
    static String guoIri;
    static KgStore store;
    static KgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Each selection as the CLI options, then the network the CLI wrote for it. */
    static final Map<String, List<String>> SELECTIONS = new LinkedHashMap<>();
    static final Map<String, Network> CLI = new LinkedHashMap<>();

    /** What the three must agree on: every node attribute and every edge with its articles. */
    record Network(Set<String> nodes, Set<String> edges) {
        static Network of(String cyjs) {
            JsonObject elements = JsonParser.parseString(cyjs).getAsJsonObject().getAsJsonObject("elements");
            Set<String> nodes = new TreeSet<>();
            for (JsonElement n : elements.getAsJsonArray("nodes")) nodes.add(n.getAsJsonObject().get("data").toString());
            Set<String> edges = new TreeSet<>();
            for (JsonElement e : elements.getAsJsonArray("edges")) {
                JsonObject d = e.getAsJsonObject().getAsJsonObject("data").deepCopy();
                d.remove("id"); // the edge's number in the file
                edges.add(d.toString());
            }
            return new Network(nodes, edges);
        }

        boolean has(String label) {
            return nodes.stream().anyMatch(n -> n.contains("\"label\":\"" + label + "\""));
        }
    }

    @BeforeAll
    static void build() throws Exception {
        Path dev = Path.of("..", "shared", "eval", "dev");
        Assumptions.assumeTrue(Files.isDirectory(dev), "../shared/eval/dev beside the checkout");
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (var files = Files.list(dev)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonObject g = JsonParser.parseString(Files.readString(f)).getAsJsonObject();
                Files.writeString(in.resolve(g.get("id").getAsString() + ".txt"), g.get("text").getAsString());
            }
        }
        storeDir = tmp.resolve("store");
        cli("ingest", "--store", storeDir.toString(), "--home", "长治市", in.toString());
        try (KgStore s = KgStore.open(storeDir)) {
            guoIri = Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().dataset(s.dataset()).query("""
                        PREFIX nk: <https://w3id.org/newskg/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        SELECT ?p WHERE { ?p a nk:Person ; rdfs:label "郭志毅" }""").build()) {
                    return qe.execSelect().next().getResource("p").getURI();
                }
            });
        }
        SELECTIONS.put("entity-name", List.of("--entity", "郭志毅", "--hops", "2"));
        SELECTIONS.put("entity-iri", List.of("--entity", guoIri, "--hops", "2"));
        SELECTIONS.put("place-name", List.of("--place", "潞城区"));
        SELECTIONS.put("place-code", List.of("--place", "140406"));
        SELECTIONS.put("type", List.of("--type", "Organization"));
        SELECTIONS.put("dates", List.of("--from", "2025-01-01", "--to", "2025-01-31"));
        // the command line first (it opens and closes the store), then the server on the same store
        for (Map.Entry<String, List<String>> s : SELECTIONS.entrySet()) {
            Path out = tmp.resolve(s.getKey() + ".cyjs");
            List<String> args = new ArrayList<>(List.of("export", "--store", storeDir.toString(), "--format", "cyjs", "-o", out.toString()));
            args.addAll(s.getValue());
            cli(args.toArray(String[]::new));
            CLI.put(s.getKey(), Network.of(Files.readString(out)));
        }
        store = KgStore.open(storeDir);
        server = KgServer.start(store, "127.0.0.1", 0, false);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static void cli(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute(args), () -> List.of(args) + "\n" + buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    /** The CLI options as URL parameters: {@code --entity X --hops 2} → {@code entity=X&hops=2}. */
    private static String query(List<String> options) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < options.size(); i += 2)
            sb.append('&').append(options.get(i).substring(2)).append('=').append(URLEncoder.encode(options.get(i + 1), StandardCharsets.UTF_8));
        return sb.toString();
    }

    private static String get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
        return r.body();
    }

    @ParameterizedTest
    @ValueSource(strings = {"entity-name", "entity-iri", "place-name", "place-code", "type", "dates"})
    void cliExportAndWorkbenchGiveTheSameNetwork(String selection) throws Exception {
        Network cli = CLI.get(selection);
        assertFalse(cli.nodes().isEmpty(), selection + " selects something");
        String params = query(SELECTIONS.get(selection));
        Network export = Network.of(get("/newskg/export?format=cyjs" + params));
        Network graph = Network.of(get("/api/graph?" + params.substring(1)));
        assertEquals(cli.nodes(), export.nodes(), selection + ": /newskg/export nodes");
        assertEquals(cli.edges(), export.edges(), selection + ": /newskg/export edges");
        assertEquals(cli.nodes(), graph.nodes(), selection + ": /api/graph nodes");
        assertEquals(cli.edges(), graph.edges(), selection + ": /api/graph edges");
    }

    @Test
    void namesCodesAndIrisSelectTheSameEntities() {
        assertEquals(CLI.get("entity-name"), CLI.get("entity-iri"));
        assertEquals(CLI.get("place-name"), CLI.get("place-code"));
        assertTrue(CLI.get("entity-name").has("郭志毅"));
        assertFalse(CLI.get("entity-name").edges().isEmpty(), "the ego network has edges");
        assertTrue(CLI.get("place-name").has("潞城区"));
        assertTrue(CLI.get("place-name").nodes().size() > 1, "a place holds more than itself");
        assertFalse(CLI.get("dates").edges().isEmpty(), "the date range holds relations");
    }
}
