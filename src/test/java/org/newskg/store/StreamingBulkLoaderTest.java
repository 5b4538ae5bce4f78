package org.newskg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming bulk load gives the store that write transactions give, whatever the block size. */
class StreamingBulkLoaderTest {
    /** Graphs sharing subjects, predicates and objects (so the node table is shared), with literals of many kinds. */
    static List<Map.Entry<Node, Graph>> graphs(int n) {
        List<Map.Entry<Node, Graph>> out = new ArrayList<>();
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Node refers = NodeFactory.createURI("https://w3id.org/newskg/ns#refersTo");
        for (int i = 0; i < n; i++) {
            Node g = NodeFactory.createURI("https://example.org/article/a" + i);
            Graph graph = GraphFactory.createDefaultGraph();
            for (int k = 0; k < 7; k++) {
                Node person = NodeFactory.createURI("https://example.org/person/p" + ((i * 3 + k) % 11));
                graph.add(person, label, NodeFactory.createLiteralString("郭志毅" + ((i + k) % 5)));
                graph.add(NodeFactory.createURI(g.getURI() + "#char=" + k + "," + (k + 3)), refers, person);
            }
            graph.add(g, NodeFactory.createURI("http://schema.org/wordCount"),
                    NodeFactory.createLiteralDT(Integer.toString(i), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            out.add(Map.entry(g, graph));
        }
        return out;
    }

    /** The store's quads but those of the statistics graphs (the raw loader writes article graphs only). */
    static DatasetGraph copy(KgStore s) {
        DatasetGraph mem = DatasetGraphFactory.createGeneral();
        Txn.executeRead(s.datasetGraph(), () -> s.datasetGraph().find().forEachRemaining(q -> {
            if (!Statistics.isStatisticsGraph(q.getGraph())) mem.add(q);
        }));
        return mem;
    }

    static void assertSameQuads(DatasetGraph expected, DatasetGraph actual) {
        List<Quad> a = new ArrayList<>(), b = new ArrayList<>();
        expected.find().forEachRemaining(a::add);
        actual.find().forEachRemaining(b::add);
        assertEquals(new java.util.HashSet<>(a), new java.util.HashSet<>(b));
        assertEquals(a.size(), b.size());
    }

    @Test
    void blocksOfAnySizeGiveTheQuadsOfTransactions(@TempDir Path dir) {
        List<Map.Entry<Node, Graph>> graphs = graphs(40);
        DatasetGraph expected;
        try (KgStore s = KgStore.open(dir.resolve("txn"))) {
            s.replaceGraphs(graphs);
            expected = copy(s);
        }
        assertEquals(40 * 15, Iterables.count(expected));
        for (int block : new int[] {1, 7, 100_000}) {
            Path p = dir.resolve("bulk" + block);
            try (KgStore s = KgStore.open(p)) {
                StreamingBulkLoader loader = new StreamingBulkLoader(s.datasetGraph(), block);
                for (Map.Entry<Node, Graph> e : graphs) e.getValue().find().forEachRemaining(t -> loader.add(Quad.create(e.getKey(), t)));
                loader.finish();
                assertEquals(600, loader.quads());
                assertSameQuads(expected, copy(s));
                assertEquals(600, Iterables.count(copy(s).find()));
            }
            try (KgStore s = KgStore.open(p)) { // and on disk, after reopening
                assertSameQuads(expected, copy(s));
                // every index answers: by graph, by subject, by object
                Node person = NodeFactory.createURI("https://example.org/person/p3");
                long bySubject = Txn.calculateRead(s.datasetGraph(), () -> Iterables.count(s.datasetGraph().find(Node.ANY, person, Node.ANY, Node.ANY)));
                long byObject = Txn.calculateRead(s.datasetGraph(), () -> Iterables.count(s.datasetGraph().find(Node.ANY, Node.ANY, Node.ANY, person)));
                assertEquals(Iterables.count(expected.find(Node.ANY, person, Node.ANY, Node.ANY)), bySubject);
                assertEquals(Iterables.count(expected.find(Node.ANY, Node.ANY, Node.ANY, person)), byObject);
                assertTrue(bySubject > 0 && byObject > 0);
            }
        }
    }

    /** Whole graphs (predicates and classes looked up in the loader's own memo) give the quads of transactions too. */
    @Test
    void graphsGiveTheQuadsOfTransactions(@TempDir Path dir) {
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        List<Map.Entry<Node, Graph>> graphs = graphs(30);
        for (int i = 0; i < graphs.size(); i++) {
            Graph g = graphs.get(i).getValue();
            // classes, and a class also used as a subject and as the object of another predicate
            g.add(graphs.get(i).getKey(), type, NodeFactory.createURI("https://example.org/Class" + (i % 4)));
            g.add(NodeFactory.createURI("https://example.org/Class" + (i % 4)), NodeFactory.createURI("https://example.org/seen"),
                    NodeFactory.createURI("https://example.org/Class" + ((i + 1) % 4)));
        }
        DatasetGraph expected;
        try (KgStore s = KgStore.open(dir.resolve("txn"))) {
            s.replaceGraphs(graphs);
            expected = copy(s);
        }
        try (KgStore s = KgStore.open(dir.resolve("bulk"))) {
            StreamingBulkLoader loader = new StreamingBulkLoader(s.datasetGraph(), 7);
            for (Map.Entry<Node, Graph> e : graphs) loader.addGraph(e.getKey(), e.getValue());
            loader.finish();
            assertEquals(30 * 17, loader.quads());
            assertSameQuads(expected, copy(s));
            Node c1 = NodeFactory.createURI("https://example.org/Class1");
            assertEquals(Iterables.count(expected.find(Node.ANY, Node.ANY, type, c1)),
                    Txn.calculateRead(s.datasetGraph(), () -> Iterables.count(s.datasetGraph().find(Node.ANY, Node.ANY, type, c1))));
        }
    }

    @Test
    void theStoreTakesTransactionsAfterTheLoad(@TempDir Path dir) {
        List<Map.Entry<Node, Graph>> graphs = graphs(10);
        try (KgStore s = KgStore.open(dir); KgStore.BulkLoad load = s.startBulkLoad()) {
            for (Map.Entry<Node, Graph> e : graphs.subList(0, 5)) load.add(e.getKey(), e.getValue());
            load.finish();
            assertEquals(graphs.subList(5, 10).stream().mapToLong(e -> e.getValue().size()).sum(), s.replaceGraphs(graphs.subList(5, 10)));
            assertEquals(0, s.replaceGraphs(graphs.subList(0, 2)), "replacing graphs by the same: no net change");
            assertEquals(150, Iterables.count(copy(s).find()));
        }
    }

    @Test
    void aQuadOfTheDefaultGraphIsRefused(@TempDir Path dir) {
        try (KgStore s = KgStore.open(dir)) {
            StreamingBulkLoader loader = new StreamingBulkLoader(s.datasetGraph(), 10);
            Node x = NodeFactory.createURI("http://example.org/x");
            assertThrows(IllegalArgumentException.class, () -> loader.add(Quad.create(Quad.defaultGraphIRI, x, x, x)));
            loader.finish();
        }
    }

    private static final class Iterables {
        static long count(DatasetGraph d) {
            return count(d.find());
        }

        static long count(java.util.Iterator<?> it) {
            long n = 0;
            for (; it.hasNext(); it.next()) n++;
            return n;
        }
    }
}
