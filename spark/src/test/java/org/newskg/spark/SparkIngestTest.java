package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.CorpusGenerator;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.Parts;
import org.newskg.store.KgStore;
import org.newskg.store.PartsLoader;

/**
 * The job against {@code newskg ingest} on one corpus: generated articles in several JSONL files, the dev set's texts
 * as pages (when {@code ../shared} is there), and bad input of every kind the reader reports, duplicates across
 * folders included. The quads of the Spark output loaded by {@code newskg load} must equal the quads of an ingest
 * into a store, the skip records must be the same, and a second run must write the same parts.
 */
class SparkIngestTest {
    @TempDir
    static Path tmp;

    static JavaSparkContext sc;
    static JobOptions options;
    static List<String> inputs;

    @BeforeAll
    static void corpus() throws IOException {
        Path gen = Files.createDirectories(tmp.resolve("in/gen"));
        CorpusGenerator g = CorpusGenerator.standard("14", 7);
        for (int f = 0; f < 6; f++)
            try (Writer w = Files.newBufferedWriter(gen.resolve("gen-" + f + ".jsonl"))) {
                g.writeJsonl(1 + f * 50L, 50, w);
            }
        Path pages = Files.createDirectories(tmp.resolve("in/pages"));
        Path dev = Path.of("..", "..", "shared", "eval", "dev");
        int devTexts = 0;
        if (Files.isDirectory(dev)) {
            try (Stream<Path> s = Files.list(dev)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                    var o = com.google.gson.JsonParser.parseString(Files.readString(p)).getAsJsonObject();
                    Files.writeString(pages.resolve(o.get("id").getAsString() + ".txt"), o.get("text").getAsString());
                    devTexts++;
                }
            }
        }
        System.err.println("corpus: 300 generated articles, " + devTexts + " dev texts" + (devTexts == 0 ? " (../shared missing)" : ""));
        // a page in GB18030 and one in UTF-16 with a byte-order mark
        String page = "本报长治讯（记者 王丽）3月5日，长治市人力资源和社会保障局局长郜振华到潞城区店上镇东青北村调研就业工作。\n";
        Files.write(pages.resolve("gbk-page.txt"), page.getBytes(Charset.forName("GB18030")));
        Files.write(pages.resolve("utf16-page.txt"), ("\uFEFF" + page.replace("郜振华", "李明华")).getBytes(StandardCharsets.UTF_16LE));
        // bad items
        Path bad = Files.createDirectories(tmp.resolve("in/bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.writeString(bad.resolve("notes.doc"), "不是新闻");
        Files.write(bad.resolve("binary.txt"), new byte[] {'a', 0, 'b', 0, 1, 2, 3});
        Files.writeString(bad.resolve("broken.jsonl"), "{\"id\":\"b-1\",\"text\":\"长治市潞城区人民医院院长张国强介绍了医院的发展情况。\"}\n"
                + "{\"id\":\"b-2\",\"text\":\n" + "{\"id\":\"b-3\",\"title\":\"无正文\"}\n");
        Files.writeString(bad.resolve("rows.csv"), "id,title,text\nc-1,题目,\"壶关县委书记刘建军到树掌镇调研\"\nc-2,坏行,\"未闭合\n");
        // duplicates across folders: a record id given in an earlier file, and a file name read before
        Path other = Files.createDirectories(tmp.resolve("in/other"));
        Files.writeString(other.resolve("again.jsonl"), "{\"id\":\"syn-3\",\"text\":\"长治市委书记到襄垣县调研。\"}\n"
                + "{\"id\":\"o-1\",\"text\":\"襄垣县人民政府县长李华到夏店镇检查防汛工作。\"}\n");
        Files.writeString(other.resolve("gbk-page.txt"), "平顺县卫生健康局局长赵明到青羊镇卫生院检查工作。");
        Files.writeString(tmp.resolve("in/.hidden.txt"), "隐藏文件不读。");
        inputs = List.of(tmp.resolve("in").toString(), tmp.resolve("missing-folder").toString());

        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("newskg-spark test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        sc = new JavaSparkContext(conf);
        options = new JobOptions(inputs, tmp.resolve("out1").toString(), null, null, List.of(), 5);
    }

    @AfterAll
    static void stop() {
        if (sc != null) sc.close();
    }

    @Test
    void sparkThenLoadGivesTheQuadsAndSkipsOfAnIngest() throws IOException {
        // newskg ingest of the same input (the same stages object: one HanLP per JVM)
        IngestPipeline.Summary ingest;
        List<String> ingested;
        try (KgStore store = KgStore.open(tmp.resolve("ingest-store"))) {
            ingest = new IngestPipeline(store, Stages.pipeline(options), new IngestPipeline.Options(2, 64, 128), null)
                    .run(inputs.stream().map(Path::of).toList());
            ingested = dump(store);
        }

        SparkIngest.Manifest m = SparkIngest.run(sc, options);
        List<String> loaded;
        try (KgStore store = KgStore.open(tmp.resolve("spark-store"))) {
            PartsLoader.Result r = PartsLoader.load(store, PartsLoader.parts(tmp.resolve("out1")), PartsLoader.Bulk.PHASED, null);
            assertTrue(r.bulk(), "an empty store is bulk loaded");
            assertEquals(m.quads(), r.quads(), "the manifest counts the quads of the parts");
            loaded = dump(store);
        }

        assertTrue(ingest.articles() > 300, "the corpus has articles: " + ingest.articles());
        assertEquals(ingest.articles(), m.articles(), "articles");
        assertEquals(ingest.files(), m.files(), "files");
        assertEquals(ingest.possiblySame(), m.possiblySamePairs(), "possibly-same pairs");
        assertTrue(m.possiblySamePairs() > 0 && m.identityQuads() > 0, "the corpus has namesakes, so the identity part is compared too");
        assertTrue(m.divisionQuads() > 0, "divisions are described");
        assertEquals(ingested.size(), loaded.size(), () -> "quads: ingest " + ingested.size() + ", spark + load " + loaded.size()
                + firstDifference(ingested, loaded));
        assertTrue(ingested.equals(loaded), () -> firstDifference(ingested, loaded));

        List<String> expectedSkips = new ArrayList<>(ingest.skipped().stream().map(s -> s.where() + "\t" + s.reason()).toList());
        List<String> sparkSkips = new ArrayList<>(Files.readAllLines(tmp.resolve("out1/skipped.tsv")));
        expectedSkips.sort(null);
        sparkSkips.sort(null);
        assertTrue(expectedSkips.size() >= 8, "the bad input is reported: " + expectedSkips);
        assertTrue(expectedSkips.stream().anyMatch(s -> s.contains("a file named 'gbk-page' was read before")), expectedSkips.toString());
        assertTrue(expectedSkips.stream().anyMatch(s -> s.contains("again.jsonl:1\tduplicate article id 'syn-3'")), expectedSkips.toString());
        assertEquals(expectedSkips, sparkSkips);
        assertEquals(ingest.skipped().size(), m.skipped());

        // a second run writes the same parts and the same report
        SparkIngest.Manifest again = SparkIngest.run(sc, new JobOptions(inputs, tmp.resolve("out2").toString(), null, null, List.of(), 5));
        Map<String, List<String>> first = contents(tmp.resolve("out1")), second = contents(tmp.resolve("out2"));
        assertFalse(first.isEmpty());
        assertEquals(first.keySet(), second.keySet(), "part files");
        first.forEach((name, lines) -> assertTrue(lines.equals(second.get(name)), () -> name + " differs between runs"
                + firstDifference(lines, second.get(name))));
        assertEquals(m.quads(), again.quads());
        assertEquals(m.possiblySamePairs(), again.possiblySamePairs());
    }

    @Test
    void anOutputFolderThatExistsIsRefused() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("exists"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.newskg.InvalidInputException.class,
                () -> SparkIngest.run(sc, new JobOptions(inputs, out.toString(), null, null, List.of(), 2)));
        assertTrue(e.getMessage().contains("output folder exists"), e.getMessage());
    }

    /** {@code --date} reaches the executors: an undated record gets it as its publication date, as with ingest. */
    @Test
    void theDateOptionDatesUndatedArticles() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("dated-in"));
        Files.writeString(in.resolve("undated.jsonl"), "{\"id\":\"d-1\",\"text\":\"壶关县文化和旅游局局长郭志毅介绍冬季旅游。\"}\n");
        Path out = tmp.resolve("dated-out");
        SparkIngest.run(sc, new JobOptions(List.of(in.toString()), out.toString(), null, null, List.of(), 1, "2025-01-02"));
        StringBuilder all = new StringBuilder();
        try (Stream<Path> parts = Files.walk(out.resolve("articles"))) {
            for (Path p : parts.filter(x -> x.toString().endsWith(".nq.gz")).toList())
                try (var z = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
                    all.append(new String(z.readAllBytes(), StandardCharsets.UTF_8));
                }
        }
        assertTrue(all.toString().contains("<https://schema.org/datePublished> \"2025-01-02\"^^<http://www.w3.org/2001/XMLSchema#date>"),
                () -> "no publication date in " + all);
    }

    /** Every quad of a store as an N-Quads line, sorted. */
    static List<String> dump(KgStore store) {
        DatasetGraph dsg = store.datasetGraph();
        List<String> out = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(Parts.line(q.getGraph(), q.asTriple()))));
        out.sort(null);
        return out;
    }

    static String firstDifference(List<String> a, List<String> b) {
        var onlyA = new java.util.TreeSet<>(a);
        onlyA.removeAll(new java.util.HashSet<>(b));
        var onlyB = new java.util.TreeSet<>(b);
        onlyB.removeAll(new java.util.HashSet<>(a));
        return "\nonly in ingest (" + onlyA.size() + "): " + onlyA.stream().limit(5).toList()
                + "\nonly in spark (" + onlyB.size() + "): " + onlyB.stream().limit(5).toList();
    }

    /** The lines of every part and report in an output folder (parts decompressed), by relative name. */
    static Map<String, List<String>> contents(Path dir) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString();
                if (name.endsWith("_SUCCESS.json") || name.endsWith(".crc") || p.getFileName().toString().equals("_SUCCESS")) continue;
                try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
                    out.put(name, List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)));
                }
            }
        }
        return out;
    }
}
