package org.newskg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by another process is named as such (with its pid); compaction gives back the dead space. */
class StoreLockAndCompactTest {
    @Test
    void aStoreHeldByAnotherProcessIsReportedWithItsPid(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Process holder = HoldStore.start(store);
        try {
            KgStore.StoreInUse e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(KgStore.StoreInUse.class, () -> KgStore.open(store)));
            assertEquals(holder.pid(), e.pid());
            assertEquals("store " + store + " is in use by another newskg process (pid " + holder.pid()
                    + "): stop it or use a different --store", e.getMessage());
            assertInstanceOf(org.newskg.InvalidInputException.class, e, "bad usage (exit 2), not an internal error");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) holder.destroyForcibly().waitFor();
        }
        try (KgStore s = KgStore.open(store)) { // free again once the holder has gone
            assertEquals(0, s.quadCount());
        }
    }

    private static Graph graph(int article, int version) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 50; i++)
            g.add(Triple.create(NodeFactory.createURI("urn:a" + article + "/m" + i), NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString("版本" + version + " 提及" + i + " " + "文".repeat(40))));
        return g;
    }

    @Test
    void compactionShrinksAStoreOfReplacedGraphsAndKeepsItsQuads(@TempDir Path dir) {
        long quads;
        KgStore.DiskSize[] sizes;
        try (KgStore s = KgStore.open(dir)) {
            for (int version = 0; version < 4; version++) { // every article replaced three times: dead space
                List<Map.Entry<Node, Graph>> graphs = new ArrayList<>();
                for (int a = 0; a < 100; a++) graphs.add(Map.entry(NodeFactory.createURI("urn:graph:" + a), graph(a, version)));
                s.replaceGraphs(graphs);
            }
            quads = s.quadCount();
            sizes = s.compact();
            assertEquals(quads, s.quadCount());
        }
        assertEquals(100 * 50, quads);
        assertTrue(sizes[1].bytes() < sizes[0].bytes(), "before " + sizes[0] + ", after " + sizes[1]);
        System.out.println("compaction: before " + sizes[0] + ", after " + sizes[1]);
        try (KgStore s = KgStore.open(dir)) {
            assertEquals(quads, s.quadCount());
            assertTrue(s.containsGraph(NodeFactory.createURI("urn:graph:99")));
            assertEquals(sizes[1].apparent(), s.diskSize().apparent());
        }
    }
}
