package org.newskg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NK;
import org.newskg.rdf.Namespaces;

/**
 * The statistics graph equals a recount of the article graphs after every kind of write: ingest (transactions and
 * bulk), re-ingest (a changed article), delete, load of parts (bulk and transactional), and on a store made without
 * it; and its tallies hold the counts the curated queries' fixture gives by hand.
 */
class StatisticsTest {
    static final String ID = Iris.ID_NS;
    Node a1 = Iris.article("a1"), a2 = Iris.article("a2");
    Graph g1, g2, divisions;

    @TempDir Path tmp;

    @BeforeEach
    void fixture() throws Exception {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        try (InputStream in = StatisticsTest.class.getResourceAsStream("/queries/fixture.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(d);
        }
        g1 = copy(d.getGraph(a1));
        g2 = copy(d.getGraph(a2));
        divisions = copy(d.getGraph(Iris.divisionsGraph()));
    }

    static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    static void assertConsistent(KgStore store) {
        DatasetGraph dsg = store.datasetGraph();
        Set<Quad> stored = Txn.calculateRead(dsg, () -> Statistics.stored(dsg));
        Set<Quad> recounted = Txn.calculateRead(dsg, () -> Statistics.recounted(dsg));
        Set<Quad> missing = new java.util.TreeSet<>(java.util.Comparator.comparing(Quad::toString));
        missing.addAll(recounted);
        missing.removeAll(stored);
        Set<Quad> extra = new java.util.TreeSet<>(java.util.Comparator.comparing(Quad::toString));
        extra.addAll(stored);
        extra.removeAll(recounted);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "statistics graph = recount; missing " + missing + "; extra " + extra);
        assertFalse(stored.isEmpty());
    }

    static final String STATS = "<" + Iris.STATISTICS_GRAPH + ">";

    /** Articles mentioning an entity, or -1 when no count is stored. */
    static long entityCount(KgStore store, String entity) {
        return count(store, "GRAPH " + STATS + " { ?t nk:countOf <" + entity + "> } GRAPH ?g { ?t nk:articleCount ?n } FILTER(STRSTARTS(STR(?g), \""
                + Iris.STATISTICS_GRAPH + "/entity/\"))");
    }

    /** Articles of a month mentioning an entity (the count in the graph of the month), or -1. */
    static long monthlyCount(KgStore store, String entity, String month) {
        return count(store, "GRAPH " + STATS + " { ?t nk:countOf <" + entity + "> . ?g nk:month \"" + month + "\" } GRAPH ?g { ?t nk:articleCount ?n }");
    }

    /** Articles of a byline credit mentioning a place (the count in the graph of the credit), or -1. */
    static long bylineCount(KgStore store, String place, String role, String name) {
        return count(store, "GRAPH " + STATS + " { ?t nk:countOf <" + place + "> . ?g nk:creditedRole " + role + " ; nk:creditedName \""
                + name + "\" } GRAPH ?g { ?t nk:articleCount ?n }");
    }

    /** Articles mentioning a person and an organisation (the organisation's count in the person's graph of pairs), or -1. */
    static long pairCount(KgStore store, String person, String org) {
        return count(store, "GRAPH " + STATS + " { ?t nk:countOf <" + org + "> . ?g nk:pairPerson <" + person + "> } GRAPH ?g { ?t nk:articleCount ?n }");
    }

    /** The value of ?n of a SPARQL pattern, or -1 when nothing matches. */
    static long count(KgStore store, String pattern) {
        String q = Namespaces.sparqlPrologue() + "SELECT ?n WHERE { " + pattern + " }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(store.dataset()).build()) {
                var rs = qe.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("n").getLong() : -1L;
            }
        });
    }

    /** A pair's first and last dates as the queries read them (the last date is stated only when it differs). */
    static String pairDates(KgStore store, String person, String org) {
        String q = Namespaces.sparqlPrologue() + "SELECT ?f ?l WHERE { GRAPH " + STATS + " { ?t nk:countOf <" + org + "> . ?g nk:pairPerson <"
                + person + "> } GRAPH ?g { ?t nk:articleCount ?n OPTIONAL { ?t nk:firstDate ?f } OPTIONAL { ?t nk:lastDate ?last } "
                + "BIND(COALESCE(?last, ?f) AS ?l) } }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(store.dataset()).build()) {
                var rs = qe.execSelect();
                if (!rs.hasNext()) return "none";
                var s = rs.next();
                return (s.contains("f") ? s.getLiteral("f").getLexicalForm() : "-") + ".." + (s.contains("l") ? s.getLiteral("l").getLexicalForm() : "-");
            }
        });
    }

    /** True when the pair's tally states nk:lastDate. */
    static boolean statesLastDate(KgStore store, String person, String org) {
        return count(store, "GRAPH " + STATS + " { ?t nk:countOf <" + org + "> . ?g nk:pairPerson <" + person + "> } "
                + "GRAPH ?g { ?t nk:lastDate ?d } BIND(1 AS ?n)") == 1;
    }

    static final String GAO = ID + "person/郜振华/org/潞城区卫生健康局";
    static final String BUREAU = ID + "org/潞城区卫生健康局";

    @Test
    void ingestReingestAndDeleteKeepTheTalliesEqualToARecount() {
        try (KgStore store = KgStore.inMemory()) {
            store.replaceGraphs(List.of(Map.entry(a1, g1)));
            store.replaceGraphs(List.of(Map.entry(a2, g2)), List.of());
            assertConsistent(store);
            assertEquals(2, entityCount(store, GAO));
            assertEquals(1, monthlyCount(store, GAO, "2025-02"));
            assertEquals(2, bylineCount(store, ID + "place/140406", "nk:Reporter", "秦雅楠")
                    + bylineCount(store, ID + "place/140425", "nk:Reporter", "秦雅楠"));
            assertEquals(1, bylineCount(store, ID + "place/140425", "nk:Photographer", "贾文杰"));
            // persons and organisations are not counted per credit, only places
            assertEquals(-1, count(store, "GRAPH ?g { ?t nk:articleCount ?n } GRAPH " + STATS + " { ?t nk:countOf <" + GAO + "> . ?g nk:creditedRole ?r }"));
            assertEquals(2, pairCount(store, GAO, BUREAU));
            assertEquals("2025-01-02..2025-02-10", pairDates(store, GAO, BUREAU));
            assertTrue(statesLastDate(store, GAO, BUREAU), "two dates: nk:lastDate stated");

            // re-ingest a1 later, without its mention of the bureau: the pair loses a1 and its date
            Graph changed = copy(g1);
            changed.remove(a1, org.apache.jena.vocabulary.SchemaDO.datePublished.asNode(), Node.ANY);
            changed.delete(NodeFactory.createURI(ID + "article/a1#char=9,17"), NK.refersTo.asNode(), NodeFactory.createURI(BUREAU));
            changed.add(a1, org.apache.jena.vocabulary.SchemaDO.datePublished.asNode(),
                    NodeFactory.createLiteralDT("2025-03-05", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
            store.replaceGraphs(List.of(Map.entry(a1, changed)));
            assertConsistent(store);
            assertEquals(1, pairCount(store, GAO, BUREAU));
            assertEquals("2025-02-10..2025-02-10", pairDates(store, GAO, BUREAU));
            assertFalse(statesLastDate(store, GAO, BUREAU), "one date: no nk:lastDate beside nk:firstDate");
            assertEquals(1, monthlyCount(store, GAO, "2025-03"));
            assertEquals(-1, monthlyCount(store, GAO, "2025-01"));

            // the same graph again changes nothing
            store.replaceGraphs(List.of(Map.entry(a1, changed), Map.entry(a2, g2)));
            assertConsistent(store);

            assertTrue(store.deleteGraph(a2));
            assertConsistent(store);
            assertEquals(1, entityCount(store, GAO));
            assertEquals(-1, pairCount(store, GAO, BUREAU));
            assertTrue(store.deleteGraph(a1));
            DatasetGraph dsg = store.datasetGraph();
            assertTrue(Txn.calculateRead(dsg, () -> Statistics.stored(dsg)).isEmpty(), "no articles, no tallies");
        }
    }

    @Test
    void bulkLoadCountsAtItsEnd() {
        try (KgStore store = KgStore.open(tmp.resolve("bulk"))) {
            try (KgStore.BulkLoad bulk = store.startBulkLoad()) {
                bulk.add(a1, g1);
                bulk.add(a2, g2);
                bulk.finish();
            }
            assertConsistent(store);
            assertEquals(2, entityCount(store, GAO));
            // and a later transactional write goes on from there
            store.replaceGraphs(List.of(Map.entry(a2, g1Renamed("a2"))));
            assertConsistent(store);
        }
    }

    /** a1's triples as the graph of another article (its subject IRIs unchanged: enough for counting). */
    private Graph g1Renamed(String id) {
        Graph g = copy(g1);
        Node n = Iris.article(id);
        List.copyOf(g.find(a1, Node.ANY, Node.ANY).toList()).forEach(t -> {
            g.delete(t);
            g.add(n, t.getPredicate(), t.getObject());
        });
        return g;
    }

    /**
     * A store whose statistics have the layout of ontology 1.3 (a node of several triples per count), or whose
     * recount was interrupted, is found and recounted; a rebuild in transactions of a few quads gives the same graphs.
     */
    @Test
    void anOlderLayoutOrAnUnfinishedRecountIsRecountedInSmallTransactions() {
        try (KgStore store = KgStore.inMemory()) {
            DatasetGraph dsg = store.datasetGraph();
            store.replaceGraphs(List.of(Map.entry(a1, g1), Map.entry(a2, g2)));
            assertFalse(Txn.calculateRead(dsg, () -> Statistics.missing(dsg)));
            Node stats = Statistics.graph(), t = NodeFactory.createURI(ID + "stat/month/0123");
            Txn.executeWrite(dsg, () -> {
                dsg.add(stats, t, NK.monthlyCountOf.asNode(), NodeFactory.createURI(GAO));
                dsg.add(stats, t, NK.month.asNode(), NodeFactory.createLiteralString("2025-01"));
                dsg.add(stats, t, NK.articleCount.asNode(), NodeFactory.createLiteralDT("7", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            });
            assertTrue(Txn.calculateRead(dsg, () -> Statistics.missing(dsg)), "a 1.3 tally is found");
            long quads = Txn.calculateRead(dsg, () -> Statistics.quadCount(dsg));
            assertTrue(quads > 3 * 3, "more quads than transactions of 3: " + quads);
            assertTrue(Statistics.rebuild(store, 3) > 0);
            assertConsistent(store);
            assertFalse(Txn.calculateRead(dsg, () -> Statistics.missing(dsg)));
            assertEquals(2, entityCount(store, GAO));
            assertEquals(quads - 3, Txn.calculateRead(dsg, () -> Statistics.quadCount(dsg)), "the old tally gone, the rest as before");

        }
        Path dir = tmp.resolve("store");
        try (KgStore store = KgStore.open(dir)) {
            store.replaceGraphs(List.of(Map.entry(a1, g1), Map.entry(a2, g2)));
            DatasetGraph dsg = store.datasetGraph();
            Node stats = Statistics.graph();
            Txn.executeWrite(dsg, () -> dsg.add(stats, stats, NK.recounting.asNode(),
                    NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));
            assertTrue(Txn.calculateRead(dsg, () -> Statistics.missing(dsg)), "an unfinished recount is found");
        }
        try (KgStore store = KgStore.open(dir)) {
            store.replaceGraphs(List.of(Map.entry(a2, g2)));
            assertConsistent(store);
            DatasetGraph dsg = store.datasetGraph();
            assertFalse(Txn.calculateRead(dsg, () -> Statistics.missing(dsg)), "recounted at the first write after opening");
        }
    }

    @Test
    void aStoreMadeWithoutStatisticsIsRecountedAtItsFirstWrite() {
        try (KgStore store = KgStore.inMemory()) {
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeWrite(dsg, () -> {
                g1.find().forEachRemaining(t -> dsg.add(a1, t.getSubject(), t.getPredicate(), t.getObject()));
                g2.find().forEachRemaining(t -> dsg.add(a2, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            assertTrue(Txn.calculateRead(dsg, () -> Statistics.missing(dsg)));
            assertTrue(store.deleteGraph(a2));
            assertConsistent(store);
            assertEquals(1, entityCount(store, GAO));
            assertFalse(Txn.calculateRead(dsg, () -> Statistics.missing(dsg)));
        }
    }

    @Test
    void loadingPartsKeepsTheTalliesEqualToARecount() throws Exception {
        Path parts = tmp.resolve("parts");
        Files.createDirectories(parts.resolve("articles"));
        Files.createDirectories(parts.resolve("divisions"));
        writePart(parts.resolve("articles/part-0.nq.gz"), Map.of(a1, g1));
        writePart(parts.resolve("articles/part-1.nq.gz"), Map.of(a2, g2));
        writePart(parts.resolve("divisions/part-0.nq.gz"), Map.of(Iris.divisionsGraph(), divisions));
        try (KgStore store = KgStore.open(tmp.resolve("loaded"))) {
            PartsLoader.Result r = PartsLoader.load(store, PartsLoader.parts(parts), PartsLoader.Bulk.SEQUENTIAL, null);
            assertTrue(r.bulk());
            assertConsistent(store);
            assertEquals(2, entityCount(store, GAO));

            // into a store with data: transactions; a2 replaced by a copy of a1's content, a3 new
            Path more = tmp.resolve("more");
            Files.createDirectories(more.resolve("articles"));
            writePart(more.resolve("articles/part-0.nq.gz"), Map.of(a2, g1Renamed("a2"), Iris.article("a3"), g1Renamed("a3")));
            r = PartsLoader.load(store, PartsLoader.parts(more), PartsLoader.Bulk.SEQUENTIAL, null);
            assertFalse(r.bulk());
            assertConsistent(store);
            assertEquals(3, entityCount(store, GAO));
            assertEquals(3, pairCount(store, GAO, BUREAU));
            assertEquals("2025-01-02..2025-01-02", pairDates(store, GAO, BUREAU));
        }
    }

    @Test
    void aGraphSplitOverPartsIsRecountedAfterTheBulkLoad() throws Exception {
        Path parts = tmp.resolve("split");
        Files.createDirectories(parts);
        Graph first = GraphFactory.createDefaultGraph(), second = GraphFactory.createDefaultGraph();
        int[] i = {0};
        g1.find().forEachRemaining(t -> (i[0]++ % 2 == 0 ? first : second).add(t));
        writePart(parts.resolve("part-0.nq.gz"), Map.of(a1, first, a2, g2));
        writePart(parts.resolve("part-1.nq.gz"), Map.of(a1, second));
        try (KgStore store = KgStore.open(tmp.resolve("split-store"))) {
            assertTrue(PartsLoader.load(store, PartsLoader.parts(parts), PartsLoader.Bulk.SEQUENTIAL, null).bulk());
            assertConsistent(store);
            assertEquals(2, entityCount(store, GAO));
        }
    }

    private static void writePart(Path file, Map<Node, Graph> graphs) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            DatasetGraph d = DatasetGraphFactory.createGeneral();
            graphs.forEach(d::addGraph);
            RDFDataMgr.write(out, d, Lang.NQUADS);
        }
    }
}
