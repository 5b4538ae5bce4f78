package org.newskg.export;

import static org.junit.jupiter.api.Assertions.*;
import static org.newskg.pipeline.DivisionFixtures.*;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Iris;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.store.KgStore;

/**
 * Containment between divisions comes out of the export although it is stated once, in the divisions graph: weighted
 * and dated by the articles touching the child division, the same network as when every article graph carried its
 * divisions.
 */
class StoreExporterDivisionsTest {
    private static final String ARTICLE = Iris.ARTICLE_NS;

    private static CollectingWriter export(KgStore store) {
        CollectingWriter w = new CollectingWriter();
        new StoreExporter(store.dataset()).assemble(Selection.all()).writeTo(w);
        return w;
    }

    private static String division(String code) {
        return Iris.division(code).getURI();
    }

    /** Edges with their articles in a fixed order (the assembler keeps the order it met them in). */
    private static Set<String> edges(CollectingWriter w) {
        return w.edges.stream().map(e -> e.source() + " " + e.relation() + " " + e.target() + " " + e.weight() + " "
                + e.firstDate() + ".." + e.lastDate() + " " + new TreeSet<>(e.articles())).collect(Collectors.toSet());
    }

    private static Set<ExportNode> nodes(CollectingWriter w) {
        return Set.copyOf(w.nodes);
    }

    @Test
    void containmentEdgesAreWeightedByTheArticlesTouchingTheChild() {
        try (KgStore store = KgStore.inMemory()) {
            ingest(store, articles(), IngestPipeline.Options.defaults());
            CollectingWriter w = export(store);
            ExportEdge huguan = w.edge(division(HUGUAN), division(CHANGZHI), "partOf");
            assertEquals(List.of(ARTICLE + "d1", ARTICLE + "d2"), List.copyOf(new TreeSet<>(huguan.articles())),
                    "d1 names 壶关县, d2 locates an organisation there");
            assertEquals("2025-01-02", huguan.firstDate());
            assertEquals("2025-02-03", huguan.lastDate());
            assertEquals(3, w.edge(division(CHANGZHI), division(SHANXI), "partOf").weight());
            assertEquals(1, w.edge(division(PINGSHUN), division(CHANGZHI), "partOf").weight());
            // stated by d1's text and by the divisions graph: still one edge, one article
            assertEquals(List.of(ARTICLE + "d1"), w.edge(division(DIANSHANG), division(HUGUAN), "partOf").articles());
            assertEquals(1, w.edges.stream().filter(e -> e.relation().equals("partOf") && e.source().equals(division(DIANSHANG))).count());
            for (ExportEdge e : w.edges)
                assertFalse(e.articles().contains(Iris.DIVISIONS_GRAPH), "the divisions graph is no article: " + e);
        }
    }

    @Test
    void theNetworkIsTheSameAsWhenEachArticleGraphCarriedItsDivisions() {
        try (KgStore shared = KgStore.inMemory(); KgStore each = KgStore.inMemory()) {
            ingest(shared, articles(), IngestPipeline.Options.defaults());
            writeEachWithItsDivisions(each, articles());
            CollectingWriter now = export(shared), before = export(each);
            assertFalse(now.edges.isEmpty());
            assertEquals(edges(before), edges(now));
            assertEquals(nodes(before), nodes(now));
            // and after deleting an article: its divisions stay described, but no longer in the network
            assertTrue(shared.deleteGraph(graph("d3")));
            assertTrue(each.deleteGraph(graph("d3")));
            CollectingWriter nowAfter = export(shared), beforeAfter = export(each);
            assertEquals(edges(beforeAfter), edges(nowAfter));
            assertEquals(nodes(beforeAfter), nodes(nowAfter));
            assertTrue(nowAfter.nodes.stream().noneMatch(n -> n.id().equals(division(PINGSHUN))), "平顺县 is left out");
            assertEquals(2, nowAfter.edge(division(CHANGZHI), division(SHANXI), "partOf").weight());
        }
    }

    @Test
    void aPlaceSelectionFollowsContainmentInTheDivisionsGraph() {
        try (KgStore store = KgStore.inMemory()) {
            ingest(store, articles(), IngestPipeline.Options.defaults());
            CollectingWriter w = new CollectingWriter();
            new StoreExporter(store.dataset()).assemble(new Selection(List.of(), 1, "长治市", Set.of(), null, null, Set.of(), 0, null))
                    .writeTo(w);
            Set<String> ids = w.nodes.stream().map(ExportNode::id).collect(Collectors.toSet());
            assertTrue(ids.containsAll(Set.of(division(CHANGZHI), division(HUGUAN), division(DIANSHANG), division(PINGSHUN),
                    Iris.entity("org/壶关县文旅局").getURI())), ids.toString());
            assertFalse(ids.contains(division(SHANXI)), "the province is not inside 长治市");
        }
    }
}
