package org.newskg.pipeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.newskg.ingest.Article;
import org.newskg.ingest.Skipped;
import org.newskg.link.LinkedArticle;
import org.newskg.rdf.MappedArticle;
import org.newskg.store.KgStore;

/**
 * Runs articles through extract → link → RDF mapping on worker threads and writes the graphs to the store in
 * batched transactions from a single writer thread. Work in flight is bounded, so memory does not grow with the
 * corpus. An article that fails in any stage is skipped as a whole (nothing partial reaches the store).
 * Division descriptions go to the shared divisions graph with the first article touching each division, in the
 * same transaction (or bulk load) as that article; the writer keeps the codes written in this run, so each
 * division is written once per run.
 *
 * <p>Failures: anything thrown while extracting, linking or mapping one article ({@link Throwable}, out-of-memory
 * errors included) makes that article a skip record and the run goes on; an article longer than
 * {@link ArticlePipeline#MAX_ARTICLE_CHARS} is skipped before extraction. Anything thrown by the writer (out of
 * memory included) aborts its transaction on the writer thread, which releases the store's write lock; the reading
 * and the workers then stop and {@link #run} throws {@link WriterFailed} naming the last committed article.
 */
public final class IngestPipeline {

    /**
     * What one run did.
     *
     * @param firstArticleUptime JVM uptime in seconds when the first article had been extracted, linked and mapped
     *                           (the start-up cost of the whole command), or NaN when there was none
     * @param triples            triples handed to the store: the article graphs and the division descriptions
     * @param divisions          division descriptions written to the divisions graph (once each per run)
     * @param storeQuads         quads in the store after the run when it began empty, else -1: the run keeps count of
     *                           what it adds and replaces, and counting a store that had data would read its whole
     *                           primary index; the statistics graph, which the store keeps itself, is not counted
     * @param netQuads           the change in the store's quads: added minus replaced (article, division and
     *                           identity graphs; not the statistics graph)
     */
    public record Summary(int files, int articles, int entities, int relations, long triples, int divisions,
                          long storeQuads, long netQuads, int possiblySame, List<Skipped> skipped, double seconds,
                          double firstArticleUptime, StoreTimes times) {
        public String render() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("files: %d, articles: %d, entities: %s%d, relations: %d, triples written: %d, "
                    + "divisions described: %d, store quads: %s, possibly-same person pairs: %d, skipped: %d, seconds: %.2f, ",
                    files, articles, entities >= ENTITY_COUNT_LIMIT ? "at least " : "",
                    entities, relations, triples, divisions,
                    storeQuads >= 0 ? Long.toString(storeQuads) : String.format("%+d (net change; the store had data)", netQuads),
                    possiblySame, skipped.size(), seconds));
            // an empty run has no first article: say so rather than print NaN
            sb.append(Double.isNaN(firstArticleUptime) ? "no article was processed"
                    : String.format("first article %.2f s after JVM start", firstArticleUptime));
            if (times != null) sb.append("; ").append(times.render()); // one line: logs and tests read the summary as one
            for (Skipped s : skipped) sb.append("\n  skipped ").append(s);
            return sb.toString();
        }
    }

    /**
     * Where the store's side of a run went, in seconds of wall time.
     *
     * @param writing   the writer handing articles to the store (transactions, or the bulk load's node table and its
     *                  index threads when they are behind)
     * @param waiting   the writer waiting for extracted articles (extraction is the slower side)
     * @param finishing the bulk load's end: the index threads' last blocks and the commit (0 for transactions)
     * @param identity  the possibly-same links of the person names the run touched: from the persons the run wrote
     *                  for a store that was empty ({@link IdentityLinks.Tally}), else read from the store
     *                  ({@link IdentityLinks#update})
     * @param writerCpu the CPU seconds of the writer thread (its wall time writing is longer when the cores are
     *                  busy with extraction and index threads), or NaN when the JVM does not measure thread CPU time
     */
    public record StoreTimes(double writing, double waiting, double finishing, double identity, double writerCpu) {
        public String render() {
            return String.format("store: writer %.2f s writing (%s), %.2f s waiting for extraction; %.2f s finishing the bulk load; "
                    + "%.2f s possibly-same links", writing,
                    Double.isNaN(writerCpu) ? "cpu not measured" : String.format("%.2f cpu s in all", writerCpu),
                    waiting, finishing, identity);
        }
    }

    /**
     * Options of a run.
     *
     * @param batchSize   articles per write transaction, at most
     * @param maxInFlight articles read and not yet written, at most; raised to {@code batchSize} when below it (a
     *                    transaction takes the articles that are ready, so with fewer in flight it never reached the
     *                    batch size: before, 2 threads' 128 articles in flight capped the default batch of 256)
     * @param bulk        when the store is empty at the start, fill it with the TDB2 bulk loader instead of write
     *                    transactions ({@link KgStore#startBulkLoad}); ignored for a store that has data
     */
    public record Options(int threads, int batchSize, int maxInFlight, boolean bulk) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            if (batchSize < 1) throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
            if (maxInFlight < threads) maxInFlight = threads * 4;
            if (maxInFlight < batchSize) maxInFlight = batchSize;
        }

        /** Transactional writes only. */
        public Options(int threads, int batchSize, int maxInFlight) {
            this(threads, batchSize, maxInFlight, false);
        }

        public Options withBulk(boolean bulk) {
            return new Options(threads, batchSize, maxInFlight, bulk);
        }

        /**
         * Articles per write transaction by default. TDB2 copies each B+tree block a transaction touches, and on a
         * large store the new quads land in blocks all over the six indexes, so fewer, larger transactions touch each
         * block fewer times: adding 1,000 articles to the 100,000-article store took 41-53 s in transactions of
         * 1,000 against 54-62 s in transactions of 256 (README, issue 14). A batch is held in memory until it commits
         * (about 100 quads an article); a transaction is still whole articles or none.
         */
        public static final int DEFAULT_BATCH = 1024;

        public static Options defaults() {
            int n = Runtime.getRuntime().availableProcessors();
            return new Options(n, DEFAULT_BATCH, n * 64);
        }
    }

    /** One article ready for the store, with what the writer tallies of it computed on the extraction thread. */
    private record Done(Article article, LinkedArticle linked, MappedArticle mapped, IdentityLinks.ArticlePersons persons,
                        org.newskg.store.Statistics.Contribution statistics) {}

    private static final Done END = new Done(null, null, null, null, null);

    /** Distinct entities are counted up to this many; beyond it the summary gives a lower bound. */
    public static final int ENTITY_COUNT_LIMIT = 1_000_000;

    private final KgStore store;
    private final ArticlePipeline stages;
    private final Options options;
    private IngestProgress progress;
    /** Sizes of the input files, by the name articles and skips carry ({@link Article#file()}); empty: not known. */
    private final Map<String, Long> inputSizes = new ConcurrentHashMap<>();

    /**
     * @param stages   the article stages (extract, link, map) run on the worker threads
     * @param progress where progress lines go (stderr for the command line), or null for none
     */
    public IngestPipeline(KgStore store, ArticlePipeline stages, Options options, PrintWriter progress) {
        this.store = store;
        this.stages = stages;
        this.options = options;
        this.progress = IngestProgress.lines(progress);
    }

    /** Reports to {@code display} instead (a progress bar); returns this pipeline. */
    public IngestPipeline withProgress(IngestProgress display) {
        this.progress = display == null ? IngestProgress.NONE : display;
        return this;
    }

    /** Reads the files and folders of {@code paths} with the stages' reader and ingests their articles. */
    public Summary run(List<java.nio.file.Path> paths) {
        var reader = stages.reader();
        inputSizes.clear();
        for (java.nio.file.Path p : paths) {
            // the sizes for the progress display only: a file that cannot be walked is reported by the reader
            try (var files = java.nio.file.Files.walk(p)) {
                files.filter(java.nio.file.Files::isRegularFile).forEach(f -> {
                    try {
                        inputSizes.put(f.toString(), java.nio.file.Files.size(f));
                    } catch (java.io.IOException e) {
                        // left out of the total
                    }
                });
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // idem
            }
        }
        return run((out, skipped) -> reader.read(paths, out, skipped));
    }

    /**
     * Runs the pipeline over what {@code source} produces. The source is called on this thread with a sink for
     * articles and a sink for skipped items.
     */
    public Summary run(BiConsumer<Consumer<Article>, Consumer<Skipped>> source) {
        long t0 = System.nanoTime();
        List<Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
        Set<String> files = ConcurrentHashMap.newKeySet();
        Set<String> entityKeys = ConcurrentHashMap.newKeySet();
        BlockingQueue<Done> done = new ArrayBlockingQueue<>(options.maxInFlight() + 1);
        Semaphore inFlight = new Semaphore(options.maxInFlight());
        java.util.concurrent.atomic.AtomicLong firstArticleMillis = new java.util.concurrent.atomic.AtomicLong(); // JVM uptime, 0 until then
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        boolean empty = store.isEmpty();
        boolean bulk = options.bulk() && empty;
        Writer writer = new Writer(done, inFlight, skipped, entityKeys, bulk);
        progress.start(inputSizes.values().stream().mapToLong(Long::longValue).sum());
        Thread writerThread = new Thread(writer, "newskg-writer");
        writerThread.start();
        try {
            source.accept(article -> {
                if (writer.failure != null) throw new Stop(); // the writer is gone: reading on would be lost work
                if (article.file() != null) files.add(article.file());
                inFlight.acquireUninterruptibly();
                workers.execute(() -> {
                    boolean[] handedOn = {false};
                    try {
                        if (writer.failure != null) return;
                        ArticlePipeline.isolated(article, a -> {
                            ArticlePipeline.Processed p = stages.process(a);
                            if (firstArticleMillis.get() == 0) firstArticleMillis.compareAndSet(0, uptimeMillis());
                            // what the writer tallies of the article, worked out here, on the extraction threads
                            Node name = p.mapped().graphName();
                            var persons = IdentityLinks.ArticlePersons.of(name, p.mapped().graph());
                            var statistics = bulk ? org.newskg.store.Statistics.Contribution.of(name, p.mapped().graph()) : null;
                            handedOn[0] = put(done, new Done(a, p.linked(), p.mapped(), persons, statistics), writerThread);
                            return p;
                        }, skipped::add);
                    } finally {
                        if (!handedOn[0]) inFlight.release();
                    }
                });
            }, s -> {
                skipped.add(s);
                String w = s.where();
                int colon = w.lastIndexOf(':');
                String file = colon > 0 && w.substring(colon + 1).chars().allMatch(Character::isDigit) ? w.substring(0, colon) : w;
                if (files.add(file)) writer.reached(file); // a skipped file has no article to count it
            });
            workers.shutdown();
            awaitQuietly(workers);
        } catch (Stop stop) {
            workers.shutdown();
            awaitQuietly(workers);
        } finally {
            workers.shutdownNow();
            put(done, END, writerThread);
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        progress.finish(writer.articles);
        if (writer.failure != null) throw writer.failed();
        long ti = System.nanoTime();
        IdentityLinks.Result same = writer.identity != null ? writer.identity // written into the bulk load
                : empty && writer.tally.replacedNone() ? IdentityLinks.write(store, writer.tally)
                : IdentityLinks.add(store, writer.tally, writer.replaced, writer.personNames);
        long net = writer.netQuads + same.netQuads();
        StoreTimes times = new StoreTimes(writer.busyNanos / 1e9, writer.waitNanos / 1e9, writer.finishNanos / 1e9,
                (System.nanoTime() - ti) / 1e9 + writer.identityNanos / 1e9, writer.cpuNanos < 0 ? Double.NaN : writer.cpuNanos / 1e9);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Summary(files.size(), writer.articles, entityKeys.size(), writer.relations, writer.triples,
                writer.divisionsDescribed, empty ? net : -1, net, same.pairs(), List.copyOf(skipped), seconds,
                firstArticleMillis.get() == 0 ? Double.NaN : firstArticleMillis.get() / 1000.0, times);
    }

    private static long uptimeMillis() {
        return Math.max(1, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /**
     * Puts {@code d} on the queue, waiting for room while the writer thread lives. Returns false when the writer has
     * ended without taking it (it died), so nothing ever waits for a dead writer.
     */
    private static boolean put(BlockingQueue<Done> q, Done d, Thread writer) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (q.offer(d, 100, TimeUnit.MILLISECONDS)) return true;
                    if (!writer.isAlive()) return false;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Thrown into the reader to stop it once the writer has failed. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super("the store writer failed", null, false, false);
        }
    }

    /**
     * The store writer failed and the run stopped: what was committed before stays in the store (consistent, the
     * failed transaction aborted); the message names the last committed article.
     */
    public static final class WriterFailed extends RuntimeException {
        private final String lastCommitted;

        WriterFailed(String message, String lastCommitted, Throwable cause) {
            super(message, cause);
            this.lastCommitted = lastCommitted;
        }

        /** Where the last committed article came from ({@code file:line (article id)}), or null when none was. */
        public String lastCommitted() {
            return lastCommitted;
        }
    }

    private static void awaitQuietly(ExecutorService ex) {
        try {
            while (!ex.awaitTermination(1, TimeUnit.HOURS)) { /* keep waiting */ }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The single writer: batches finished articles into write transactions. */
    private final class Writer implements Runnable {
        private final BlockingQueue<Done> queue;
        private final Semaphore inFlight;
        private final List<Skipped> skipped;
        private final Set<String> entityKeys;
        /** Names of the persons written, whose possibly-same links are recomputed at the end. */
        final Set<String> personNames = new java.util.HashSet<>();
        /**
         * The persons written ({@link IdentityLinks.Tally}): for a store that was empty when the run began their links
         * follow from this alone; for a store with data they are merged into the identity graphs of their names.
         */
        final IdentityLinks.Tally tally = new IdentityLinks.Tally();
        /**
         * The persons of the article graphs this run replaced, as they were (read from the store before the write, or
         * the earlier version of an article given twice in one transaction): their links are looked up again.
         */
        final List<IdentityLinks.ArticlePersons> replaced = new ArrayList<>();
        /** The links the writer put into the bulk load before finishing it, or null (transactions: written after). */
        IdentityLinks.Result identity;
        /** Codes of the divisions whose descriptions this run has written (committed or handed to the bulk load). */
        private final Set<String> divisionsWritten = new HashSet<>();
        private final boolean useBulk;
        /** The bulk load, started, fed and finished on the writer thread (TDB2 binds it to its thread). */
        private KgStore.BulkLoad bulk;
        /** The first failure of the writer; once set, nothing more is written and what arrives is dropped. */
        volatile Throwable failure;
        /** The last article of the last committed transaction, or null. */
        volatile String lastCommitted;
        private String lastHandedToBulk;
        private boolean sawEnd;
        int articles;
        int relations;
        long triples;
        /** Change in the store's quads from what this writer committed (or loaded). */
        long netQuads;
        int divisionsDescribed;
        long busyNanos, waitNanos, finishNanos, identityNanos;
        /** CPU time of the writer thread, or -1 when not measured. */
        volatile long cpuNanos = -1;
        /**
         * Sizes of the input files reached (see {@link IngestProgress}): a file counts once its first article is
         * written (so the display follows the store, not the reader, which runs ahead by the articles in flight), a
         * skipped file once the reader skips it.
         */
        private final java.util.concurrent.atomic.AtomicLong bytesReached = new java.util.concurrent.atomic.AtomicLong();
        private final Set<String> filesWritten = new HashSet<>();

        /** A new input file was reached (the reader skipped it, or its first article was written). */
        void reached(String file) {
            Long size = inputSizes.get(file);
            if (size != null) bytesReached.addAndGet(size);
        }

        Writer(BlockingQueue<Done> queue, Semaphore inFlight, List<Skipped> skipped, Set<String> entityKeys,
               boolean useBulk) {
            this.useBulk = useBulk;
            this.queue = queue;
            this.inFlight = inFlight;
            this.skipped = skipped;
            this.entityKeys = entityKeys;
        }

        @Override
        public void run() {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
            try {
                write();
            } catch (Throwable e) { // out of memory included: the thread must not die holding the write lock
                fail(e);
            }
            if (cpu0 >= 0) cpuNanos = threads.getCurrentThreadCpuTime() - cpu0;
            if (failure != null) {
                try {
                    if (bulk != null) bulk.close();
                } catch (Throwable e) {
                    failure.addSuppressed(e);
                }
                try {
                    store.endWriteOnThisThread(); // normally done already by the transaction's own abort
                } catch (Throwable e) {
                    failure.addSuppressed(e);
                }
                discardUntilEnd();
            }
        }

        private void fail(Throwable e) {
            if (failure == null) failure = e; // the first one explains the rest
        }

        private void write() {
            if (!useBulk) {
                drain();
                return;
            }
            bulk = store.startBulkLoad();
            drain();
            if (failure == null) {
                // the possibly-same links from the persons written, into the load before it finishes
                long ti = System.nanoTime();
                IdentityLinks.Written written = IdentityLinks.written(tally);
                for (Map.Entry<Node, org.apache.jena.graph.Graph> e : written.graphs()) bulk.add(e.getKey(), e.getValue());
                identity = new IdentityLinks.Result(written.pairs(), written.triples(), written.triples());
                identityNanos = System.nanoTime() - ti;
                long t = System.nanoTime();
                bulk.finish();
                finishNanos = System.nanoTime() - t;
                lastCommitted = lastHandedToBulk;
            }
        }

        /** After a failure: takes what the workers still hand on, without writing it, until the end marker. */
        private void discardUntilEnd() {
            while (!sawEnd) {
                Done d;
                try {
                    d = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (d == END) sawEnd = true; else inFlight.release();
            }
        }

        /** The exception {@link #run} throws for this writer's failure. */
        WriterFailed failed() {
            Throwable f = failure;
            String what = f instanceof OutOfMemoryError ? "out of memory (" + f.getMessage() + ")" : String.valueOf(f);
            String last = lastCommitted == null ? "no article was committed"
                    : "the last committed article was " + lastCommitted + " (" + articles + " articles committed in this run)";
            String after = useBulk ? "; the bulk load into the empty store was abandoned and the store is marked as interrupted: "
                    + "ingest the same input again, which empties and rebuilds it"
                    : "; the failed transaction was aborted and the store holds what was committed before it: ingest the same "
                    + "input again to add the rest";
            return new WriterFailed("store writer failed: " + what + "; ingest stopped; " + last + after, lastCommitted, f);
        }

        private void drain() {
            List<Done> batch = new ArrayList<>();
            boolean end = false;
            while (!end) {
                Done d;
                long tw = System.nanoTime();
                try {
                    d = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail(e);
                    return;
                }
                waitNanos += System.nanoTime() - tw;
                if (d == END) end = true; else batch.add(d);
                // take what is ready without blocking, up to a batch
                while (!end && batch.size() < options.batchSize()) {
                    Done more = queue.poll();
                    if (more == null) break;
                    if (more == END) end = true; else batch.add(more);
                }
                if (end) sawEnd = true;
                if (!batch.isEmpty()) {
                    try {
                        long tb = System.nanoTime();
                        flush(batch);
                        busyNanos += System.nanoTime() - tb;
                    } catch (Throwable e) {
                        fail(e);
                        inFlight.release(batch.size());
                        batch.clear();
                        return; // nothing more is written
                    }
                }
            }
        }

        private void flush(List<Done> batch) {
            if (useBulk) { // no transaction to abort: a failure here ends the run
                if (bulk == null) throw new IllegalStateException("bulk load did not start", failure);
                for (Done d : batch) {
                    Map<String, List<Triple>> divisions = unwritten(List.of(d));
                    bulk.add(d.mapped().graphName(), d.mapped().graph(), d.statistics());
                    bulk.addDivisions(divisions.values());
                    netQuads += d.mapped().graph().size(); // a fresh store, names new within the load: all added
                    for (List<Triple> description : divisions.values()) netQuads += description.size();
                    divisionsWritten.addAll(divisions.keySet());
                    count(d);
                    count(divisions);
                    lastHandedToBulk = ArticlePipeline.where(d.article());
                }
            } else {
                writeTransaction(batch);
            }
            inFlight.release(batch.size());
            batch.clear();
            progress.update(bytesReached.get(), articles);
        }

        private void writeTransaction(List<Done> batch) {
            try {
                write(batch);
            } catch (RuntimeException e) {
                // the batch transaction was aborted; retry one by one so one bad article does not sink the others
                for (Done d : batch) {
                    try {
                        write(List.of(d));
                    } catch (RuntimeException e1) {
                        skipped.add(new Skipped(ArticlePipeline.where(d.article()), "store write failed: " + e1));
                    }
                }
            }
        }

        /** One transaction: the articles' graphs and the descriptions of divisions not yet written in this run. */
        private void write(List<Done> articles) {
            Map<String, List<Triple>> divisions = unwritten(articles);
            // what the graphs about to be replaced say of persons (one index probe per article; a new article has none)
            Map<Node, Done> inBatch = new java.util.HashMap<>();
            org.apache.jena.system.Txn.executeRead(store.datasetGraph(), () -> {
                for (Done d : articles) {
                    Node name = d.mapped().graphName();
                    Done earlier = inBatch.put(name, d);
                    if (earlier != null) replaced.add(earlier.persons());
                    else {
                        IdentityLinks.ArticlePersons stored = IdentityLinks.stored(store, name);
                        if (stored != null) replaced.add(stored);
                    }
                }
            });
            netQuads += store.replaceGraphs(articles.stream().map(d -> Map.entry(d.mapped().graphName(), d.mapped().graph())).toList(),
                    divisions.values());
            // only once committed: after an abort the retry must write them again
            divisionsWritten.addAll(divisions.keySet());
            for (Done d : articles) count(d);
            count(divisions);
            lastCommitted = ArticlePipeline.where(articles.get(articles.size() - 1).article());
        }

        /** The descriptions of the divisions these articles touch that this run has not written yet, by code. */
        private Map<String, List<Triple>> unwritten(List<Done> articles) {
            Map<String, List<Triple>> out = new LinkedHashMap<>();
            for (Done d : articles)
                d.mapped().divisions().forEach((code, description) -> {
                    if (!divisionsWritten.contains(code)) out.putIfAbsent(code, description);
                });
            return out;
        }

        private void count(Map<String, List<Triple>> divisions) {
            divisionsDescribed += divisions.size();
            for (List<Triple> description : divisions.values()) triples += description.size();
        }

        private void count(Done d) {
            articles++;
            if (d.article().file() != null && filesWritten.add(d.article().file())) reached(d.article().file());
            triples += d.mapped().graph().size();
            relations += d.linked().positions().size() + d.linked().partOf().size() + d.linked().extraction().bylines().size();
            // distinct entities are counted exactly up to a limit, so the count cannot outgrow the heap on an archive
            if (entityKeys.size() < ENTITY_COUNT_LIMIT) entityKeys.addAll(d.linked().entities().keySet());
            for (var e : d.linked().entities().values())
                if (e.type() == org.newskg.extract.EntityType.Person) personNames.add(e.label());
            if (tally != null) tally.add(d.persons());
        }
    }
}
