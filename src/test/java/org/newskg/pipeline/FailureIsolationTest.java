package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestConfig;
import org.newskg.ingest.Skipped;
import org.newskg.link.LinkedArticle;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.MappedArticle;
import org.newskg.store.KgStore;

/**
 * Nothing lost silently, nothing hung: an error of any kind in one article's stages is a skip record and the run
 * goes on; a writer that dies (out of memory injected into its transaction) ends the run promptly with the write
 * lock released, the committed articles in the store and the last of them named.
 */
class FailureIsolationTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    private static Article article(int i, String text) {
        return new Article("a" + i, "batch", null, null, null, null, null, text, "batch.jsonl", i);
    }

    private static LinkedArticle linked(Article a, Extraction x) {
        return new LinkedArticle(a, x, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** One triple per article, in the graph named after it. */
    private static MappedArticle mapped(LinkedArticle la) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI("urn:article:" + la.article().id()),
                NodeFactory.createURI("urn:p:text"), NodeFactory.createLiteralString(la.article().text())));
        return new MappedArticle(ArticleMapper.graphName(la.article().id()), g);
    }

    private static ArticlePipeline stages(Extractor extractor, Function<LinkedArticle, MappedArticle> mapper) {
        return new ArticlePipeline(IngestConfig.defaults(), extractor, FailureIsolationTest::linked, mapper);
    }

    private static IngestPipeline.Summary ingest(KgStore store, ArticlePipeline stages, IngestPipeline.Options options, List<Article> articles) {
        return new IngestPipeline(store, stages, options, null).run((sink, skipped) -> articles.forEach(sink));
    }

    private static Set<String> storedIds(KgStore store, int upTo) {
        Set<String> ids = new TreeSet<>();
        for (int i = 1; i <= upTo; i++) if (store.containsGraph(ArticleMapper.graphName("a" + i))) ids.add("a" + i);
        return ids;
    }

    @Test
    void anErrorOfAnyKindInOneArticleIsASkipRecordAndTheRunGoesOn() {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= 8; i++) articles.add(article(i, "正文" + i));
        articles.set(2, article(3, "x".repeat(600_000))); // under the size limit, yet out of memory in the extractor
        articles.set(4, article(5, "栈")); // a stack overflow
        articles.set(6, article(7, "错")); // an assertion error (an Error that is not a VirtualMachineError)
        Extractor extractor = a -> {
            if (a.text().length() > 1000) throw new OutOfMemoryError("Java heap space");
            if (a.text().equals("栈")) throw new StackOverflowError();
            if (a.text().equals("错")) throw new AssertionError("a bug");
            return Extraction.empty();
        };
        try (KgStore store = KgStore.inMemory()) {
            IngestPipeline.Summary s = assertTimeoutPreemptively(BOUND,
                    () -> ingest(store, stages(extractor, FailureIsolationTest::mapped), new IngestPipeline.Options(2, 2, 8), articles));
            assertEquals(5, s.articles(), s.render());
            assertEquals(Set.of("a1", "a2", "a4", "a6", "a8"), storedIds(store, 8));
            List<String> skipped = s.skipped().stream().map(Skipped::toString).sorted().toList();
            assertEquals(3, skipped.size(), s.render());
            assertEquals("batch.jsonl:3 (article a3): article too large for the heap: 586 KB (600000 characters; Java heap space)", skipped.get(0));
            assertTrue(skipped.get(1).startsWith("batch.jsonl:5 (article a5): extraction failed: java.lang.StackOverflowError"), skipped.get(1));
            assertTrue(skipped.get(2).startsWith("batch.jsonl:7 (article a7): extraction failed: java.lang.AssertionError: a bug"), skipped.get(2));
        }
    }

    @Test
    void anArticleOverTheSizeLimitIsSkippedBeforeExtraction() {
        AtomicBoolean extractedBig = new AtomicBoolean();
        Extractor extractor = a -> {
            if (a.text().length() > ArticlePipeline.MAX_ARTICLE_CHARS) extractedBig.set(true);
            return Extraction.empty();
        };
        List<Article> articles = List.of(article(1, "短文"), article(2, "长".repeat(ArticlePipeline.MAX_ARTICLE_CHARS + 1)),
                article(3, "长".repeat(ArticlePipeline.MAX_ARTICLE_CHARS)));
        try (KgStore store = KgStore.inMemory()) {
            IngestPipeline.Summary s = ingest(store, stages(extractor, FailureIsolationTest::mapped), new IngestPipeline.Options(1, 4, 4), articles);
            assertFalse(extractedBig.get());
            assertEquals(2, s.articles());
            assertEquals(Set.of("a1", "a3"), storedIds(store, 3));
            assertEquals(List.of("batch.jsonl:2 (article a2): article too long: 1,000,001 characters (3 MB), the limit is 1,000,000 characters"),
                    s.skipped().stream().map(Skipped::toString).toList());
        }
    }

    @Test
    void predictionsSkipWhatFailsToo() {
        Extractor extractor = a -> {
            if (a.text().equals("坏")) throw new OutOfMemoryError("Java heap space");
            return Extraction.empty();
        };
        List<Skipped> skipped = new ArrayList<>();
        ArticlePipeline p = stages(extractor, FailureIsolationTest::mapped);
        StringBuilder out = new StringBuilder();
        for (Article a : List.of(article(1, "好"), article(2, "坏"))) {
            String line = Predictions.predict(p, a, skipped::add);
            if (line != null) out.append(line).append('\n');
        }
        assertEquals(1, out.toString().lines().count());
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).toString().startsWith("batch.jsonl:2 (article a2): article too large for the heap"), skipped.toString());
    }

    /** A graph whose triples cannot be read: the writer's transaction runs out of memory while copying it. */
    private static Graph exploding(Graph g) {
        return new GraphWrapper(g) {
            @Override
            public ExtendedIterator<Triple> find() {
                throw new OutOfMemoryError("Java heap space (injected)");
            }
        };
    }

    @Test
    void aWriterThatRunsOutOfMemoryStopsTheRunCleanly(@TempDir Path dir) {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= 40; i++) articles.add(article(i, "正文" + i));
        // the 5th batch (batches of one article, one worker: the 5th article) fails inside its write transaction
        Function<LinkedArticle, MappedArticle> mapper = la -> {
            MappedArticle m = mapped(la);
            return la.article().id().equals("a5") ? new MappedArticle(m.graphName(), exploding(m.graph())) : m;
        };
        try (KgStore store = KgStore.open(dir)) {
            IngestPipeline.WriterFailed e = assertTimeoutPreemptively(BOUND, () -> assertThrows(IngestPipeline.WriterFailed.class,
                    () -> ingest(store, stages(a -> Extraction.empty(), mapper), new IngestPipeline.Options(1, 1, 4), articles)));
            assertEquals("batch.jsonl:4 (article a4)", e.lastCommitted());
            assertTrue(e.getMessage().startsWith("store writer failed: out of memory (Java heap space (injected)); ingest stopped; "
                    + "the last committed article was batch.jsonl:4 (article a4) (4 articles committed in this run)"), e.getMessage());
            assertInstanceOf(OutOfMemoryError.class, e.getCause());
            // the lock was released: this thread can write at once
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> store.deleteGraph(ArticleMapper.graphName("none")));
            assertEquals(Set.of("a1", "a2", "a3", "a4"), storedIds(store, 40));
        }
        try (KgStore again = KgStore.open(dir)) {
            assertEquals(Set.of("a1", "a2", "a3", "a4"), storedIds(again, 40));
            assertEquals(4, again.quadCount());
        }
    }

    @Test
    void aWriterFailureInALaterBatchWithSeveralWorkersStillEndsTheRun() {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= 500; i++) articles.add(article(i, "正文" + i));
        Function<LinkedArticle, MappedArticle> mapper = la -> {
            MappedArticle m = mapped(la);
            return la.article().id().equals("a200") ? new MappedArticle(m.graphName(), exploding(m.graph())) : m;
        };
        try (KgStore store = KgStore.inMemory()) {
            IngestPipeline.WriterFailed e = assertTimeoutPreemptively(BOUND, () -> assertThrows(IngestPipeline.WriterFailed.class,
                    () -> ingest(store, stages(a -> Extraction.empty(), mapper), new IngestPipeline.Options(2, 16, 8), articles)));
            assertFalse(store.containsGraph(ArticleMapper.graphName("a200")));
            assertNotNull(e.lastCommitted(), e.getMessage());
            String last = e.lastCommitted().replaceAll(".*article (a\\d+)\\)$", "$1");
            assertTrue(store.containsGraph(ArticleMapper.graphName(last)), last);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> store.deleteGraph(ArticleMapper.graphName("none")));
        }
    }
}
