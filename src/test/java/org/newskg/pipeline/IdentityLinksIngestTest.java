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
 * back) are the links {@link IdentityLinks#update} recomputes from the finished store, graph for graph.
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
                IdentityLinks.graph("秦雅楠")), written.keySet(), "张华 is one person: no graph");
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
