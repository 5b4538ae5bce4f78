package org.newskg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgStoreTest {
    static Graph turtle(String ttl) {
        return RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
    }

    static final Node G1 = NodeFactory.createURI("https://example.org/article/a1");
    static final Node G2 = NodeFactory.createURI("https://example.org/article/a2");

    /** A bulk load that never finished marks the store: it does not open, and an ingest's open empties it. */
    @Test
    void anUnfinishedBulkLoadMarksTheStoreAndOpeningToIngestEmptiesIt(@TempDir Path dir) {
        Path store = dir.resolve("kg");
        try (KgStore s = KgStore.open(store); KgStore.BulkLoad load = s.startBulkLoad()) {
            assertTrue(java.nio.file.Files.exists(store.resolve(KgStore.BULK_MARKER)), "marked from the start");
            load.add(G1, turtle("<http://example.org/a> <http://example.org/b> \"平顺县\" ."));
            // closed without finish(): as when the writer fails part way
        }
        assertTrue(java.nio.file.Files.exists(store.resolve(KgStore.BULK_MARKER)));
        KgStore.InterruptedBulkLoad e = assertThrows(KgStore.InterruptedBulkLoad.class, () -> KgStore.open(store));
        assertTrue(e.getMessage().contains(store.toString()), e.getMessage());
        try (KgStore s = KgStore.openForIngest(store)) {
            assertFalse(java.nio.file.Files.exists(store.resolve(KgStore.BULK_MARKER)));
            assertTrue(s.isEmpty(), "emptied");
            try (KgStore.BulkLoad load = s.startBulkLoad()) {
                load.add(G2, turtle("<http://example.org/a> <http://example.org/b> \"北社乡\" ."));
                load.finish();
            }
            assertFalse(java.nio.file.Files.exists(store.resolve(KgStore.BULK_MARKER)), "a finished load is unmarked");
            assertEquals(1, s.quadCount());
            assertTrue(s.containsGraph(G2));
            assertFalse(s.containsGraph(G1));
        }
        try (KgStore s = KgStore.open(store)) {
            assertEquals(1, s.quadCount());
        }
    }

    @Test
    void replacingAGraphGivesTheSameCount() {
        try (KgStore s = KgStore.inMemory()) {
            Graph g = turtle("<http://example.org/p1> <http://example.org/label> \"郭志毅\" ; <http://example.org/in> <http://example.org/o1> .");
            s.replaceGraphs(List.of(Map.entry(G1, g)));
            long n = s.quadCount();
            s.replaceGraphs(List.of(Map.entry(G1, g)));
            assertEquals(n, s.quadCount());
            assertEquals(2, n);
        }
    }

    @Test
    void replaceDropsTriplesNoLongerExtracted() {
        try (KgStore s = KgStore.inMemory()) {
            s.replaceGraphs(List.of(Map.entry(G1, turtle("<http://example.org/a> <http://example.org/b> 1, 2, 3 ."))));
            s.replaceGraphs(List.of(Map.entry(G1, turtle("<http://example.org/a> <http://example.org/b> 1 ."))));
            assertEquals(1, s.quadCount());
        }
    }

    @Test
    void deleteRemovesOnlyThatArticle() {
        try (KgStore s = KgStore.inMemory()) {
            s.replaceGraphs(List.of(Map.entry(G1, turtle("<http://example.org/a> <http://example.org/b> 1 .")),
                    Map.entry(G2, turtle("<http://example.org/a> <http://example.org/b> 2 ."))));
            assertTrue(s.deleteGraph(G1));
            assertFalse(s.deleteGraph(G1));
            assertFalse(s.containsGraph(G1));
            assertTrue(s.containsGraph(G2));
            assertEquals(1, s.quadCount());
        }
    }

    @Test
    void quadCountFromTheIndexAgreesWithAScanOnDiskAfterDeletes(@TempDir Path dir) {
        try (KgStore s = KgStore.open(dir)) {
            s.replaceGraphs(List.of(Map.entry(G1, turtle("<http://example.org/a> <http://example.org/b> 1, 2, 3 .")),
                    Map.entry(G2, turtle("<http://example.org/a> <http://example.org/b> 1, \"北京\" ."))));
            s.replaceGraphs(List.of(Map.entry(G1, turtle("<http://example.org/a> <http://example.org/b> 4 ."))));
            long scanned = org.apache.jena.system.Txn.calculateRead(s.datasetGraph(),
                    () -> org.apache.jena.atlas.iterator.Iter.count(s.datasetGraph().find()));
            assertEquals(3, scanned);
            assertEquals(scanned, s.quadCount());
        }
    }

    @Test
    void aFailedBatchLeavesEarlierCommitsIntact(@TempDir Path dir) {
        try (KgStore s = KgStore.open(dir)) {
            s.replaceGraphs(List.of(Map.entry(G1, turtle("<http://example.org/a> <http://example.org/b> 1 ."))));
            Graph bad = turtle("<http://example.org/a> <http://example.org/b> 2 .");
            // a graph whose iteration fails half way: the transaction must abort as a whole
            Graph failing = new org.apache.jena.sparql.graph.GraphWrapper(bad) {
                @Override
                public org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> find() {
                    throw new IllegalStateException("simulated crash mid-batch");
                }
            };
            assertThrows(IllegalStateException.class,
                    () -> s.replaceGraphs(List.of(Map.entry(G2, bad), Map.entry(G1, failing))));
            assertEquals(1, s.quadCount());
            assertTrue(s.containsGraph(G1));
            assertFalse(s.containsGraph(G2));
        }
        try (KgStore again = KgStore.open(dir)) {
            assertEquals(1, again.quadCount(), "store usable and consistent after reopening");
        }
    }

    @Test
    void aLockLeftByADeadProcessWhoseIdWasReusedIsStale(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("kg");
        try (KgStore s = KgStore.open(store)) {
            assertTrue(s.isEmpty());
        }
        // a kill -9 leaves tdb.lock behind; a later process gets the same id (here: any process started after the
        // lock was written)
        Process later = new ProcessBuilder("sleep", "30").start();
        try {
            java.nio.file.Files.writeString(store.resolve(KgStore.LOCK_FILE), Long.toString(later.pid()));
            java.nio.file.Files.setLastModifiedTime(store.resolve(KgStore.LOCK_FILE),
                    java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
            assertTrue(KgStore.lockHolder(store).isEmpty(), "a process younger than the lock does not hold it");
            try (KgStore s = KgStore.open(store)) {
                assertTrue(s.isEmpty());
            }
            // a lock written after its process started is that process's (TDB2 itself then refuses other processes;
            // this JVM keeps its own connection to the store, so only the holder is checked here)
            java.nio.file.Files.writeString(store.resolve(KgStore.LOCK_FILE), Long.toString(later.pid()));
            assertEquals(later.pid(), KgStore.lockHolder(store).orElse(-1));
        } finally {
            later.destroy();
            java.nio.file.Files.deleteIfExists(store.resolve(KgStore.LOCK_FILE));
        }
    }

    @Test
    void aStoreWhoseCreationWasInterruptedIsCreatedAfresh(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("kg");
        try (KgStore s = KgStore.open(store)) {
            assertTrue(s.isEmpty());
        }
        assertFalse(java.nio.file.Files.exists(store.resolve(KgStore.CREATION_MARKER)), "the marker goes once the store is created");
        // a kill while TDB2 created the files: the marker stays, beside files that cannot be opened
        Path half = dir.resolve("half");
        java.nio.file.Files.createDirectories(half.resolve("Data-0001"));
        java.nio.file.Files.writeString(half.resolve(KgStore.CREATION_MARKER), "store creation started by pid 1\n");
        java.nio.file.Files.write(half.resolve("Data-0001").resolve("GSPG.dat"), new byte[] {1, 2, 3});
        try (KgStore s = KgStore.open(half)) {
            assertTrue(s.isEmpty());
        }
        assertFalse(java.nio.file.Files.exists(half.resolve(KgStore.CREATION_MARKER)));
    }
}
