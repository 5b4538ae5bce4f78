package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.ArticleMapper;
import org.newskg.store.KgStore;

/**
 * The reliability suite (issue 16), bounded in time: a mixed batch of bad input beside good files stores exactly
 * the good records and names every bad item; a store held by another process is a clear error; compaction; and
 * {@code kill -9} of a child JVM ingest at random points, after which a re-ingest converges to the quad set of a
 * clean ingest. (Out-of-memory injection into extraction and into the writer: {@code FailureIsolationTest}.)
 */
class ReliabilitySuiteTest {
    private static final String UTF8_ARTICLE = """
            荫城镇多措并举筑牢森林防火墙
            本报讯 入冬以来，长治市上党区荫城镇把森林防火工作作为当前的重点任务，镇长李建国带领镇村干部深入各村开展巡查，\
            严格管控野外用火，切实保障人民群众生命财产安全。
            """;
    private static final String GBK_ARTICLE = """
            壶关县打造文旅新场景
            本报讯 壶关县文旅局局长郭志毅表示，将通过对冷资源的挖掘和开发，打造文旅新场景，推动全县文旅产业高质量发展。
            """;
    private static final String BIG5_ARTICLE = """
            臺北市政府舉辦社區防災演練
            本報訊 臺北市政府昨日在大安區舉辦社區防災演練，消防局派員示範地震發生時的避難方法，並邀請居民參與逃生路線的實地練習。
            """;

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static Set<String> articleGraphs(Path store, Set<String> ids) {
        Set<String> present = new TreeSet<>();
        try (KgStore s = KgStore.open(store)) {
            for (String id : ids) if (s.containsGraph(ArticleMapper.graphName(id))) present.add(id);
        }
        return present;
    }

    @Test
    void aMixedBadBatchStoresExactlyTheGoodRecordsAndNamesEveryBadItem(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path store = tmp.resolve("store");
        // good files
        write(in, "good-utf8.txt", UTF8_ARTICLE.getBytes(StandardCharsets.UTF_8));
        write(in, "good-gbk.txt", GBK_ARTICLE.getBytes(Charset.forName("GBK")));
        write(in, "good-gb18030.txt", GBK_ARTICLE.replace("壶关县", "平顺县").getBytes(Charset.forName("GB18030")));
        write(in, "good-big5.txt", BIG5_ARTICLE.getBytes(Charset.forName("Big5")));
        write(in, "good-utf16le.txt", UTF8_ARTICLE.replace("荫城镇", "西火镇").getBytes(StandardCharsets.UTF_16LE));
        // a JSONL file with a broken line and a line of invalid UTF-8 between good ones
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        jsonl.writeBytes(("{\"id\":\"j1\",\"text\":\"" + UTF8_ARTICLE.replace("\n", "\\n") + "\"}\n").getBytes(StandardCharsets.UTF_8));
        jsonl.writeBytes("{\"id\":\"j2\",\"text\":\"没有结尾\n".getBytes(StandardCharsets.UTF_8));
        jsonl.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        jsonl.writeBytes(("{\"id\":\"j4\",\"text\":\"" + GBK_ARTICLE.replace("\n", "\\n") + "\"}\n").getBytes(StandardCharsets.UTF_8));
        write(in, "mixed.jsonl", jsonl.toByteArray());
        // a CSV file with stray quotes
        write(in, "mixed.csv", String.join("\n", "id,title,text",
                "c1,好,\"" + UTF8_ARTICLE.strip() + "\"",
                "c2,\"坏\"标题,正文",
                "c3,\"未闭合," + GBK_ARTICLE.strip().replace("\n", " "),
                "c4,好,\"" + GBK_ARTICLE.strip() + "\"", "").getBytes(StandardCharsets.UTF_8));
        // bad files
        write(in, "binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0, 'x', 0, 1, 2});
        write(in, "empty.txt", new byte[0]);
        write(in, "invalid-utf8.txt", new byte[] {'a', (byte) 0xFF, (byte) 0xFF, (byte) 0xFE, 'b', '\n'});
        byte[] lateNul = (UTF8_ARTICLE + "\n").repeat(60).getBytes(StandardCharsets.UTF_8);
        lateNul[lateNul.length - 10] = 0;
        write(in, "nul-late.txt", lateNul);
        write(in, "oversized.txt", ("超长文章\n" + "长治市上党区荫城镇加强组织领导。".repeat(70_000)).getBytes(StandardCharsets.UTF_8));
        write(in, "unknown.doc", UTF8_ARTICLE.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream rare = new ByteArrayOutputStream();
        for (int i = 0; i < 300; i++) { rare.write(0x81 + i % 15); rare.write(0x40 + i % 60); }
        write(in, "implausible.txt", rare.toByteArray());

        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> CliTest.run("ingest", "--store", store.toString(), in.toString()));
        assertEquals(2, r.exit(), r.err());
        Set<String> good = Set.of("good-utf8", "good-gbk", "good-gb18030", "good-big5", "good-utf16le", "j1", "j4", "c1", "c4");
        Set<String> bad = Set.of("j2", "mixed-L3", "c2", "c3", "oversized", "binary", "empty", "invalid-utf8", "nul-late", "unknown", "implausible");
        Set<String> all = new TreeSet<>(good);
        all.addAll(bad);
        assertEquals(new TreeSet<>(good), articleGraphs(store, all), r.err());
        assertEquals(good.size(), CliTest.count(store, CliTest.ARTICLES), "no other article was stored");
        assertTrue(r.err().contains("articles: " + good.size() + ","), r.err());
        // each bad item: where (under the input folder) and the start of its reason, on one skip line
        List<String[]> expectSkipped = List.of(
                new String[] {"mixed.jsonl:2", "malformed JSON"}, new String[] {"mixed.jsonl:3", "invalid byte sequence for UTF-8"},
                new String[] {"mixed.csv:4", "malformed CSV row"}, new String[] {"mixed.csv:5", "malformed CSV row: unterminated quoted field"},
                new String[] {"binary.txt", "binary file"}, new String[] {"empty.txt", "empty file"},
                new String[] {"invalid-utf8.txt", "invalid byte sequence"}, new String[] {"nul-late.txt", "binary file"},
                new String[] {"oversized.txt", "article too long"}, new String[] {"unknown.doc", "unknown file type"},
                new String[] {"implausible.txt", "text implausible for Chinese news"});
        List<String> skipLines = r.err().lines().filter(l -> l.startsWith("  skipped ")).toList();
        for (String[] e : expectSkipped) {
            String prefix = "  skipped " + in.resolve(e[0]);
            assertTrue(skipLines.stream().anyMatch(l -> l.startsWith(prefix) && l.contains(": " + e[1])),
                    "skip record for " + e[0] + " (" + e[1] + ") in\n" + r.err());
        }
        assertEquals(expectSkipped.size(), skipLines.size(), "exactly one record per bad item:\n" + r.err());
        assertTrue(r.err().contains("skipped: " + expectSkipped.size() + ","), r.err());
        // the Big5 article is stored as Big5 text, not as GB18030 mojibake
        assertTrue(CliTest.count(store, "PREFIX nk: <https://w3id.org/newskg/ns#> SELECT (COUNT(*) AS ?n) { ?a a nk:Article ; ?p ?t . "
                + "FILTER(isLiteral(?t) && CONTAINS(STR(?t), \"臺北市政府舉辦社區防災演練\")) }") > 0, "the Big5 text as written");
        System.out.println("bad-input batch: " + (good.size() + bad.size()) + " items (" + bad.size() + " bad), " + good.size()
                + " good records stored of " + good.size() + " expected; " + expectSkipped.size() + " skip records");
    }

    /** All quads of a store as N-Quads lines. */
    private static Set<String> quads(Path store) {
        Set<String> out = new TreeSet<>();
        try (KgStore s = KgStore.open(store)) {
            DatasetGraph dsg = s.datasetGraph();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(FmtUtils.stringForNode(q.getGraph()) + " "
                    + FmtUtils.stringForNode(q.getSubject()) + " " + FmtUtils.stringForNode(q.getPredicate()) + " " + FmtUtils.stringForNode(q.getObject()))));
            TDBInternal.expel(dsg); // let a child process have the store next
        }
        return out;
    }

    /** Quads (N-Quads lines) by their graph. */
    private static Map<String, Set<String>> byGraph(Set<String> quads) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String q : quads) out.computeIfAbsent(q.substring(0, q.indexOf(' ')), k -> new TreeSet<>()).add(q);
        return out;
    }

    /** A child JVM ingest of one thread; with transactions of two articles (--no-bulk), or the default path. */
    private static Process childIngest(Path store, Path in, Path log, boolean transactions) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--store", store.toString(), "--home", "长治市", "--batch", "2", "--threads", "1"));
        if (transactions) cmd.add("--no-bulk");
        cmd.add(in.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Waits (at most 20 s) until the process named in the store's lock file, if any, has ended: on a busy machine the
     * operating system may report a killed child alive for a moment after {@code waitFor}. A holder still alive after
     * that fails the test with its command line.
     */
    private static void awaitLockHolderGone(Path store) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (var holder = KgStore.lockHolder(store); holder.isPresent(); holder = KgStore.lockHolder(store)) {
            long pid = holder.getAsLong();
            assertTrue(System.nanoTime() < until, () -> "the store's lock is held by a live process " + pid + ": "
                    + ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("?"));
            Thread.sleep(100);
        }
    }

    private static Process childIngest(Path store, Path in, Path log) throws IOException {
        return childIngest(store, in, log, true);
    }

    /** The demo corpus ten times over (the .txt and .html files copied; records of .jsonl/.csv carry their own ids). */
    private static Path killCorpus(Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path demo = Files.createDirectories(tmp.resolve("demo"));
        List<Path> files = CliTest.demoCorpus(demo);
        for (int copy = 0; copy < 10; copy++)
            for (Path f : files)
                if (copy == 0 || f.toString().endsWith(".txt") || f.toString().endsWith(".html"))
                    Files.copy(f, in.resolve("c" + copy + "-" + f.getFileName()));
        return in;
    }

    /**
     * The default path into an empty store is TDB2's bulk loader, which is not crash-safe: killed part way, the store
     * is marked as an interrupted load, does not open for reading (a clear error, exit 2), and the next ingest empties
     * and rebuilds it to the quads of an uninterrupted ingest (the same quads as the transactional path's).
     */
    @Test
    void killMinus9DuringTheDefaultBulkLoadThenReingestGivesTheCleanQuadSet(@TempDir Path tmp) throws Exception {
        Path in = killCorpus(tmp);
        Path clean = tmp.resolve("clean");
        CliTest.Run first = CliTest.run("ingest", "--store", clean.toString(), "--home", "长治市", "--no-bulk", in.toString());
        assertEquals(0, first.exit(), first.err());
        Set<String> expected = quads(clean);
        long c0 = System.nanoTime();
        Process calibration = childIngest(tmp.resolve("calibration"), in, tmp.resolve("calibration.log"), false);
        assertTrue(calibration.waitFor(120, TimeUnit.SECONDS), "a child ingest ends");
        long runMillis = (System.nanoTime() - c0) / 1_000_000;
        assertEquals(0, calibration.exitValue(), Files.readString(tmp.resolve("calibration.log")));
        assertFalse(Files.exists(tmp.resolve("calibration").resolve(KgStore.BULK_MARKER)), "a finished load leaves no marker");
        assertEquals(expected, quads(tmp.resolve("calibration")), "the bulk path stores the quads of the transactional path");
        Random random = new Random(14);
        int interrupted = 0;
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path store = tmp.resolve("killed-" + i);
            Process p = childIngest(store, in, tmp.resolve("child-" + i + ".log"), false);
            long delay = (long) (runMillis * (0.4 + 0.4 * random.nextDouble()));
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed child ended");
            if (Files.exists(store.resolve(KgStore.BULK_MARKER))) {
                interrupted++;
                KgStore.InterruptedBulkLoad e = assertThrows(KgStore.InterruptedBulkLoad.class, () -> KgStore.open(store));
                assertTrue(e.getMessage().contains(store.toString()) && e.getMessage().contains("ingest again"), e.getMessage());
                CliTest.Run query = CliTest.run("query", "--store", store.toString(), "-q", "ASK {}");
                assertEquals(2, query.exit(), query.err());
                assertTrue(query.err().contains("interrupted bulk load"), query.err());
                outcomes.add(delay + " ms: interrupted");
            } else {
                outcomes.add(delay + " ms: exit " + p.exitValue());
            }
            awaitLockHolderGone(store);
            CliTest.Run again = assertTimeoutPreemptively(Duration.ofSeconds(120),
                    () -> CliTest.run("ingest", "--store", store.toString(), "--home", "长治市", in.toString()));
            assertEquals(0, again.exit(), () -> again.err() + "\n" + outcomes);
            assertFalse(Files.exists(store.resolve(KgStore.BULK_MARKER)));
            assertEquals(expected, quads(store), "re-ingest after kill " + i + " converges to the clean ingest");
        }
        System.out.printf("kill -9 during the bulk load (a child run takes %d ms): %s; re-ingest gave the %d quads of the clean ingest each time%n",
                runMillis, outcomes, expected.size());
        assertTrue(interrupted >= 1, "a kill landed in the bulk load: " + outcomes);
    }

    @Test
    void killMinus9AtRandomPointsThenReingestGivesTheCleanQuadSet(@TempDir Path tmp) throws Exception {
        long t0 = System.nanoTime();
        Path in = killCorpus(tmp);
        Path clean = tmp.resolve("clean");
        CliTest.Run first = CliTest.run("ingest", "--store", clean.toString(), "--home", "长治市", in.toString());
        assertEquals(0, first.exit(), first.err());
        Set<String> expected = quads(clean);
        assertTrue(expected.size() > 1000, "a real graph: " + expected.size());

        Map<String, Set<String>> cleanGraphs = byGraph(expected);
        long articleTotal = cleanGraphs.keySet().stream().filter(g -> !g.startsWith("<" + org.newskg.pipeline.IdentityLinks.GRAPH_PREFIX)
                && !g.equals("<" + org.newskg.rdf.Iris.divisionsGraph().getURI() + ">")).count();
        // calibration: one child ingest left alone, timed, so the kills below land at random points of a run on this
        // machine as loaded as it is now (start-up, reading, extraction, writing, the identity links at the end)
        long c0 = System.nanoTime();
        Process calibration = childIngest(tmp.resolve("calibration"), in, tmp.resolve("calibration.log"));
        assertTrue(calibration.waitFor(120, TimeUnit.SECONDS), "a child ingest ends");
        long runMillis = (System.nanoTime() - c0) / 1_000_000;
        assertEquals(0, calibration.exitValue(), Files.readString(tmp.resolve("calibration.log")));
        assertEquals(expected, quads(tmp.resolve("calibration")), "a child ingest gives the clean quad set");
        Random random = new Random(16);
        int killedMidRun = 0;
        int midWrite = 0; // kills that left some article graphs but not all
        int iterations = 5;
        List<String> afterKills = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            Path store = tmp.resolve("killed-" + i); // a fresh store each time: the kill lands in a first ingest
            Process p = childIngest(store, in, tmp.resolve("child-" + i + ".log"));
            long delay = (long) (runMillis * (0.45 + 0.5 * random.nextDouble())); // mostly past start-up
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                killedMidRun++;
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean-up
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed child ended");
            Path log = tmp.resolve("child-" + i + ".log");
            String tail = Files.exists(log) ? Files.readString(log).lines().reduce((x, y) -> y).orElse("") : "";
            if (p.exitValue() != 137 && p.exitValue() != 0) System.out.println("child " + i + " exit " + p.exitValue() + ": " + Files.readString(log));
            afterKills.add("exit " + p.exitValue() + (tail.startsWith("files:") ? " (finished)" : ""));
            // consistent after the kill: it opens, and every article graph in it is whole (as in the clean ingest)
            Map<String, Set<String>> now = Files.exists(store) ? byGraph(quads(store)) : Map.of();
            int articleGraphs = 0;
            for (var e : now.entrySet()) {
                if (e.getKey().startsWith("<" + org.newskg.pipeline.IdentityLinks.GRAPH_PREFIX)) continue; // recomputed at the end
                // counts derived from the article graphs, written in the same transactions (StatisticsTest checks them)
                if (e.getKey().equals("<" + org.newskg.rdf.Iris.STATISTICS_GRAPH + ">")
                        || e.getKey().startsWith("<" + org.newskg.rdf.Iris.STATISTICS_GRAPH + "/")) continue;
                Set<String> cleanGraph = cleanGraphs.getOrDefault(e.getKey(), Set.of());
                if (e.getKey().equals("<" + org.newskg.rdf.Iris.divisionsGraph().getURI() + ">")) { // shared: grows with the articles
                    assertTrue(cleanGraph.containsAll(e.getValue()), "divisions graph after kill " + i + " at " + delay + " ms");
                    continue;
                }
                assertTrue(cleanGraph.equals(e.getValue()), "article graph " + e.getKey() + " is whole after kill " + i + " at " + delay
                        + " ms: " + e.getValue().size() + " quads, clean " + cleanGraph.size());
                articleGraphs++;
            }
            afterKills.add(delay + " ms: " + articleGraphs + " graphs");
            if (articleGraphs > 0 && articleGraphs < articleTotal) midWrite++;
            CliTest.Run again = assertTimeoutPreemptively(Duration.ofSeconds(120),
                    () -> CliTest.run("ingest", "--store", store.toString(), "--home", "长治市", in.toString()));
            assertEquals(0, again.exit(), again.err());
            assertEquals(expected, quads(store), "re-ingest after kill " + i + " converges to the clean ingest");
        }
        System.out.printf("kill -9 (a child run takes " + runMillis + " ms): %d iterations, %d killed while running, %d of them mid-write, all survived (article graphs in the "
                + "store at each kill, of %d: %s); re-ingest gave the %d quads of the clean ingest each time; %.0f s%n",
                iterations, killedMidRun, midWrite, articleTotal, afterKills, expected.size(), (System.nanoTime() - t0) / 1e9);
        assertTrue(midWrite >= 2, "kills landed in the middle of the writing: " + midWrite);
    }

    /** A real out-of-memory error in a child JVM with a small heap: a skip record, the others stored, exit 2. */
    @Test
    void aChildJvmRunningOutOfMemoryOnOneArticleSkipsItAndGoesOn(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String para = UTF8_ARTICLE.replace("\n", "");
        String huge = para.repeat(org.newskg.pipeline.ArticlePipeline.MAX_ARTICLE_CHARS / para.length());
        Files.writeString(in.resolve("heap.jsonl"), "{\"id\":\"small1\",\"text\":\"" + para + "\"}\n"
                + "{\"id\":\"huge\",\"text\":\"" + huge + "\"}\n" + "{\"id\":\"small2\",\"text\":\"" + GBK_ARTICLE.replace("\n", "") + "\"}\n");
        Path store = tmp.resolve("store");
        Path log = tmp.resolve("child.log");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx300m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--store", store.toString(), "--threads", "1", in.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ends");
        String out = Files.readString(log);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("skipped " + in.resolve("heap.jsonl") + ":2 (article huge): article too large for the heap: "), out);
        assertTrue(out.contains("articles: 2,") && out.contains("skipped: 1,"), out);
        assertEquals(Set.of("small1", "small2"), articleGraphs(store, Set.of("small1", "huge", "small2")));
        System.out.println("out of memory in a child JVM (-Xmx300m): " + out.lines().filter(l -> l.contains("(article huge)")).findFirst().orElse(""));
    }

    @Test
    void aHeldStoreIsAClearErrorAndCompactReportsSizes(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("store");
        Path in = Files.createDirectories(tmp.resolve("in"));
        write(in, "a.txt", UTF8_ARTICLE.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) assertEquals(0, CliTest.run("ingest", "--store", store.toString(), in.toString()).exit());
        CliTest.Run compact = CliTest.run("compact", "--store", store.toString());
        assertEquals(0, compact.exit(), compact.err());
        assertTrue(compact.out().matches("(?s)store .* quads\nbefore\t.* MB on disk.*\nafter\t.* MB on disk.*"), compact.out());
        System.out.println("compact: " + compact.out().replace('\n', ' '));
        try (KgStore s = KgStore.open(store)) {
            TDBInternal.expel(s.datasetGraph());
        }
        Process holder = org.newskg.store.HoldStore.start(store);
        try {
            CliTest.Run r = CliTest.run("ingest", "--store", store.toString(), in.toString());
            assertEquals(2, r.exit(), r.err());
            assertEquals("newskg: store " + store + " is in use by another newskg process (pid " + holder.pid()
                    + "): stop it or use a different --store\n", r.err());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) holder.destroyForcibly().waitFor();
        }
    }
}
