package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.*;
import static org.newskg.pipeline.DivisionFixtures.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.store.KgStore;
import org.newskg.link.LinkedArticle;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.MappedArticle;
import org.newskg.rdf.NK;
import org.newskg.rdf.Namespaces;
import org.newskg.rdf.Shapes;

/** The ingest writes division descriptions once per run into the shared divisions graph, beside the article graphs. */
class DivisionsGraphTest {
    private static final Set<String> CODES = Set.of(SHANXI, CHANGZHI, HUGUAN, DIANSHANG, PINGSHUN);

    /** Every description the mapper gives for the fixture articles, as one graph (repeats collapse). */
    private static Graph mappedDivisions() {
        Graph g = GraphFactory.createDefaultGraph();
        for (LinkedArticle la : articles()) new ArticleMapper().map(la).divisions().values().forEach(d -> d.forEach(g::add));
        return g;
    }

    @ParameterizedTest(name = "bulk {0}, batches of {1}")
    @CsvSource({"false, 1", "false, 256", "true, 1", "true, 256"})
    void eachDivisionIsWrittenOncePerRun(boolean bulk, int batch, @TempDir Path dir) {
        try (KgStore store = KgStore.open(dir)) {
            IngestPipeline.Summary s = ingest(store, articles(), new IngestPipeline.Options(2, batch, 8, bulk));
            assertEquals(3, s.articles(), s.render());
            assertEquals(CODES.size(), s.divisions(), "each division once, though d1 and d2 both touch 壶关县 and all three 长治市");
            long articleTriples = articles().stream().mapToLong(la -> new ArticleMapper().map(la).graph().size()).sum();
            Graph expected = mappedDivisions();
            assertEquals(articleTriples + expected.size(), s.triples(), "triples handed to the store: " + s.render());
            Graph divisions = divisionsGraph(store);
            assertTrue(divisions.isIsomorphicWith(expected), divisions::toString);
            long counted = store.quadCount() - statisticsQuads(store);
            // and the identity graphs' layout statement: these articles name no person, so no identity graph
            assertEquals(articleTriples + expected.size() + IdentityLinks.layoutGraph().size(), counted);
            assertEquals(counted, s.storeQuads(), "a fresh store: the run's own count (the statistics graph aside), kept without a scan, is exact");
            assertEquals(s.storeQuads(), s.netQuads());
            Txn.executeRead(store.dataset(), () -> {
                for (LinkedArticle la : articles()) {
                    Graph g = store.datasetGraph().getGraph(graph(la.article().id()));
                    assertTrue(g.isIsomorphicWith(new ArticleMapper().map(la).graph()), la.article().id());
                    assertFalse(g.contains(Node.ANY, RDF.type.asNode(), NK.AdministrativeDivision.asNode()),
                            la.article().id() + " describes no division");
                }
            });
        }
    }

    @Test
    void reingestingGivesTheSameStore() {
        try (KgStore store = KgStore.inMemory()) {
            ingest(store, articles(), new IngestPipeline.Options(1, 2, 4));
            long quads = store.quadCount();
            Graph divisions = divisionsGraph(store);
            IngestPipeline.Summary again = ingest(store, articles(), new IngestPipeline.Options(1, 2, 4));
            assertEquals(CODES.size(), again.divisions(), "a new run writes each division again (nothing is added)");
            assertEquals(quads, store.quadCount());
            assertEquals(-1, again.storeQuads(), "a store with data is not counted (that would read its whole index)");
            assertEquals(0, again.netQuads(), "the same articles again: replaced, nothing added");
            IngestPipeline.Summary part = ingest(store, articles().subList(0, 1), new IngestPipeline.Options(1, 2, 4));
            assertEquals(0, part.netQuads());
            assertTrue(divisionsGraph(store).isIsomorphicWith(divisions));
        }
    }

    @Test
    void addingToAStoreWithDataCountsTheNetChange() {
        try (KgStore store = KgStore.inMemory()) {
            ingest(store, articles().subList(0, 2), new IngestPipeline.Options(1, 2, 4));
            long before = store.quadCount() - statisticsQuads(store);
            IngestPipeline.Summary more = ingest(store, articles(), new IngestPipeline.Options(1, 2, 4));
            long after = store.quadCount() - statisticsQuads(store);
            assertTrue(after > before);
            assertEquals(after - before, more.netQuads(), "the statistics graph aside: " + more.render());
            assertTrue(more.render().contains(String.format("store quads: %+d (net change", more.netQuads())), more.render());
        }
    }

    @Test
    void deletingAnArticleLeavesTheDivisionsGraph() {
        try (KgStore store = KgStore.inMemory()) {
            ingest(store, articles(), IngestPipeline.Options.defaults());
            Graph divisions = divisionsGraph(store);
            long quads = store.quadCount() - statisticsQuads(store);
            long d3 = Txn.calculateRead(store.dataset(), () -> store.datasetGraph().getGraph(graph("d3")).size());
            assertTrue(store.deleteGraph(graph("d3")));
            assertFalse(store.containsGraph(graph("d3")));
            assertEquals(quads - d3, store.quadCount() - statisticsQuads(store));
            assertTrue(divisionsGraph(store).isIsomorphicWith(divisions), "平顺县 stays described");
            // the article is gone from the union too: only the divisions graph speaks of 平顺县 now
            assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?a { ?m nk:refersTo <" + Iris.division(PINGSHUN).getURI() + "> } }"));
        }
    }

    @Test
    void theStoreAndEachOfItsGraphsConformToTheShapes() {
        try (KgStore store = KgStore.inMemory()) {
            ingest(store, articles(), IngestPipeline.Options.defaults());
            ValidationReport r = Txn.calculateRead(store.dataset(), () -> Shapes.validate(store.datasetGraph().getUnionGraph()));
            assertTrue(r.conforms(), () -> r.getEntries().toString());
            ValidationReport divisions = Shapes.validate(divisionsGraph(store));
            assertTrue(divisions.conforms(), () -> divisions.getEntries().toString());
            for (LinkedArticle la : articles()) {
                ValidationReport one = Txn.calculateRead(store.dataset(),
                        () -> Shapes.validate(store.datasetGraph().getGraph(graph(la.article().id()))));
                assertTrue(one.conforms(), () -> la.article().id() + ": " + one.getEntries());
            }
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) { <" + Iris.division(DIANSHANG).getURI() + "> nk:partOf+ <"
                    + Iris.division(SHANXI).getURI() + "> }"));
            // article graphs: the three articles; the divisions graph is not one of them
            assertEquals(3, count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a nk:Article } }"));
        }
    }

    @Test
    void aDescriptionThatChangedReplacesTheStoredOne() {
        try (KgStore store = KgStore.inMemory()) {
            ingest(store, articles(), IngestPipeline.Options.defaults());
            long quads = store.quadCount();
            // the gazetteer renames 店上镇: the next run's description replaces the old one instead of adding a label
            MappedArticle m = new ArticleMapper().map(articles().get(0));
            Node dianshang = Iris.division(DIANSHANG);
            List<Triple> renamed = m.divisions().get(DIANSHANG).stream()
                    .map(t -> t.getPredicate().equals(RDFS.label.asNode())
                            ? Triple.create(dianshang, t.getPredicate(), NodeFactory.createLiteralString("店上新镇"))
                            : t).toList();
            store.replaceGraphs(List.of(), List.of(renamed));
            assertEquals(quads, store.quadCount());
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) { GRAPH <" + Iris.DIVISIONS_GRAPH + "> { <" + dianshang.getURI()
                    + "> rdfs:label ?l } }"));
            assertTrue(divisionsGraph(store).contains(dianshang, RDFS.label.asNode(),
                    NodeFactory.createLiteralString("店上新镇")));
            // a description about two divisions is refused, and nothing is written
            List<Triple> mixed = List.of(m.divisions().get(HUGUAN).get(0), m.divisions().get(SHANXI).get(0));
            assertThrows(IllegalArgumentException.class, () -> store.replaceGraphs(List.of(), List.of(mixed)));
            assertEquals(quads, store.quadCount());
        }
    }

    private static long count(KgStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(Namespaces.sparqlPrologue() + query).dataset(store.dataset()).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** Quads of the statistics graph (counts the store keeps beside the article graphs). */
    static long statisticsQuads(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> (long) org.newskg.store.Statistics.stored(store.datasetGraph()).size());
    }
}
