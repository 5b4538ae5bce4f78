package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.InvalidInputException;
import org.newskg.ingest.Article;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.IngestConfig;
import org.newskg.store.KgStore;
import picocli.CommandLine;

class BenchTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            长治市潞城区                 | 6
            壶关县文旅局局长郭志毅，2024 | 11
            ABC １２３ ，。              | 0
            𠀀丽                         | 2
            """)
    void hanCharactersAreCodePointsOfTheHanScript(String text, long expected) {
        assertEquals(expected, Bench.hanChars(text));
    }

    @Test
    void percentilesAreNearestRank() {
        double[] ms = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100};
        assertEquals(10, QueryTiming.percentile(ms, 50));
        assertEquals(19, QueryTiming.percentile(ms, 95));
        assertEquals(7, QueryTiming.percentile(new double[] {7}, 95));
    }

    @Test
    void repeatedCopiesAreDistinctAndReachTheSize() throws IOException {
        Path corpus = dir.resolve("c.jsonl");
        try (Writer w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            w.write("{\"id\":\"a\",\"text\":\"壶关县召开会议。\\n县长郭志毅讲话。\\n（记者 潘银丽）\"}\n");
            w.write("{\"id\":\"b\",\"text\":\"潞城区微子镇卫生院举行义诊。\"}\n");
        }
        Path out = dir.resolve("r.jsonl");
        CorpusReader reader = new CorpusReader(IngestConfig.defaults());
        long[] counts = BenchCommand.repeat(reader, List.of(corpus), 2000, out, new java.io.PrintWriter(System.err, true));
        List<Article> read = new ArrayList<>();
        reader.read(List.of(out), read::add, s -> { throw new AssertionError("skipped " + s); });
        assertEquals(2, counts[0]);
        assertEquals(counts[1], read.size());
        assertTrue(counts[2] >= 2000, "only " + counts[2] + " bytes");
        assertEquals(read.size(), read.stream().map(Article::id).distinct().count());
        assertEquals(read.size(), read.stream().map(Article::text).distinct().count());
        assertTrue(read.stream().anyMatch(a -> a.id().equals("a~3")));
    }

    @Test
    void generateWritesMarkedArticlesAndRefusesNonsense() throws IOException {
        Path out = dir.resolve("g.jsonl");
        int code = new CommandLine(new GenerateCommand()).execute("--articles", "7", "--region", "140425", "-o", out.toString());
        assertEquals(0, code);
        List<Article> read = new ArrayList<>();
        new CorpusReader(IngestConfig.defaults()).read(List.of(out), read::add, s -> { throw new AssertionError("skipped " + s); });
        assertEquals(7, read.size());
        for (Article a : read) {
            assertEquals(CorpusGenerator.SOURCE, a.source());
            assertTrue(a.id().startsWith(CorpusGenerator.ID_PREFIX), a.id());
        }
        GenerateCommand g = new GenerateCommand();
        new CommandLine(g).parseArgs("--articles", "0", "-o", out.toString());
        assertThrows(InvalidInputException.class, g::call);
    }

    /** The whole bench on a tiny corpus: every phase runs and reports; the kept store holds the articles. */
    @Test
    void benchRunsEndToEndOnATinyCorpus() throws IOException {
        Path corpus = dir.resolve("tiny.jsonl");
        CorpusGenerator g = CorpusGenerator.standard("140425", 3);
        try (Writer w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            g.writeJsonl(1, 12, w);
        }
        Path store = dir.resolve("store");
        java.io.StringWriter buf = new java.io.StringWriter();
        int code = new CommandLine(new BenchCommand()).setOut(new java.io.PrintWriter(buf, true))
                .execute(corpus.toString(), "--warmup", "0", "--threads", "2", "--store", store.toString(), "--query-reps", "1");
        String report = buf.toString();
        assertEquals(0, code, report);
        for (String phase : List.of("HanLP alone", "extraction ", "extract + link + map", "full ingest, cold (TDB2 bulk loader)",
                "Jena bulk load of those quads")) {
            Matcher m = Pattern.compile(Pattern.quote(phase) + ".*?\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+[\\d.]+").matcher(report);
            assertTrue(m.find(), phase + " missing in\n" + report);
            assertEquals("12", m.group(2), phase + ": articles\n" + report);
            assertTrue(Long.parseLong(m.group(3)) > 12 * 100, phase + ": Han characters\n" + report);
        }
        assertTrue(report.contains("start-up:"), report);
        Matcher parts = Pattern.compile("ingest vs extract \\+ Jena load: ([\\d.]+) s against ([\\d.]+) s .*: ([\\d.]+) x").matcher(report);
        assertTrue(parts.find(), report);
        // the seconds are printed to 0.01 and the ratio is computed before rounding: allow for that on a tiny corpus
        double a = Double.parseDouble(parts.group(1)), b = Double.parseDouble(parts.group(2)), ratio = Double.parseDouble(parts.group(3));
        assertEquals(a / b, ratio, 0.01 + 0.006 * (1 + ratio) / b, report);
        Matcher quads = Pattern.compile("store: (\\d+) quads").matcher(report);
        assertTrue(quads.find(), report);
        try (KgStore s = KgStore.open(store)) {
            assertEquals(Long.parseLong(quads.group(1)), s.quadCount());
            assertTrue(s.quadCount() > 12 * 20, report);
            // every article has its graph
            for (int n = 1; n <= 12; n++)
                assertTrue(s.containsGraph(org.newskg.rdf.ArticleMapper.graphName("syn-" + n)), "syn-" + n);
        }
        // the bench refuses to overwrite a store
        assertEquals(1, new CommandLine(new BenchCommand()).execute(corpus.toString(), "--ingest-only", "--store", store.toString()));
        assertTrue(new HashSet<>(List.of(report.split("\n"))).stream().anyMatch(l -> l.startsWith("target:")), report);
    }

    /** A store of a few hundred quads, enough for a cross product that runs for hours. */
    private static KgStore smallStore() {
        KgStore s = KgStore.inMemory();
        StringBuilder ttl = new StringBuilder();
        for (int i = 0; i < 300; i++) ttl.append("<http://example.org/s").append(i).append("> <http://example.org/p> ").append(i).append(" .\n");
        s.replaceGraphs(List.of(java.util.Map.entry(org.apache.jena.graph.NodeFactory.createURI("http://example.org/g"),
                org.apache.jena.riot.RDFParser.fromString(ttl.toString(), org.apache.jena.riot.Lang.TURTLE).toGraph())));
        return s;
    }

    @Test
    void aQueryOverItsBudgetIsTimedThreeTimesAndItsRowsCounted() {
        try (KgStore s = smallStore()) {
            var q = org.newskg.query.QueryTemplate.parse("count.rq", "SELECT ?s WHERE { ?s <http://example.org/p> ?o }");
            List<QueryTiming.Result> r = QueryTiming.time(s.dataset(), List.of(q), java.util.Map.of(), 1, 20, 0, 0, x -> { });
            assertEquals(1, r.size());
            assertEquals(null, r.get(0).error());
            assertEquals(QueryTiming.MIN_REPS, r.get(0).reps(), "a budget of 0 s leaves the minimum of runs");
            assertEquals(300, r.get(0).rows());
        }
    }

    @Test
    void aQueryPastTheTimeoutIsReportedUnfinishedAndTheNextOneStillRuns() {
        try (KgStore s = smallStore()) {
            var slow = org.newskg.query.QueryTemplate.parse("slow.rq",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }");
            var quick = org.newskg.query.QueryTemplate.parse("quick.rq", "ASK { ?s ?p ?o }");
            List<QueryTiming.Result> r = QueryTiming.time(s.dataset(), List.of(slow, quick), java.util.Map.of(), 0, 3, 60, 0.3, x -> { });
            assertTrue(r.get(0).render().contains("did not finish within"), r.get(0).render());
            assertEquals(null, r.get(1).error(), r.get(1).render());
            assertEquals(3, r.get(1).reps());
        }
    }
}
