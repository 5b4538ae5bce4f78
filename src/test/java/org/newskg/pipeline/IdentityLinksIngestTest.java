package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.Byline;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestConfig;
import org.newskg.link.Entity;
import org.newskg.link.LinkedArticle;
import org.newskg.rdf.ArticleMapper;
import org.newskg.store.KgStore;

/**
 * The possibly-same links an ingest into an empty store writes from the persons it saw (without reading the store
 * back), and those an ingest into a store with data or a delete merges into the stored identity graphs, are the
 * links {@link IdentityLinks#update} recomputes from the finished store, graph for graph, members included.
 */
class IdentityLinksIngestTest {
    private static final int ARTICLES = 90;
    private static final String TEXT = "王晓东与李明、张华、赵强会面。记者 秦雅楠";

    /**
     * Article {@code i}: 王晓东 in one of 45 contexts (more than {@link IdentityLinks#MAX_PER_NAME} namesakes, each
     * in two articles), 李明 in one of 3, 张华 always the same person (no link), 赵强 named in some articles but only
     * mentioned in others (his first article is the first mentioning him), 秦雅楠 credited by the byline only, in one
     * of two contexts. Ids are not in the order of {@code i}, so the first article of a person is not the first
     * ingested. {@code variant} changes the contexts (a new version of the article).
     */
    static LinkedArticle article(int i, int variant) {
        String id = String.format("p%03d", (i * 37) % ARTICLES);
        List<Mention> mentions = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        person(mentions, keys, entities, "王晓东", "c" + ((i + variant * 7) % 45), true);
        person(mentions, keys, entities, "李明", "k" + ((i + variant) % 3), true);
        person(mentions, keys, entities, "张华", "only", true);
        if (i % 5 == 0) person(mentions, keys, entities, "赵强", "z" + (i % 2), false);
        if (i % 5 == 1) person(mentions, keys, entities, "赵强", "z" + (i % 2), true);
        String credited = "person/秦雅楠/s" + ((i + variant) % 2);
        entities.put(credited, new Entity(credited, EntityType.Person, null, "秦雅楠", null, Set.of()));
        Byline byline = new Byline("秦雅楠", Byline.Role.reporter, TEXT.indexOf("秦雅楠"));
        Article a = new Article(id, id, null, "2025-01-" + String.format("%02d", 1 + i % 28), null, null, null, TEXT, null, 0);
        return new LinkedArticle(a, new Extraction(mentions, List.of(), List.of(), List.of(byline)), entities, keys,
                List.of(), List.of(), List.of(), List.of());
    }

    private static void person(List<Mention> mentions, List<String> keys, Map<String, Entity> entities, String name,
                               String context, boolean mentioned) {
        String key = "person/" + name + "/" + context;
        entities.put(key, new Entity(key, EntityType.Person, null, name, null, Set.of()));
        if (!mentioned) return;
        int start = TEXT.indexOf(name);
        mentions.add(new Mention(name, EntityType.Person, null, start, start + name.length()));
        keys.add(key);
    }

    static List<LinkedArticle> articles(int from, int to, int variant) {
        List<LinkedArticle> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(article(i, variant));
        return out;
    }

    /** Ingests the articles in order; an id given twice is written twice, each time in its version. */
    static IngestPipeline.Summary ingest(KgStore store, List<LinkedArticle> articles, IngestPipeline.Options options) {
        Map<String, Deque<LinkedArticle>> byId = new HashMap<>();
        for (LinkedArticle la : articles) byId.computeIfAbsent(la.article().id(), k -> new ArrayDeque<>()).add(la);
        ArticlePipeline stages = new ArticlePipeline(IngestConfig.defaults(), article -> Extraction.empty(), (article, x) -> {
            Deque<LinkedArticle> versions = byId.get(article.id());
            synchronized (versions) {
                return versions.size() > 1 ? versions.poll() : versions.peek();
            }
        }, new ArticleMapper()::map);
        return new IngestPipeline(store, stages, options, null).run((sink, skipped) -> articles.forEach(la -> sink.accept(la.article())));
    }

    /** Copies of the store's identity graphs, by name. */
    static Map<Node, Graph> identityGraphs(KgStore store) {
        Map<Node, Graph> out = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        Txn.executeRead(store.dataset(), () -> store.datasetGraph().listGraphNodes().forEachRemaining(g -> {
            if (!g.getURI().startsWith(IdentityLinks.GRAPH_PREFIX)) return;
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(g).find().forEachRemaining(copy::add);
            out.put(g, copy);
        }));
        return out;
    }

    /** The links in the store equal those {@link IdentityLinks#update} recomputes from its article graphs. */
    static void assertLinksAreRecomputed(KgStore store, IngestPipeline.Summary s) {
        Map<Node, Graph> written = identityGraphs(store);
        assertEquals(Set.of(IdentityLinks.graph("王晓东"), IdentityLinks.graph("李明"), IdentityLinks.graph("赵强"),
                IdentityLinks.graph("秦雅楠"), IdentityLinks.graph("张华")), written.keySet(), "张华 is one person: a member, no link");
        assertTrue(written.get(IdentityLinks.graph("张华")).find(Node.ANY, org.newskg.rdf.NK.possiblySameAs.asNode(), Node.ANY).toList().isEmpty());
        assertEquals(45, written.get(IdentityLinks.graph("王晓东")).find(Node.ANY, org.newskg.rdf.NK.firstArticle.asNode(), Node.ANY).toList().size(),
                "every namesake is a member, the 5 not paired too");
        assertTrue(IdentityLinks.recordsMembers(store), "the layout is stated");
        long quads = store.quadCount();
        IdentityLinks.Result again = IdentityLinks.update(store, Set.of("王晓东", "李明", "张华", "赵强", "秦雅楠"));
        assertEquals(s.possiblySame(), again.pairs(), s.render());
        assertEquals(40 * 39 / 2 + 3 + 1 + 1, again.pairs(), "王晓东: the first 40 of 45 namesakes by key");
        assertEquals(0, again.netQuads());
        assertEquals(quads, store.quadCount());
        Map<Node, Graph> recomputed = identityGraphs(store);
        assertEquals(recomputed.keySet(), written.keySet());
        for (Node g : written.keySet())
            assertTrue(written.get(g).isIsomorphicWith(recomputed.get(g)), () -> g + "\nwritten:\n" + written.get(g) + "\nrecomputed:\n" + recomputed.get(g));
    }

    @ParameterizedTest(name = "bulk {0}, {1} threads, batches of {2}")
    @CsvSource({"true, 2, 7", "true, 1, 256", "false, 2, 7", "false, 1, 256"})
    void intoAnEmptyStoreTheLinksComeFromTheRunAndEqualARecount(boolean bulk, int threads, int batch, @TempDir Path dir) {
        try (KgStore store = KgStore.open(dir)) {
            IngestPipeline.Summary s = ingest(store, articles(0, ARTICLES, 0), new IngestPipeline.Options(threads, batch, 8, bulk));
            assertEquals(ARTICLES, s.articles(), s.render());
            assertEquals(s.storeQuads(), store.quadCount() - DivisionsGraphTest.statisticsQuads(store), s.render());
            assertLinksAreRecomputed(store, s);
        }
    }

    /** A graph written twice in one run (the second replaces the first) and a store with data: read from the store. */
    @Test
    void anArticleReplacedInTheRunAndAStoreWithData(@TempDir Path dir) {
        try (KgStore store = KgStore.open(dir)) {
            List<LinkedArticle> twice = new ArrayList<>(articles(0, ARTICLES, 0));
            twice.addAll(articles(0, 30, 1));
            IngestPipeline.Summary s = ingest(store, twice, new IngestPipeline.Options(1, 16, 4, false));
            assertLinksAreRecomputed(store, s);
            IngestPipeline.Summary more = ingest(store, articles(20, 60, 2), new IngestPipeline.Options(2, 16, 8, true));
            assertEquals(-1, more.storeQuads(), "a store with data: no bulk load");
            assertLinksAreRecomputed(store, more);
        }
    }

    private static final Set<String> NAMES = Set.of("王晓东", "李明", "张华", "赵强", "秦雅楠");

    /** The store's identity graphs equal what {@link IdentityLinks#update} recomputes from its article graphs. */
    static void assertEqualsRecompute(KgStore store) {
        Map<Node, Graph> kept = identityGraphs(store);
        long quads = store.quadCount();
        IdentityLinks.Result again = IdentityLinks.update(store, NAMES);
        assertEquals(0, again.netQuads(), "a recompute changes nothing");
        assertEquals(quads, store.quadCount());
        Map<Node, Graph> recomputed = identityGraphs(store);
        assertEquals(recomputed.keySet(), kept.keySet());
        for (Node g : kept.keySet())
            assertTrue(kept.get(g).isIsomorphicWith(recomputed.get(g)), () -> g + "\nkept:\n" + kept.get(g) + "\nrecomputed:\n" + recomputed.get(g));
    }

    /** Identity graphs of two stores, compared graph by graph by isomorphism. */
    static void assertSameIdentityGraphs(KgStore expected, KgStore actual) {
        Map<Node, Graph> e = identityGraphs(expected), a = identityGraphs(actual);
        assertEquals(e.keySet(), a.keySet());
        for (Node g : e.keySet())
            assertTrue(e.get(g).isIsomorphicWith(a.get(g)), () -> g + "\nexpected:\n" + e.get(g) + "\nactual:\n" + a.get(g));
    }

    /**
     * Added in two runs (the second into a store with data: members merged, no article graph read) or in one: the same
     * identity graphs. The second run's articles come first by id for some persons (their first article moves).
     */
    @ParameterizedTest(name = "first run bulk {0}, split at {1}")
    @CsvSource({"true, 45", "false, 45", "true, 1", "false, 89"})
    void twoRunsGiveTheLinksOfOne(boolean bulk, int split, @TempDir Path one, @TempDir Path two) {
        try (KgStore whole = KgStore.open(one); KgStore parts = KgStore.open(two)) {
            ingest(whole, articles(0, ARTICLES, 0), new IngestPipeline.Options(2, 16, 8, true));
            ingest(parts, articles(0, split, 0), new IngestPipeline.Options(2, 16, 8, bulk));
            IngestPipeline.Summary s = ingest(parts, articles(split, ARTICLES, 0), new IngestPipeline.Options(2, 16, 8, true));
            assertEquals(-1, s.storeQuads(), "a store with data: no bulk load");
            assertSameIdentityGraphs(whole, parts);
            assertEquals(whole.quadCount(), parts.quadCount());
            assertEqualsRecompute(parts);
        }
    }

    /**
     * Deleting articles: their persons leave the members when no other article mentions them (赵强/z1 is mentioned
     * by the articles i % 10 == 1 alone), else their first article moves; the links equal a recompute after each.
     */
    @Test
    void deletedArticlesLeaveTheMembers(@TempDir Path dir) {
        try (KgStore store = KgStore.open(dir)) {
            ingest(store, articles(0, ARTICLES, 0), new IngestPipeline.Options(2, 16, 8, true));
            Node zhao1 = org.newskg.rdf.Iris.entity("person/赵强/z1");
            Node first = ArticleMapper.graphName(article(0, 0).article().id()); // p000, the first by id of all
            assertTrue(IdentityLinks.delete(store, first));
            assertFalse(IdentityLinks.delete(store, first), "gone already");
            assertEqualsRecompute(store);
            for (int i = 1; i < ARTICLES; i += 10) {
                assertTrue(IdentityLinks.delete(store, ArticleMapper.graphName(article(i, 0).article().id())));
                assertEqualsRecompute(store);
            }
            Graph zhao = identityGraphs(store).get(IdentityLinks.graph("赵强"));
            assertFalse(zhao.contains(zhao1, Node.ANY, Node.ANY), "no article mentions 赵强/z1 any more");
            assertEquals(1, zhao.find(Node.ANY, org.newskg.rdf.NK.firstArticle.asNode(), Node.ANY).toList().size());
            assertTrue(zhao.find(Node.ANY, org.newskg.rdf.NK.possiblySameAs.asNode(), Node.ANY).toList().isEmpty());
        }
    }

    /**
     * A store of the layout before ontology 1.6 (identity graphs without members, no layout statement) gets its
     * members from the article graphs at its next ingest, once; the links equal those of a store made in one run.
     */
    @Test
    void aStoreWithoutMembersGetsThemOnce(@TempDir Path one, @TempDir Path two) {
        try (KgStore whole = KgStore.open(one); KgStore old = KgStore.open(two)) {
            ingest(whole, articles(0, ARTICLES, 0), new IngestPipeline.Options(2, 16, 8, true));
            ingest(old, articles(0, 60, 0), new IngestPipeline.Options(2, 16, 8, true));
            // back to the older layout: links only, no members, no statement
            var dsg = old.datasetGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(IdentityLinks.LAYOUT_GRAPH, Node.ANY, Node.ANY, Node.ANY);
                for (String n : NAMES) dsg.deleteAny(IdentityLinks.graph(n), Node.ANY, org.newskg.rdf.NK.firstArticle.asNode(), Node.ANY);
            });
            assertFalse(IdentityLinks.recordsMembers(old));
            ingest(old, articles(60, ARTICLES, 0), new IngestPipeline.Options(2, 16, 8, true));
            assertTrue(IdentityLinks.recordsMembers(old));
            assertSameIdentityGraphs(whole, old);
            assertEqualsRecompute(old);
        }
    }

    /** One article graph's persons: typed persons with their labels, and what its mentions and bylines point to. */
    @Test
    void personsOfOneArticle() {
        var m = new ArticleMapper().map(article(0, 0));
        var p = IdentityLinks.ArticlePersons.of(m.graphName(), m.graph());
        assertEquals(new TreeSet<>(List.of("张华", "李明", "王晓东", "秦雅楠", "赵强")),
                new TreeSet<>(p.named().values().stream().flatMap(List::stream).toList()));
        assertEquals(5, p.named().size());
        assertEquals(4, p.referenced().size(), "赵强 is named but not mentioned in article 0");
        assertFalse(p.referenced().contains(org.newskg.rdf.Iris.entity("person/赵强/z0")));
        assertTrue(p.referenced().contains(org.newskg.rdf.Iris.entity("person/秦雅楠/s0")), "the byline's person");
    }
}
