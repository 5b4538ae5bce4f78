package org.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newskg.extract.baseline.HanlpBaseline;
import org.newskg.ingest.Article;
import org.newskg.ingest.Skipped;
import org.newskg.pipeline.ArticlePipeline;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures, in one process over one corpus: (1) HanLP alone on one warm thread, (2) our extraction on one thread
 * and on all threads, (3) extract + link + map without the store on all threads and (4) the full ingest into a
 * fresh TDB2 store through {@link IngestPipeline}. The full ingest runs first, cold, so its figure includes
 * loading the dictionaries and the gazetteer; the other phases run warm on an in-memory sample of the corpus.
 * Throughputs are Han characters per second (code points of the Han script) and articles per second.
 */
public final class Bench {
    private static final Logger log = LoggerFactory.getLogger(Bench.class);

    /** Reads a corpus: called with a sink for articles and one for skipped items. */
    public interface Source {
        void read(Consumer<Article> articles, Consumer<Skipped> skipped);
    }

    /**
     * Options of a run.
     *
     * @param threads        worker threads for the parallel phases and the ingest
     * @param batchSize      articles per write transaction of the ingest
     * @param sampleChars    at most this many characters of the corpus are held in memory for the warm phases
     * @param warmupSeconds  each warm phase first runs over the sample for at least this long, untimed
     * @param store          directory of the fresh store to ingest into; null for a temporary one, deleted afterwards
     * @param bulk           fill the fresh store with the TDB2 bulk loader instead of write transactions
     * @param warmPhases     run the warm phases after the ingest (off: the ingest alone)
     * @param jenaLoad       load the quads the ingest wrote with Jena's parallel bulk loader, timed, for comparison
     */
    public record Options(int threads, int batchSize, long sampleChars, double warmupSeconds, Path store, boolean bulk,
                          boolean warmPhases, boolean jenaLoad) {
        /** With the Jena load whenever the warm phases run. */
        public Options(int threads, int batchSize, long sampleChars, double warmupSeconds, Path store, boolean bulk,
                       boolean warmPhases) {
            this(threads, batchSize, sampleChars, warmupSeconds, store, bulk, warmPhases, warmPhases);
        }

        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            if (batchSize < 1) throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
            if (sampleChars < 1) throw new IllegalArgumentException("sample size must be >= 1 character, got " + sampleChars);
            if (warmupSeconds < 0) throw new IllegalArgumentException("negative warm-up " + warmupSeconds);
        }
    }

    /**
     * One measured phase.
     *
     * @param cpuSeconds CPU time of the whole process during the phase (all threads), or NaN where unknown; on a
     *                   machine shared with other work it shows what the phase cost, whatever the wall time
     */
    public record Phase(String name, int threads, long articles, long hanChars, double seconds, double cpuSeconds) {
        public double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : Double.NaN;
        }

        public double hanCharsPerSecond() {
            return seconds > 0 ? hanChars / seconds : Double.NaN;
        }
    }

    /**
     * What a run measured.
     *
     * @param ingest             the full ingest (cold)
     * @param warm               the warm phases, HanLP alone first
     * @param stagesSeconds      constructing the stages (tables, gazetteer) in the ingest
     * @param firstArticleSeconds from the start of the ingest (before the stages are built) to the first article
     *                           through extract, link and map
     * @param jvmUptimeAtStart   JVM uptime when the bench began
     * @param storeQuads         quads in the store after the ingest, the statistics graph included
     * @param statisticsQuads    of those, the quads of the statistics graph
     * @param storeBytes         size of the store directory after the ingest
     * @param skipped            items skipped by the ingest
     * @param peakHeapBytes      sum of the peak usages of the heap memory pools
     * @param peakRssBytes       peak resident set size of the process (Linux), or -1
     * @param loadAverage        system load average (1 min) at the end, or -1
     * @param cores              available processors
     */
    public record Report(Phase ingest, List<Phase> warm, double stagesSeconds, double firstArticleSeconds,
                         double jvmUptimeAtStart, long storeQuads, long statisticsQuads, long storeBytes, List<Skipped> skipped,
                         long peakHeapBytes, long peakRssBytes, double loadAverage, int cores, long maxHeapBytes,
                         Phase jenaLoad, IngestPipeline.StoreTimes storeTimes) {
        public Report {
            warm = List.copyOf(warm);
            skipped = List.copyOf(skipped);
        }

        /**
         * What the ingest would take as extraction followed by Jena's own bulk load of its quads: the stages' build
         * time, the warm extraction on all threads scaled to the corpus's Han characters, and the parallel load. NaN
         * without the warm phases or the load.
         */
        public double extractPlusLoadSeconds() {
            Phase ex = warm.stream().filter(p -> p.name().equals("extraction") && p.threads() == ingest.threads()).findFirst().orElse(null);
            if (ex == null || jenaLoad == null || ex.hanChars() == 0) return Double.NaN;
            return stagesSeconds + ex.seconds() * ingest.hanChars() / ex.hanChars() + jenaLoad.seconds();
        }

        /** As {@link #extractPlusLoadSeconds()} in CPU seconds (the stages' build left out: not measured apart). */
        public double extractPlusLoadCpuSeconds() {
            Phase ex = warm.stream().filter(p -> p.name().equals("extraction") && p.threads() == ingest.threads()).findFirst().orElse(null);
            if (ex == null || jenaLoad == null || ex.hanChars() == 0) return Double.NaN;
            return ex.cpuSeconds() * ingest.hanChars() / ex.hanChars() + jenaLoad.cpuSeconds();
        }

        /** The plain-text report. */
        public String render() {
            StringBuilder sb = new StringBuilder();
            sb.append("newskg bench\n");
            sb.append(String.format("machine: %d cores, max heap %s, load average %.2f (1 min, at the end)%n", cores,
                    mib(maxHeapBytes), loadAverage));
            Phase base = warm.isEmpty() ? null : warm.get(0);
            sb.append(String.format("%-52s %7s %9s %11s %8s %8s %11s %10s %6s%n", "phase", "threads", "articles",
                    "Han chars", "seconds", "cpu s", "articles/s", "Han ch/s", "ratio"));
            for (Phase p : warm) row(sb, p, base);
            row(sb, ingest, base);
            if (jenaLoad != null) row(sb, jenaLoad, null);
            sb.append(String.format("start-up: stages built in %.2f s; first article through extract+link+map %.2f s after the"
                    + " ingest began, %.2f s after JVM start%n", stagesSeconds, firstArticleSeconds, firstArticleSeconds + jvmUptimeAtStart));
            double n = Math.max(1, ingest.articles());
            sb.append(String.format("store: %d quads (%.0f per article: %.0f in article, division and identity graphs, %.0f in the statistics graph), %s on disk; skipped: %d%n",
                    storeQuads, storeQuads / n, (storeQuads - statisticsQuads) / n, statisticsQuads / n, mib(storeBytes), skipped.size()));
            Phase elm = warm.stream().filter(p -> p.name().startsWith("extract + link + map")).findFirst().orElse(null);
            if (elm != null && storeQuads > 0 && elm.hanChars() > 0) {
                // what the ingest cost beyond extract+link+map at the warm rate: reading, start-up, the store
                double beyond = ingest.cpuSeconds() - elm.cpuSeconds() * ingest.hanChars() / elm.hanChars();
                sb.append(String.format("cost beyond extract+link+map: %.2f cpu s in the ingest, %.1f cpu us per quad stored%n",
                        beyond, beyond / storeQuads * 1e6));
            }
            double parts = extractPlusLoadSeconds();
            if (!Double.isNaN(parts))
                sb.append(String.format("ingest vs extract + Jena load: %.2f s against %.2f s (stages %.2f + extraction on %d threads"
                        + " scaled to the corpus + Jena parallel load %.2f): %.2f x (target <= 1.1)%n", ingest.seconds(), parts,
                        stagesSeconds, ingest.threads(), jenaLoad.seconds(), ingest.seconds() / parts));
            double partsCpu = extractPlusLoadCpuSeconds();
            if (!Double.isNaN(partsCpu))
                sb.append(String.format("the same in CPU seconds (what a shared machine changes least): %.2f against %.2f: %.2f x%n",
                        ingest.cpuSeconds(), partsCpu, ingest.cpuSeconds() / partsCpu));
            if (storeTimes != null) sb.append(storeTimes.render()).append('\n');
            sb.append(String.format("memory: peak heap %s (sum of pool peaks), peak RSS %s%n", mib(peakHeapBytes),
                    peakRssBytes < 0 ? "n/a" : mib(peakRssBytes)));
            double perArticle = storeQuads / (double) Math.max(1, ingest.articles());
            sb.append(String.format("target: <= 120 quads per article: %.0f -> %s (%.0f without the statistics graph)%n", perArticle,
                    perArticle <= 120 ? "met" : "NOT met", (storeQuads - statisticsQuads) / (double) Math.max(1, ingest.articles())));
            if (base != null) sb.append(String.format("target: full ingest >= 0.5 x HanLP alone: %.2f x -> %s%n",
                    ratio(ingest, base), ratio(ingest, base) >= 0.5 ? "met" : "NOT met"));
            if (!Double.isNaN(parts)) sb.append(String.format("target: ingest <= 1.1 x (extract + Jena load): %.2f x -> %s%n",
                    ingest.seconds() / parts, ingest.seconds() / parts <= 1.1 ? "met" : "NOT met"));
            for (Skipped s : skipped.subList(0, Math.min(10, skipped.size()))) sb.append("  skipped ").append(s).append('\n');
            return sb.toString();
        }

        private static void row(StringBuilder sb, Phase p, Phase base) {
            sb.append(String.format("%-52s %7d %9d %11d %8.2f %8.2f %11.1f %10.0f %6s%n", p.name(), p.threads(), p.articles(),
                    p.hanChars(), p.seconds(), p.cpuSeconds(), p.articlesPerSecond(), p.hanCharsPerSecond(),
                    base == null ? "" : String.format("%.2f", ratio(p, base))));
        }

        private static double ratio(Phase p, Phase base) {
            return p.hanCharsPerSecond() / base.hanCharsPerSecond();
        }

        private static String mib(long bytes) {
            return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
        }
    }

    private final Options options;

    public Bench(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Runs all phases. {@code stages} is called once, inside the timed ingest.
     *
     * @param source the corpus; read twice (streamed by the ingest, then sampled into memory)
     */
    public Report run(Source source, Supplier<ArticlePipeline> stages) {
        double uptimeAtStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;

        // 1. the full ingest, cold
        Path dir = options.store();
        boolean temporary = dir == null;
        try {
            if (temporary) dir = Files.createTempDirectory("newskg-bench-store");
            else if (Files.exists(dir) && !isEmptyDir(dir))
                throw new IllegalArgumentException("store directory " + dir + " is not empty; the bench needs a fresh store");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the bench store: " + e.getMessage(), e);
        }
        AtomicLong ingestChars = new AtomicLong();
        AtomicLong ingestArticles = new AtomicLong();
        long t0 = System.nanoTime();
        double uptimeAtT0 = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        double cpu0 = cpuSeconds();
        ArticlePipeline built = stages.get();
        double stagesSeconds = (System.nanoTime() - t0) / 1e9;
        IngestPipeline.Summary summary;
        long storeBytes;
        try (KgStore store = KgStore.open(dir)) {
            IngestPipeline pipeline = new IngestPipeline(store, built,
                    new IngestPipeline.Options(options.threads(), options.batchSize(), options.threads() * 64, options.bulk()),
                    new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
            summary = pipeline.run((out, skipped) -> source.read(a -> {
                ingestArticles.incrementAndGet();
                ingestChars.addAndGet(hanChars(a.text()));
                out.accept(a);
            }, skipped));
        }
        double ingestSeconds = (System.nanoTime() - t0) / 1e9;
        double ingestCpu = cpuSeconds() - cpu0;
        storeBytes = directorySize(dir);
        // the store's quads, its statistics graphs included (the ingest's own count leaves that graph out), counted
        // after the timing
        long storeQuads, statisticsQuads;
        try (KgStore store = KgStore.open(dir)) {
            storeQuads = store.quadCount();
            statisticsQuads = org.apache.jena.system.Txn.calculateRead(store.dataset(),
                    () -> org.newskg.store.Statistics.quadCount(store.datasetGraph()));
        }
        // 2. the quads the ingest wrote, loaded by Jena's own bulk loader into another fresh store
        Phase jenaLoad = options.jenaLoad() ? jenaParallelLoad(dir, summary.articles(),
                ingestChars.get() * summary.articles() / Math.max(1, ingestArticles.get())) : null;
        if (temporary) deleteTree(dir);
        Phase ingest = new Phase("full ingest, cold (" + (options.bulk() ? "TDB2 bulk loader" : "TDB2 transactions") + ")",
                options.threads(), summary.articles(),
                ingestChars.get() * summary.articles() / Math.max(1, ingestArticles.get()), ingestSeconds, ingestCpu);
        double firstArticle = summary.firstArticleUptime() - uptimeAtT0; // NaN when there was none
        log.info("ingest done: {} articles in {} s", summary.articles(), String.format("%.2f", ingestSeconds));

        List<Phase> warm = options.warmPhases() ? warmPhases(source, built) : List.of();
        return new Report(ingest, warm, stagesSeconds, firstArticle, uptimeAtStart, storeQuads, statisticsQuads, storeBytes,
                summary.skipped(), peakHeap(), peakRss(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(), jenaLoad, summary.times());
    }

    /**
     * Dumps the store's quads to N-Quads (untimed) and loads them with TDB2's parallel bulk loader (what
     * {@code tdb2.tdbloader --loader=parallel} runs) into a fresh store in a temporary directory, timed.
     */
    static Phase jenaParallelLoad(Path ingested, long articles, long hanChars) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("newskg-bench-jena-load");
            Path nq = tmp.resolve("quads.nq");
            try (KgStore s = KgStore.open(ingested);
                 java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
                org.apache.jena.system.Txn.executeRead(s.datasetGraph(),
                        () -> org.apache.jena.riot.RDFDataMgr.write(out, s.datasetGraph(), org.apache.jena.riot.Lang.NQUADS));
            }
            Path target = tmp.resolve("store");
            long t = System.nanoTime();
            double cpu = cpuSeconds();
            org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(target.toString());
            try {
                var loader = org.apache.jena.tdb2.loader.LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
                loader.startBulk();
                try {
                    loader.load(nq.toString());
                    loader.finishBulk();
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
            } finally {
                org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            log.info("Jena parallel load of {} bytes of N-Quads: {} s", Files.size(nq), String.format("%.2f", seconds));
            return new Phase("Jena bulk load of those quads (tdbloader parallel)", 1, articles, hanChars, seconds, cpuSeconds() - cpu);
        } catch (IOException e) {
            throw new UncheckedIOException("bench: Jena load of the ingest's quads: " + e.getMessage(), e);
        } finally {
            if (tmp != null) deleteTree(tmp);
        }
    }

    /** The warm phases on a sample held in memory, HanLP alone first. */
    private List<Phase> warmPhases(Source source, ArticlePipeline built) {
        List<Article> sample = sample(source, options.sampleChars());
        List<String> texts = sample.stream().map(Article::text).toList();
        long chars = texts.stream().mapToLong(Bench::hanChars).sum();
        List<Phase> warm = new ArrayList<>();
        warm.add(timed("HanLP alone (segment, names/places/orgs)", 1, sample.size(), chars,
                () -> HanlpBaseline.segmentAll(texts)));
        warm.add(timed("extraction", 1, sample.size(), chars, () -> {
            long n = 0;
            for (Article a : sample) n += built.extractor().extract(a).mentions().size();
            return n;
        }));
        warm.add(timed("extraction", options.threads(), sample.size(), chars,
                () -> parallel(sample, options.threads(), a -> built.extractor().extract(a).mentions().size())));
        warm.add(timed("extract + link + map, no store", options.threads(), sample.size(), chars,
                () -> parallel(sample, options.threads(), a -> built.process(a).mapped().graph().size())));
        return warm;
    }

    /** Work over the whole sample returning a checksum, so the JIT cannot drop it. */
    private interface Work {
        long run();
    }

    private Phase timed(String name, int threads, long articles, long chars, Work work) {
        long sink = 0;
        long warmEnd = System.nanoTime() + (long) (options.warmupSeconds() * 1e9);
        do { // at least one untimed pass
            sink += work.run();
        } while (System.nanoTime() < warmEnd);
        long t = System.nanoTime();
        double cpu = cpuSeconds();
        sink += work.run();
        double s = (System.nanoTime() - t) / 1e9;
        cpu = cpuSeconds() - cpu;
        log.debug("{} ({} threads): {} s, checksum {}", name, threads, s, sink);
        return new Phase(name, threads, articles, chars, s, cpu);
    }

    private static long parallel(List<Article> sample, int threads, java.util.function.ToLongFunction<Article> f) {
        ExecutorService ex = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "newskg-bench");
            th.setDaemon(true);
            return th;
        });
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Long>> fs = new ArrayList<>();
            for (int i = 0; i < threads; i++) fs.add(ex.submit(() -> {
                long n = 0;
                for (int k; (k = next.getAndIncrement()) < sample.size(); ) n += f.applyAsLong(sample.get(k));
                return n;
            }));
            long total = 0;
            for (Future<Long> fu : fs) total += fu.get();
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a bench worker failed: " + e.getCause(), e.getCause());
        } finally {
            ex.shutdownNow();
        }
    }

    /** The first articles of the corpus, up to {@code maxChars} characters of text (at least one article). */
    static List<Article> sample(Source source, long maxChars) {
        List<Article> out = new ArrayList<>();
        long[] total = {0};
        source.read(a -> {
            if (total[0] < maxChars) {
                out.add(a);
                total[0] += a.text().length();
            }
        }, s -> { });
        return out;
    }

    /** Number of code points of the Han script in {@code s}. */
    public static long hanChars(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) n++;
            i += Character.charCount(cp);
        }
        return n;
    }

    /** CPU time of this process, all threads, in seconds; NaN where the JVM does not tell. */
    static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            return ns < 0 ? Double.NaN : ns / 1e9;
        }
        return Double.NaN;
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        return sum;
    }

    /** VmHWM of /proc/self/status, or -1 where there is none. */
    static long peakRss() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) return -1;
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(-1L);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    static long directorySize(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("could not delete the temporary store {}: {}", dir, e.getMessage());
        }
    }
}
