package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.CorpusGenerator;
import org.newskg.pipeline.IdentityLinks;
import org.newskg.pipeline.Parts;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;

/**
 * {@code newskg load}: parts written from an ingested store (articles in two parts, divisions, identity; gzip
 * N-Quads, as the Spark job writes them) give the same quads as the ingest, loaded in bulk into a new store, and
 * loaded in transactions into a store that already holds part of the corpus (articles replaced, possibly-same links
 * recomputed over the whole store).
 */
class LoadCommandTest {
    @TempDir
    Path tmp;

    @Test
    void partsLoadIntoTheQuadsOfAnIngest() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        CliTest.demoCorpus(in.resolve("demo"));
        CorpusGenerator g = CorpusGenerator.standard("14", 11);
        try (Writer w = Files.newBufferedWriter(in.resolve("gen.jsonl"))) {
            g.writeJsonl(1, 60, w);
        }
        Path full = tmp.resolve("full");
        assertEquals(0, CliTest.run("ingest", "--store", full.toString(), in.toString()).exit());
        List<String> expected = dump(full);
        assertTrue(expected.stream().anyMatch(q -> q.endsWith(" <" + Iris.DIVISIONS_GRAPH + "> .")), "divisions are described");
        assertTrue(expected.stream().anyMatch(q -> q.contains(" <" + IdentityLinks.GRAPH_PREFIX)), "the corpus has possibly-same persons");

        Path parts = tmp.resolve("parts");
        writeParts(expected, parts);

        // a new store: the bulk loader
        Path bulk = tmp.resolve("bulk");
        CliTest.Run r = CliTest.run("load", "--store", bulk.toString(), "--loader", "phased", parts.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("bulk (phased)"), r.err());
        assertEquals(expected, dump(bulk));

        // a store with part of the corpus already: transactions, articles replaced, identity recomputed
        Path partial = tmp.resolve("partial");
        assertEquals(0, CliTest.run("ingest", "--store", partial.toString(), in.resolve("demo").toString()).exit());
        r = CliTest.run("load", "--store", partial.toString(), parts.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("transactional"), r.err());
        assertEquals(expected, dump(partial));

        // loading the same parts again changes nothing
        r = CliTest.run("load", "--store", partial.toString(), parts.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(expected, dump(partial));
    }

    @Test
    void aFolderWithoutPartsIsBadInput() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliTest.Run r = CliTest.run("load", "--store", tmp.resolve("s").toString(), empty.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no N-Quads parts"), r.err());
        r = CliTest.run("load", "--store", tmp.resolve("s").toString(), "--loader", "fast", empty.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--loader must be parallel, phased or sequential"), r.err());
    }

    /** The quads as the Spark job lays them out: articles (two parts), divisions, identity. */
    private static void writeParts(List<String> quads, Path dir) throws IOException {
        Map<String, List<String>> byPart = new TreeMap<>();
        int article = 0;
        String lastGraph = null;
        for (String q : quads) {
            String graph = q.substring(q.lastIndexOf(" <") + 2, q.length() - 3);
            String part;
            if (graph.equals(Iris.DIVISIONS_GRAPH)) part = "divisions/part-00000.nq.gz";
            else if (graph.startsWith(IdentityLinks.GRAPH_PREFIX)) part = "identity/part-00000.nq.gz";
            else {
                if (!graph.equals(lastGraph)) article++;
                lastGraph = graph;
                part = "articles/part-0000" + (article % 2) + ".nq.gz";
            }
            byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(q);
        }
        for (var e : byPart.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(p)), StandardCharsets.UTF_8)) {
                for (String q : e.getValue()) w.write(q + "\n");
            }
        }
        Files.writeString(dir.resolve("_SUCCESS.json"), "{}\n"); // not a part: left out
    }

    private static List<String> dump(Path store) {
        try (KgStore s = KgStore.open(store)) {
            DatasetGraph dsg = s.datasetGraph();
            List<String> out = new ArrayList<>();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(Parts.line(q.getGraph(), q.asTriple()))));
            out.sort(null);
            return out;
        }
    }
}
