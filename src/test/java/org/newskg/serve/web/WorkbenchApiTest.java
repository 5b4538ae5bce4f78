package org.newskg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.serve.web.WorkbenchFixture.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.serve.KgServer;
import org.newskg.store.KgStore;

/** The workbench API and pages over a live server (port 0, loopback) on the hand-made fixture store. */
class WorkbenchApiTest {
    private static KgStore store;
    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = WorkbenchFixture.store();
        server = KgServer.start(store, "127.0.0.1", 0, false);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("charset=utf-8"));
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private static Set<String> strings(JsonArray a) {
        Set<String> out = new TreeSet<>();
        for (JsonElement e : a) out.add(e.getAsString());
        return out;
    }

    private static String q(String s) {
        return Pages.component(s);
    }

    @Test
    void fixtureMentionsAreAtTheirOffsets() {
        // a mention is its span IRI <article#char=b,e>: the words there are a name of the entity it refers to
        List<QuerySolution> rows = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(Vocab.PREFIXES
                    + "SELECT ?m ?a ?t (GROUP_CONCAT(?name; separator='|') AS ?names) WHERE { GRAPH ?a { ?m nk:refersTo ?x } ?a schema:text ?t . "
                    + "?x rdfs:label|skos:altLabel ?name } GROUP BY ?m ?a ?t")
                    .dataset(store.dataset()).build()) {
                return ResultSetFormatter.toList(qe.execSelect());
            }
        });
        assertEquals(23, rows.size());
        for (QuerySolution r : rows) {
            org.newskg.rdf.Iris.Span span = org.newskg.rdf.Iris.parseSpan(Sparql.text(r, "m"));
            assertEquals(Sparql.text(r, "a"), span.article());
            int[] u = span.utf16(Sparql.text(r, "t"));
            String words = Sparql.text(r, "t").substring(u[0], u[1]);
            assertTrue(List.of(Sparql.text(r, "names").split("\\|")).contains(words), words + " at " + span);
        }
    }

    @Test
    void personPageHasPostsRelatedAndHighlightedSentences() throws Exception {
        JsonObject e = json("/api/entity?iri=" + q(GAO));
        assertEquals("郜振华", e.get("label").getAsString());
        assertEquals("Person", e.get("type").getAsString());
        JsonArray posts = e.getAsJsonArray("posts");
        assertEquals(1, posts.size());
        JsonObject post = posts.get(0).getAsJsonObject();
        assertEquals("局长", post.get("title").getAsString());
        assertEquals(BUREAU, post.getAsJsonObject("with").get("iri").getAsString());
        assertEquals(2, post.getAsJsonArray("articles").size());
        assertEquals("2024-05-10", post.get("firstDate").getAsString());
        assertEquals("2024-06-02", post.get("lastDate").getAsString());
        assertEquals(2, e.get("articleCount").getAsInt());
        JsonArray arts = e.getAsJsonArray("articles");
        assertEquals(A2, arts.get(0).getAsJsonObject().get("iri").getAsString(), "newest first");
        assertEquals(A1, arts.get(1).getAsJsonObject().get("iri").getAsString());
        JsonObject sn = arts.get(1).getAsJsonObject().getAsJsonArray("snippets").get(0).getAsJsonObject();
        String text = sn.get("text").getAsString();
        assertEquals("潞城区卫生健康局局长郜振华表示，义诊活动将在全区持续开展。", text);
        JsonArray hl = sn.getAsJsonArray("highlights").get(0).getAsJsonArray();
        assertEquals("郜振华", text.substring(hl.get(0).getAsInt(), hl.get(1).getAsInt()));
        Map<String, Integer> related = new HashMap<>();
        for (JsonElement r : e.getAsJsonArray("related")) related.put(r.getAsJsonObject().get("iri").getAsString(), r.getAsJsonObject().get("articles").getAsInt());
        assertEquals(2, related.get(BUREAU));
        assertEquals(2, related.get(QIN));
        assertEquals(1, related.get(DUAN));
        assertFalse(related.containsKey(WANG));
        assertEquals("/entity/person/%E9%83%9C%E6%8C%AF%E5%8D%8E", e.get("page").getAsString());
    }

    @Test
    void articlesArePaged() throws Exception {
        JsonObject e = json("/api/entity?iri=" + q(GAO) + "&offset=1&limit=1");
        assertEquals(2, e.get("articleCount").getAsInt());
        assertEquals(1, e.getAsJsonArray("articles").size());
        assertEquals(A1, e.getAsJsonArray("articles").get(0).getAsJsonObject().get("iri").getAsString());
    }

    @Test
    void placePageHasCodeAndChainUpToTheProvince() throws Exception {
        JsonObject village = json("/api/entity?iri=" + q(MANLIUHE));
        List<String> chain = new ArrayList<>();
        for (JsonElement c : village.getAsJsonArray("chain")) chain.add(c.getAsJsonObject().get("label").getAsString());
        assertEquals(List.of("微子镇", "潞城区", "长治市", "山西省"), chain);
        JsonObject county = json("/api/entity?iri=" + q(LUCHENG));
        assertEquals("140406", county.get("code").getAsString());
        assertEquals(3, county.get("level").getAsInt());
        assertEquals("County", county.get("subtype").getAsString());
        assertEquals("微子镇", county.getAsJsonArray("contains").get(0).getAsJsonObject().get("label").getAsString());
    }

    @Test
    void organisationPageHasAlternateNamesAndMembers() throws Exception {
        JsonObject h = json("/api/entity?iri=" + q(HOSPITAL));
        assertEquals(Set.of("上医附属康宁医院", "康宁医院"), strings(h.getAsJsonArray("altLabels")));
        assertEquals("Hospital", h.get("subtype").getAsString());
        Set<String> members = new TreeSet<>();
        for (JsonElement m : h.getAsJsonArray("members"))
            members.add(m.getAsJsonObject().get("title").getAsString() + " " + m.getAsJsonObject().getAsJsonObject("with").get("label").getAsString());
        assertEquals(Set.of("党委书记 段文彬", "院长 段文彬"), members);
        // two mentions in the first article, in different sentences; one in the second
        JsonObject a1 = h.getAsJsonArray("articles").get(1).getAsJsonObject();
        assertEquals(2, a1.get("mentionCount").getAsInt());
        assertEquals(2, a1.getAsJsonArray("snippets").size());
    }

    @Test
    void unknownEntityIs404AndBadParametersAre400() throws Exception {
        assertEquals(404, get("/api/entity?iri=" + q(ID + "person/无此人")).statusCode());
        assertEquals(400, get("/api/entity").statusCode());
        assertEquals(400, get("/api/graph?entity=" + q(GAO) + "&hops=9").statusCode());
        assertEquals(400, get("/api/graph?from=2024-13-01").statusCode());
        HttpResponse<String> animal = get("/api/graph?type=Animal");
        assertEquals(400, animal.statusCode());
        assertTrue(animal.body().contains("type=Animal"), animal.body());
        HttpResponse<String> r = get("/api/graph?relation=likes");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("relation=likes: relation must be one of"), r.body());
        assertEquals(400, get("/api/graph?place=" + q("火星市")).statusCode());
        assertEquals(400, get("/api/search?type=Animal").statusCode());
        assertEquals(404, get("/api/nothing").statusCode());
    }

    @Test
    void apiIsReadOnly() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/entity?iri=" + q(GAO)))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
    }

    private static Map<String, JsonObject> nodes(JsonObject g) {
        Map<String, JsonObject> out = new HashMap<>();
        for (JsonElement n : g.getAsJsonObject("elements").getAsJsonArray("nodes"))
            out.put(n.getAsJsonObject().getAsJsonObject("data").get("id").getAsString(), n.getAsJsonObject().getAsJsonObject("data"));
        return out;
    }

    private static Map<String, JsonObject> edges(JsonObject g) {
        Map<String, JsonObject> out = new HashMap<>();
        for (JsonElement n : g.getAsJsonObject("elements").getAsJsonArray("edges")) {
            JsonObject d = n.getAsJsonObject().getAsJsonObject("data");
            out.put(d.get("relation").getAsString() + " " + d.get("source").getAsString() + " " + d.get("target").getAsString(), d);
        }
        return out;
    }

    private static List<String> articles(JsonObject edge) {
        List<String> out = new ArrayList<>();
        for (JsonElement a : edge.getAsJsonArray("articles")) out.add(a.getAsString());
        return out;
    }

    @Test
    void egoNetworkOfAPersonByNameOrIri() throws Exception {
        JsonObject g = json("/api/graph?entity=" + q(GAO) + "&hops=1");
        Map<String, JsonObject> nodes = nodes(g);
        assertEquals(Set.of(GAO, BUREAU, HOSPITAL), nodes.keySet(), "posts and person–organisation co-mentions");
        assertEquals("Person", nodes.get(GAO).get("type").getAsString());
        assertEquals(2, nodes.get(GAO).get("mentions").getAsInt());
        Map<String, JsonObject> edges = edges(g);
        assertEquals(2, edges.get("position " + GAO + " " + BUREAU).get("weight").getAsInt());
        assertEquals(2, edges.get("coMention " + BUREAU + " " + GAO).get("weight").getAsInt());
        assertEquals("newskg network: ego " + GAO + " hops 1", g.getAsJsonObject("data").get("name").getAsString());
        // the centre by name, as on the command line
        assertEquals(nodes.keySet(), nodes(json("/api/graph?entity=" + q("郜振华") + "&hops=1")).keySet());
        assertEquals(400, get("/api/graph?entity=" + q("无此人")).statusCode());
    }

    @Test
    void containmentOfDivisionsCountsTheArticlesTouchingTheChild() throws Exception {
        Map<String, JsonObject> edges = edges(json("/api/graph?entity=" + q(LUCHENG) + "&hops=2&relation=partOf"));
        // stated once in the divisions graph; the articles are those naming 潞城区 or a place inside it
        JsonObject lucheng = edges.get("partOf " + LUCHENG + " " + CHANGZHI);
        assertEquals(Set.of(A1, A2), new TreeSet<>(articles(lucheng)));
        assertEquals("2024-05-10", lucheng.get("firstDate").getAsString());
        assertEquals("2024-06-02", lucheng.get("lastDate").getAsString());
        JsonObject changzhi = edges.get("partOf " + CHANGZHI + " " + SHANXI);
        assertEquals(3, changzhi.get("weight").getAsInt(), "every article touches a county of 长治市: " + changzhi);
        assertEquals("2024-08-15", changzhi.get("lastDate").getAsString());
        assertEquals(1, edges.get("partOf " + HUGUAN + " " + CHANGZHI).get("weight").getAsInt());
        // containment the text states stays counted in the article graph stating it
        assertEquals(List.of(A1), articles(edges.get("partOf " + WEIZI + " " + LUCHENG)));
        // a date range counts only the articles in it
        Map<String, JsonObject> late = edges(json("/api/graph?entity=" + q(CHANGZHI) + "&relation=partOf&from=2024-06-01"));
        assertEquals(2, late.get("partOf " + CHANGZHI + " " + SHANXI).get("weight").getAsInt());
        assertEquals(1, late.get("partOf " + LUCHENG + " " + CHANGZHI).get("weight").getAsInt());
    }

    @Test
    void hopsFollowTheChosenRelations() throws Exception {
        assertEquals(Set.of(MANLIUHE), nodes(json("/api/graph?entity=" + q(MANLIUHE) + "&hops=0")).keySet());
        Set<String> one = nodes(json("/api/graph?entity=" + q(MANLIUHE) + "&hops=1&relation=partOf")).keySet();
        assertEquals(Set.of(MANLIUHE, WEIZI), one);
        Set<String> three = nodes(json("/api/graph?entity=" + q(MANLIUHE) + "&hops=3&relation=partOf")).keySet();
        assertEquals(Set.of(MANLIUHE, WEIZI, LUCHENG, CHANGZHI), three);
    }

    @Test
    void datesPlaceTypeAndLimitSelect() throws Exception {
        JsonObject late = json("/api/graph?entity=" + q(GAO) + "&hops=2&from=2024-06-01");
        assertEquals(1, edges(late).get("position " + GAO + " " + BUREAU).get("weight").getAsInt());
        assertTrue(nodes(late).containsKey(QIN));
        assertFalse(nodes(late).containsKey(DUAN), "段文彬 is only in the May article");
        assertEquals(Set.of(GAO, QIN, DUAN), nodes(json("/api/graph?entity=" + q(BUREAU) + "&hops=2&type=person")).keySet());
        assertEquals(Set.of(HOSPITAL), nodes(json("/api/graph?type=Hospital")).keySet(), "a subtype");
        Map<String, JsonObject> huguan = nodes(json("/api/graph?place=" + q("壶关县")));
        assertTrue(huguan.containsKey(HUGUAN));
        assertFalse(huguan.containsKey(CHANGZHI), "only what is inside the place");
        assertFalse(huguan.containsKey(GAO));
        assertEquals(huguan.keySet(), nodes(json("/api/graph?place=140427")).keySet(), "the place by division code");
        JsonObject limited = json("/api/graph?entity=" + q(GAO) + "&hops=2&limit=3");
        assertEquals(3, limited.getAsJsonObject("elements").getAsJsonArray("nodes").size());
        assertTrue(nodes(limited).containsKey(GAO), "the centre is kept");
    }

    @Test
    void organisationsAreLocatedInPlaces() throws Exception {
        JsonObject b = json("/api/entity?iri=" + q(BUREAU));
        assertEquals(LUCHENG, b.getAsJsonArray("locatedIn").get(0).getAsJsonObject().get("iri").getAsString());
        List<String> chain = new ArrayList<>();
        for (JsonElement c : b.getAsJsonArray("chain")) chain.add(c.getAsJsonObject().get("label").getAsString());
        assertEquals(List.of("潞城区", "长治市", "山西省"), chain);
        Map<String, JsonObject> edges = edges(json("/api/graph?entity=" + q(BUREAU) + "&relation=locatedIn"));
        assertEquals(2, edges.get("locatedIn " + BUREAU + " " + LUCHENG).get("weight").getAsInt());
        assertEquals(1, edges.size());
    }

    @Test
    void theDrawnNetworkDownloadsInEveryExportFormat() throws Exception {
        JsonObject g = json("/api/graph?entity=" + q(GAO) + "&hops=2");
        JsonArray formats = json("/api/status").getAsJsonArray("exportFormats");
        assertEquals(org.newskg.export.ExportFormat.values().length, formats.size());
        for (JsonElement f : formats) {
            String name = f.getAsJsonObject().get("format").getAsString();
            HttpResponse<String> r = get("/newskg/export?format=" + name + "&hops=2&entity=" + q(GAO));
            assertEquals(200, r.statusCode(), name + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("newskg-export." + f.getAsJsonObject().get("suffix").getAsString()));
            assertTrue(r.body().contains("郜振华"), name + " holds the centre's name");
        }
        String gexf = get("/newskg/export?format=gexf&hops=2&entity=" + q(GAO)).body();
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(gexf.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(nodes(g).size(), doc.getElementsByTagName("node").getLength());
        assertEquals(edges(g).size(), doc.getElementsByTagName("edge").getLength());
        assertEquals(400, get("/newskg/export?format=pdf&entity=" + q(GAO)).statusCode());
        assertEquals(404, get("/api/export?format=gexf").statusCode(), "one export servlet");
    }

    @Test
    void curatedQueriesAreListedWithRunnableText() throws Exception {
        HttpResponse<String> r = get("/api/queries");
        assertEquals(200, r.statusCode());
        JsonArray qs = JsonParser.parseString(r.body()).getAsJsonArray();
        assertEquals(org.newskg.query.QueryTemplate.curatedNames().size(), qs.size());
        assertFalse(qs.isEmpty(), "the build bundles curated queries");
        for (JsonElement e : qs) {
            JsonObject o = e.getAsJsonObject();
            boolean allDefaults = true;
            for (JsonElement p : o.getAsJsonArray("params")) allDefaults &= !p.getAsJsonObject().get("default").isJsonNull();
            if (!allDefaults) continue;
            // what the editor runs: the text with defaults bound, through the SPARQL endpoint
            HttpResponse<String> run = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/newskg/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json,application/n-triples")
                    .POST(HttpRequest.BodyPublishers.ofString(o.get("query").getAsString())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, run.statusCode(), o.get("name") + ": " + run.body());
        }
    }

    @Test
    void searchFindsAlternateNames() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + q("康宁"));
        assertEquals(200, r.statusCode());
        JsonArray a = JsonParser.parseString(r.body()).getAsJsonArray();
        assertEquals(1, a.size());
        assertEquals(HOSPITAL, a.get(0).getAsJsonObject().get("iri").getAsString());
        JsonArray persons = JsonParser.parseString(get("/api/search?type=Person&limit=2").body()).getAsJsonArray();
        assertEquals(2, persons.size());
        assertEquals(2, persons.get(0).getAsJsonObject().get("articles").getAsInt());
    }

    @Test
    void statusCounts() throws Exception {
        JsonObject s = json("/api/status");
        assertEquals("/newskg/sparql", s.get("sparql").getAsString());
        assertEquals(3, s.getAsJsonObject("counts").get("Article").getAsInt());
        assertEquals(5, s.getAsJsonObject("counts").get("Person").getAsInt());
        assertEquals(AssetServlet.present("vendor/yasgui.min.js"), s.getAsJsonObject("vendor").get("yasgui").getAsBoolean());
    }

    @Test
    void pagesAreUtf8HtmlThatLoadOnlyFromThisServer() throws Exception {
        for (String path : List.of("/", "/graph", "/entity/person/%E9%83%9C%E6%8C%AF%E5%8D%8E", "/entity?iri=x")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
            assertTrue(r.body().contains("<meta charset=\"utf-8\">"), path);
            assertFalse(r.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), path + " loads from elsewhere");
        }
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.workbenchUrl());
        assertEquals(200, get("/assets/workbench.css").statusCode());
        assertTrue(get("/assets/%2e%2e/%2e%2e/org/newskg/serve/KgServer.class").statusCode() >= 400, "no way out of /web");
        assertEquals(404, get("/assets/none.js").statusCode());
        // the SPARQL endpoint still answers next to the pages
        assertEquals(200, get("/newskg/sparql?query=" + q("ASK {}")).statusCode());
    }
}
