package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.ServeRecord;

/**
 * The command line beside a running {@code newskg serve}: with the server (started through the command line, in this
 * process, on port 0 on loopback) holding the store, {@code query}, {@code stats} and {@code export} give what they
 * gave before it started, through its endpoint; {@code ingest}, {@code delete} and {@code compact} exit 2 saying
 * who serves the store and what to do. When the server stops, its note in the store goes; a stale note is ignored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServedStoreCliTest {
    @TempDir static Path tmp;
    static Path store;
    /** Each command (arguments after the store, with {@code OUT} for an output file) and what it wrote before the server. */
    static final Map<List<String>, String> BEFORE = new LinkedHashMap<>();
    static final List<List<String>> COMMANDS = List.of(
            List.of("query", "persons-by-articles", "--format", "csv"),
            List.of("query", "officials-in-place", "-p", "place=长治市", "--format", "tsv"),
            List.of("query", "-q", "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", "--format", "json"),
            List.of("query", "-q", "PREFIX nk: <https://w3id.org/newskg/ns#> SELECT ?o ?t { ?m nk:title ?t ; <http://www.w3.org/ns/org#organization> ?o } ORDER BY ?o ?t"),
            List.of("stats"),
            List.of("export", "--place", "长治市", "--format", "graphml", "-o", "OUT"),
            List.of("export", "--entity", "郜振华", "--hops", "2", "--format", "cyjs"),
            List.of("export", "--type", "Person", "--type", "Hospital", "--no-comention", "--format", "csv-edges"),
            List.of("export", "--place", "潞城区", "--format", "gexf", "--gexf-version", "1.2draft", "--dynamic", "-o", "OUT"));
    static Thread serving;
    static final StringWriter SERVE_OUT = new StringWriter(), SERVE_ERR = new StringWriter();
    static final int[] SERVE_EXIT = {-1};

    @BeforeAll
    static void ingestThenServe() throws Exception {
        CliTest.demoCorpus(tmp.resolve("in"));
        store = tmp.resolve("store");
        CliTest.Run r = CliTest.run("ingest", "--store", store.toString(), "--home", "长治市", tmp.resolve("in").toString());
        assertEquals(0, r.exit(), r.err());
        for (List<String> c : COMMANDS) BEFORE.put(c, runAndRead(c, "before"));
        assertEquals(0, CliTest.run("export", "--store", store.toString(), "--place", "潞城区", "--format", "trig",
                "-o", tmp.resolve("before.trig").toString()).exit());
        serving = new Thread(() -> SERVE_EXIT[0] = Main.commandLine().setOut(new PrintWriter(SERVE_OUT, true))
                .setErr(new PrintWriter(SERVE_ERR, true)).execute("serve", "--store", store.toString(), "--port", "0"));
        serving.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ServeRecord.find(store).isEmpty()) {
            assertTrue(serving.isAlive(), () -> "serve stopped: " + SERVE_ERR);
            assertTrue(System.nanoTime() < until, "serve did not start in 60 s");
            Thread.sleep(50);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (serving != null && serving.isAlive()) {
            serving.interrupt();
            serving.join(30_000);
        }
    }

    /** Runs a command on the store; returns its stdout, or the file it wrote for {@code -o OUT}. */
    static String runAndRead(List<String> command, String tag) throws Exception {
        Path out = tmp.resolve(tag + "-" + Math.abs(command.hashCode()) + ".out");
        List<String> args = new java.util.ArrayList<>(List.of(command.get(0), "--store", store.toString()));
        for (String a : command.subList(1, command.size())) args.add(a.equals("OUT") ? out.toString() : a);
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), () -> command + ": " + r.err());
        if (tag.equals("served")) assertTrue(r.err().contains("going through http://127.0.0.1:"), r.err());
        else assertFalse(r.err().contains("going through"), r.err());
        return command.contains("OUT") ? Files.readString(out) : r.out();
    }

    @Test
    @Order(1)
    void queryStatsAndExportGiveWhatTheyGaveBeforeTheServerStarted() throws Exception {
        ServeRecord record = ServeRecord.find(store).orElseThrow();
        assertEquals(ProcessHandle.current().pid(), record.pid());
        assertTrue(SERVE_OUT.toString().contains(record.sparqlUrl()), SERVE_OUT.toString());
        for (List<String> c : COMMANDS) {
            String before = BEFORE.get(c);
            assertFalse(before.isBlank(), () -> c + " gave nothing");
            assertEquals(before, runAndRead(c, "served"), () -> c + " through the server");
        }
    }

    @Test
    @Order(1)
    void rdfExportThroughTheServerIsTheSameDataset() throws Exception {
        Path served = tmp.resolve("served.trig");
        CliTest.Run r = CliTest.run("export", "--store", store.toString(), "--place", "潞城区", "--format", "trig",
                "-o", served.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("going through"), r.err());
        Dataset before = RDFDataMgr.loadDataset(tmp.resolve("before.trig").toString());
        Dataset got = RDFDataMgr.loadDataset(served.toString());
        assertTrue(got.asDatasetGraph().listGraphNodes().hasNext(), "per-article graphs kept");
        assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), got.asDatasetGraph()), "same quads");
    }

    @Test
    @Order(1)
    void writingCommandsSayTheStoreIsServedAndHowToGoOn() {
        ServeRecord record = ServeRecord.find(store).orElseThrow();
        for (String[] args : List.of(
                new String[] {"ingest", "--store", store.toString(), tmp.resolve("in").toString()},
                new String[] {"delete", "--store", store.toString(), "whatever"},
                new String[] {"compact", "--store", store.toString()})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(2, r.exit(), () -> args[0] + ": " + r.err());
            assertTrue(r.err().contains("served by newskg serve (pid " + record.pid() + ") at " + record.sparqlUrl()), r.err());
            assertTrue(r.err().contains("stop the server"), r.err());
            assertFalse(r.err().contains("internal error"), r.err());
        }
        assertTrue(CliTest.run("ingest", "--store", store.toString(), tmp.resolve("in").toString()).err()
                .contains("ingest into another --store"));
    }

    @Test
    @Order(2)
    void theNoteGoesWhenTheServerStopsAndAStaleNoteIsIgnored() throws Exception {
        ServeRecord record = ServeRecord.find(store).orElseThrow();
        serving.interrupt();
        serving.join(30_000);
        assertFalse(serving.isAlive());
        assertEquals(0, SERVE_EXIT[0], SERVE_ERR::toString);
        assertFalse(Files.exists(store.resolve(ServeRecord.FILE)), "removed on a clean stop");
        // a server killed without cleaning up: its note names a process that is gone
        Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(30, TimeUnit.SECONDS));
        Files.writeString(store.resolve(ServeRecord.FILE), "pid=" + gone.pid() + "\nsparql=" + record.sparqlUrl() + "\n");
        assertTrue(ServeRecord.find(store).isEmpty());
        List<String> stats = List.of("stats");
        assertEquals(BEFORE.get(stats), runAndRead(stats, "after"), "a stale note is ignored: the store is read directly");
        CliTest.Run r = CliTest.run("delete", "--store", store.toString(), "no-such-article");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not in the store"), r.err());
    }
}
