package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Shapes;
import org.newskg.serve.KgServer;
import org.newskg.store.KgStore;

/** The command line end to end: files in, a TDB2 store out, queried and served. */
class CliTest {
    record Run(int exit, String out, String err) {}

    /** Runs the command line with picocli's output and error streams captured (the commands write nowhere else). */
    static Run run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
        int code = Main.commandLine().setOut(new java.io.PrintWriter(out, true)).setErr(new java.io.PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static List<Path> demoCorpus(Path dir) throws Exception {
        return DemoCommand.unpackCorpus(Files.createDirectories(dir));
    }

    static long count(Path store, String sparql) {
        try (KgStore s = KgStore.open(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(sparql).dataset(s.dataset()).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    static final String ARTICLES = "PREFIX nk: <https://w3id.org/newskg/ns#> SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a nk:Article }";

    @Test
    void ingestingTwiceGivesTheSameTripleCount(@TempDir Path tmp) throws Exception {
        List<Path> corpus = demoCorpus(tmp.resolve("in"));
        Path store = tmp.resolve("store");
        Run first = run("ingest", "--store", store.toString(), "--home", "长治市", tmp.resolve("in").toString());
        assertEquals(0, first.exit(), first.err());
        long quads, counted;
        try (KgStore s = KgStore.open(store)) {
            quads = s.quadCount();
            counted = quads - org.apache.jena.system.Txn.calculateRead(s.dataset(),
                    () -> (long) org.newskg.store.Statistics.stored(s.datasetGraph()).size());
        }
        Run second = run("ingest", "--store", store.toString(), "--home", "长治市", tmp.resolve("in").toString());
        assertEquals(0, second.exit(), second.err());
        try (KgStore s = KgStore.open(store)) { assertEquals(quads, s.quadCount()); }
        assertTrue(quads > 500, "a real graph was stored: " + quads);
        assertTrue(first.err().contains("files: " + corpus.size()), first.err());
        assertTrue(first.err().contains("store quads: " + counted + ","), "the summary counts the store but its statistics graph: " + first.err());
        java.util.regex.Matcher up = java.util.regex.Pattern.compile("first article ([\\d.]+) s after JVM start").matcher(first.err());
        assertTrue(up.find() && Double.parseDouble(up.group(1)) > 0, "start-up is reported: " + first.err());
        assertEquals(9, count(store, ARTICLES)); // 8 articles and the page's photo caption standing alone (nk:PhotoCaption)
    }

    @Test
    void devTextsIngestedTwiceGiveTheSameTripleCount(@TempDir Path tmp) throws Exception {
        Path dev = Path.of("..", "shared", "eval", "dev");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dev), "../shared/eval/dev beside the checkout");
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (var files = Files.list(dev)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                var g = com.google.gson.JsonParser.parseString(Files.readString(f)).getAsJsonObject();
                Files.writeString(in.resolve(g.get("id").getAsString() + ".txt"), g.get("text").getAsString());
            }
        }
        Path store = tmp.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), in.toString()).exit());
        long quads, counted;
        try (KgStore s = KgStore.open(store)) {
            quads = s.quadCount();
            counted = quads - org.apache.jena.system.Txn.calculateRead(s.dataset(),
                    () -> (long) org.newskg.store.Statistics.stored(s.datasetGraph()).size());
        }
        assertEquals(0, run("ingest", "--store", store.toString(), in.toString()).exit());
        try (KgStore s = KgStore.open(store)) { assertEquals(quads, s.quadCount()); }
        // the page of the city daily is split into several articles
        assertTrue(count(store, ARTICLES) > 9, "more articles than input files");
        // the place hierarchy reaches the province: 东青北村 → 北社乡 → 平顺县 → 长治市 → 山西省
        assertEquals(1, count(store, "PREFIX nk: <https://w3id.org/newskg/ns#> SELECT (COUNT(*) AS ?n) { "
                + "<https://w3id.org/newskg/id/place/140425206216> nk:partOf+ <https://w3id.org/newskg/id/place/140000> }"));
    }

    @Test
    void ingestedStoreConformsToTheShapes(@TempDir Path tmp) throws Exception {
        demoCorpus(tmp.resolve("in"));
        Path store = tmp.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), tmp.resolve("in").toString()).exit());
        try (KgStore s = KgStore.open(store)) {
            ValidationReport r = Txn.calculateRead(s.dataset(), () -> Shapes.validate(s.dataset().asDatasetGraph().getUnionGraph()));
            StringBuilder sb = new StringBuilder();
            r.getEntries().stream().limit(10).forEach(e -> sb.append(e).append('\n'));
            assertTrue(r.conforms(), sb.toString());
        }
    }

    @Test
    void gbkEncodedPageIsReadCorrectly(@TempDir Path tmp) throws Exception {
        String page = "壶关县召开文旅工作会议\n\n本报讯（记者 潘银丽）1月2日，壶关县文旅局局长郭志毅在会上强调，要鼓励乡村旅游发展。\n";
        Path f = tmp.resolve("gbk-page.txt");
        Files.write(f, page.getBytes(Charset.forName("GBK")));
        Path store = tmp.resolve("store");
        Run r = run("ingest", "--store", store.toString(), f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, count(store, "PREFIX nk: <https://w3id.org/newskg/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT (COUNT(*) AS ?n) { ?p a nk:Person ; rdfs:label \"郭志毅\" }"));
        Run ex = run("extract", f.toString());
        assertTrue(ex.out().contains("\"doc\":\"gbk-page\""), ex.out());
        assertTrue(ex.out().contains("壶关县文旅局"), ex.out());
    }

    static final String CITY_PAGE = """
            长治日报
            2025年3月12日 星期三

            春季招聘会举行
            本报讯（记者 李明）3月10日，长治市春季大型招聘会在体育中心举行，长治市各县区200余家企业参会。

            高标准农田建设稳步推进
            本报讯（记者 王芳）今年以来，各地加大投入，新建高标准农田5万亩，带动农民增收。

            就业服务送到家门口
            本报讯（记者 赵刚）近日，市人社局组织工作人员走进社区，为居民提供政策咨询和岗位推荐服务。
            """;
    static final String NK_RDFS_SCHEMA = "PREFIX nk: <https://w3id.org/newskg/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX schema: <https://schema.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

    /** The third article of the page says only 市人社局; the page's masthead and first article name 长治市. */
    static long bureauOfThirdArticle(Path store, String canonical) {
        return count(store, NK_RDFS_SCHEMA + "SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH <https://w3id.org/newskg/id/article/cz-page-3> { ?m nk:refersTo ?o } "
                + "?o a nk:Organization ; rdfs:label \"" + canonical + "\" FILTER(?o = <https://w3id.org/newskg/id/org/" + canonical + ">) }");
    }

    @Test
    void pageWithoutFlagsInfersItsCityAndResolvesTheCityBureau(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("cz-page.txt");
        Files.writeString(f, CITY_PAGE, StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");
        Run r = run("ingest", "--store", store.toString(), f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(3, count(store, ARTICLES));
        assertEquals(1, bureauOfThirdArticle(store, "长治市人力资源和社会保障局"), "市人社局 is 长治市's bureau without --home");
        // every article of the page records the inferred home with its evidence
        assertEquals(3, count(store, NK_RDFS_SCHEMA + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a nk:Article ; "
                + "nk:homeRegion <https://w3id.org/newskg/id/place/140400> ; nk:homeRegionInferred true ; nk:homeRegionEvidence ?e "
                + "FILTER(CONTAINS(?e, \"paper name 长治日报\")) }"));
        // the home division is described in the divisions graph
        assertEquals(1, count(store, NK_RDFS_SCHEMA + "SELECT (COUNT(*) AS ?n) { <https://w3id.org/newskg/id/place/140400> rdfs:label \"长治市\" }"));
        try (KgStore s = KgStore.open(store)) {
            ValidationReport v = Txn.calculateRead(s.dataset(), () -> Shapes.validate(s.dataset().asDatasetGraph().getUnionGraph()));
            assertTrue(v.conforms(), () -> v.getEntries().toString());
        }

        // --home wins, recorded as given
        Path other = tmp.resolve("other");
        Run h = run("ingest", "--store", other.toString(), "--home", "晋城市", f.toString());
        assertEquals(0, h.exit(), h.err());
        assertEquals(1, bureauOfThirdArticle(other, "晋城市人力资源和社会保障局"));
        assertEquals(3, count(other, NK_RDFS_SCHEMA + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a nk:homeRegion "
                + "<https://w3id.org/newskg/id/place/140500> ; nk:homeRegionInferred false ; nk:homeRegionEvidence \"given\" }"));
        assertEquals(0, count(other, NK_RDFS_SCHEMA + "SELECT (COUNT(*) AS ?n) { ?a nk:homeRegionInferred true }"));
    }

    @Test
    void badItemsAreNamedSkippedAndTheRestIngested(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("batch"));
        Files.write(in.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0});
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("batch.jsonl"), String.join("\n",
                "{\"id\":\"b1\",\"title\":\"平顺县召开会议\",\"text\":\"平顺县县长李明在会上讲话。\"}",
                "{\"id\":\"b2\",\"text\":\"unterminated",
                "{\"id\":\"b3\",\"text\":\"长治市人民医院院长王芳介绍了情况。\"}") + "\n", StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");
        Run r = run("ingest", "--store", store.toString(), in.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("batch.jsonl:2"), r.err());
        assertTrue(r.err().contains("photo.txt"), r.err());
        assertTrue(r.err().contains("empty.txt"), r.err());
        assertTrue(r.err().contains("skipped: 3"), r.err());
        assertEquals(2, count(store, ARTICLES));
    }

    @Test
    void deleteRemovesAnArticleAndUnknownIdsAreBadInput(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("one.jsonl");
        Files.writeString(f, "{\"id\":\"x1\",\"text\":\"壶关县文旅局局长郭志毅出席。\"}\n{\"id\":\"x2\",\"text\":\"平顺县人民医院。\"}\n");
        Path store = tmp.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), f.toString()).exit());
        assertEquals(0, run("delete", "--store", store.toString(), "x1").exit());
        assertEquals(1, count(store, ARTICLES));
        Run again = run("delete", "--store", store.toString(), "x1");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("x1"), again.err());
    }

    @Test
    void badUsageExitsWith2() {
        assertEquals(2, run("ingest").exit());
        assertEquals(2, run("no-such-command").exit());
        assertEquals(2, run("query", "--store", "/nonexistent/store", "-q", "SELECT * {}").exit());
        for (String c : List.of("ingest", "extract", "serve", "query", "stats", "delete", "demo"))
            assertEquals(0, run(c, "--help").exit(), c);
    }

    @Test
    void queryWritesResultsInEachFormat(@TempDir Path tmp) throws Exception {
        demoCorpus(tmp.resolve("in"));
        Path store = tmp.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), tmp.resolve("in").toString()).exit());
        String q = "PREFIX nk: <https://w3id.org/newskg/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?name { ?p a nk:Person ; rdfs:label ?name } ORDER BY ?name";
        for (String f : List.of("table", "csv", "tsv", "json")) {
            Run r = run("query", "--store", store.toString(), "--format", f, "-q", q);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("郜振华"), f + ": " + r.out());
        }
    }

    @Test
    void servedStoreListsPersonsWithTheirArticles(@TempDir Path tmp) throws Exception {
        demoCorpus(tmp.resolve("in"));
        Path store = tmp.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), tmp.resolve("in").toString()).exit());
        try (KgStore s = KgStore.open(store); KgServer server = KgServer.start(s, "127.0.0.1", 0, false)) {
            String query = String.format(DemoCommand.EXAMPLE, org.newskg.rdf.NK.NS);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode());
            List<String> rows = new ArrayList<>(r.body().lines().toList());
            assertEquals("person,name,articles", rows.get(0));
            // the official who appears in two demo articles comes first with 2
            assertTrue(rows.stream().anyMatch(l -> l.endsWith(",郜振华,2")), r.body());
        }
    }

    @Test
    void generateFromAFirstIdWritesTheSameArticlesAsARunFromOne(@TempDir Path tmp) throws Exception {
        Path all = tmp.resolve("all.jsonl"), tail = tmp.resolve("tail.jsonl");
        assertEquals(0, run("generate", "--articles", "7", "--seed", "7", "-o", all.toString()).exit());
        Run r = run("generate", "--articles", "3", "--seed", "7", "--first-id", "5", "-o", tail.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(tail);
        assertEquals(Files.readAllLines(all).subList(4, 7), lines, "articles 5 to 7 of seed 7, whichever run writes them");
        assertTrue(lines.get(0).contains("\"id\":\"syn-5\""), lines.get(0));
        assertTrue(lines.get(2).contains("\"id\":\"syn-7\""), lines.get(2));
        assertEquals(2, run("generate", "--articles", "3", "--first-id", "0", "-o", tail.toString()).exit());
    }
}
