package org.newskg.pipeline;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newskg.eval.PredictionWriter;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.extract.Mention;
import org.newskg.extract.NewsExtractor;
import org.newskg.gazetteer.ReferenceData;
import org.newskg.ingest.Article;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.IngestConfig;
import org.newskg.ingest.Skipped;
import org.newskg.link.DefaultLinker;
import org.newskg.link.Entity;
import org.newskg.link.LinkedArticle;
import org.newskg.link.Linker;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.MappedArticle;

/**
 * The stages composed once: article → extraction → linked article → RDF graph. Every command that turns articles
 * into results (ingest, extract, eval, bench, and the Spark job) goes through this class, so they cannot chain the
 * stages differently. Immutable and thread-safe; each method is a pure function of the article.
 */
public final class ArticlePipeline {
    /**
     * Longest article text (in characters) that is extracted: longer ones are skipped with a reason before
     * extraction (not split: an article's offsets, ids and mentions are of one text). Measured on the 2-core machine
     * with the launcher's default heap (-Xmx2g), one article alone: 250,000 characters took 27 s and 1.2 GB resident,
     * 1,000,000 characters 46 s and 1.7 GB resident; a 900,000-character article passed with -Xmx600m and ran out
     * of memory with -Xmx300m (then it is a skip record, see {@link #failureReason}). Beyond the limit a run spends
     * minutes on one text and two such articles on two workers need the heap twice over. Real news articles are under
     * 20,000 characters.
     */
    public static final int MAX_ARTICLE_CHARS = 1_000_000;

    /** The skip reason for an article longer than {@link #MAX_ARTICLE_CHARS}, or null when it is not. */
    private static String tooLong(Article article) {
        int n = article.text().length();
        return n <= MAX_ARTICLE_CHARS ? null : String.format(java.util.Locale.ROOT,
                "article too long: %,d characters (%s), the limit is %,d characters", n, megabytes(article.text()), MAX_ARTICLE_CHARS);
    }

    /**
     * The skip reason for an article whose processing threw {@code e}: for an out-of-memory error, the article's
     * size ("article too large for the heap: 50 MB"), else the error.
     */
    private static String failureReason(Article article, Throwable e) {
        if (e instanceof OutOfMemoryError)
            return "article too large for the heap: " + megabytes(article.text()) + " (" + article.text().length()
                    + " characters; " + e.getMessage() + ")";
        return "extraction failed: " + e;
    }

    /**
     * Runs {@code work} on one article in isolation: an article longer than {@link #MAX_ARTICLE_CHARS}, or one whose
     * work throws anything (out of memory, stack overflow, a bug in a stage), becomes one skip record naming it
     * ({@link #where}) with the reason, and the result is null. Used by every caller that runs the stages on a
     * stream of articles (ingest, extract, eval), so they report failures alike.
     */
    public static <T> T isolated(Article article, Function<Article, T> work, Consumer<Skipped> skipped) {
        String tooLong = tooLong(article);
        if (tooLong != null) {
            skipped.accept(new Skipped(where(article), tooLong));
            return null;
        }
        try {
            return work.apply(article);
        } catch (Throwable e) { // out of memory, stack overflow, a bug in a stage: this article only
            skipped.accept(new Skipped(where(article), failureReason(article, e)));
            return null;
        }
    }

    /** Where an article came from, for messages: {@code file:line (article id)}, or {@code article id}. */
    public static String where(Article a) {
        return a.file() == null ? "article " + a.id()
                : a.file() + (a.line() > 0 ? ":" + a.line() : "") + " (article " + a.id() + ")";
    }

    /** The size of a text in UTF-8, in MB (counted without encoding it). */
    private static String megabytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes >= 1 << 20 ? Math.round(bytes / (double) (1 << 20)) + " MB" : Math.round(bytes / 1024.0) + " KB";
    }

    /** One article through all the stages. */
    public record Processed(Article article, LinkedArticle linked, MappedArticle mapped) {}

    private final IngestConfig ingest;
    private final Extractor extractor;
    private final Linker linker;
    private final Function<LinkedArticle, MappedArticle> mapper;

    /**
     * A pipeline of the given stages (tests give their own; {@link #create} builds the real ones).
     *
     * @param ingest how files are read ({@link #reader()})
     */
    public ArticlePipeline(IngestConfig ingest, Extractor extractor, Linker linker,
                           Function<LinkedArticle, MappedArticle> mapper) {
        this.ingest = Objects.requireNonNull(ingest, "ingest config");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.linker = Objects.requireNonNull(linker, "linker");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The real stages over the given reference data. */
    public static ArticlePipeline create(PipelineConfig config, ReferenceData reference) {
        return new ArticlePipeline(config.ingest(), new NewsExtractor(config.extract(), reference),
                new DefaultLinker(config.link(), reference), new ArticleMapper()::map);
    }

    /**
     * Builds the real stages on other threads (HanLP's dictionaries and the gazetteer load while the caller opens
     * its store), the extractor warmed up. {@link #await} waits for it.
     */
    public static CompletableFuture<ArticlePipeline> start(PipelineConfig config) {
        CompletableFuture<ReferenceData> reference = CompletableFuture.supplyAsync(ReferenceData::bundled);
        CompletableFuture<NewsExtractor> extractor = reference.thenApplyAsync(r -> {
            NewsExtractor x = new NewsExtractor(config.extract(), r);
            x.warmUp();
            return x;
        });
        CompletableFuture<Linker> linker = reference.thenApplyAsync(r -> new DefaultLinker(config.link(), r));
        return extractor.thenCombine(linker, (x, l) -> new ArticlePipeline(config.ingest(), x, l, new ArticleMapper()::map));
    }

    /** The pipeline {@link #start} is building, or the failure that stopped it (as thrown by the stage). */
    public static ArticlePipeline await(CompletableFuture<ArticlePipeline> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** A reader of corpus files with this pipeline's reading options. */
    public CorpusReader reader() {
        return new CorpusReader(ingest);
    }

    public Extractor extractor() {
        return extractor;
    }

    public Extraction extract(Article article) {
        return extractor.extract(article);
    }

    /** Extraction and linking. */
    public LinkedArticle link(Article article) {
        return linker.link(article, extractor.extract(article));
    }

    /** Extraction, linking and mapping to RDF. */
    public Processed process(Article article) {
        LinkedArticle linked = link(article);
        return new Processed(article, linked, mapper.apply(linked));
    }

    /**
     * One line of the evaluation's prediction format (JSON, no line break) for the article: what was extracted,
     * with each mention's division code and entity IRI from linking.
     */
    public String prediction(Article article) {
        LinkedArticle la = link(article);
        Extraction x = la.extraction();
        Map<Mention, String[]> links = new IdentityHashMap<>();
        for (int i = 0; i < x.mentions().size(); i++) {
            Entity e = la.entities().get(la.mentionKeys().get(i));
            if (e != null) links.put(x.mentions().get(i), new String[] {e.code(), Iris.entity(e.key()).getURI()});
        }
        return PredictionWriter.toJsonLine(article.doc(), article, x, links::get);
    }
}
