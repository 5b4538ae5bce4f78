package org.newskg.bench;

import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.InvalidInputException;
import org.newskg.pipeline.ArticlePipeline;
import org.newskg.pipeline.PipelineConfig;
import org.newskg.ingest.Article;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.IngestConfig;
import org.newskg.query.QueryTemplate;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg bench}: throughput of HanLP alone, of extraction and of the full ingest, side by side. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the throughput of each stage, from HanLP alone to the full ingest, in one run over one corpus.",
                "The stages: HanLP alone on one warm thread, extraction on one and on all threads, extract+link+map "
                        + "without the store, and the full ingest (cold) into a fresh TDB2 store. It prints articles/s, Han "
                        + "characters/s and the ratios to HanLP alone, start-up time and peak memory.",
                "Without CORPUS it generates a synthetic corpus (see `newskg generate`). With --store the store is kept "
                        + "and the curated queries are timed on it (p50/p95). Plain-text report on stdout, progress on stderr."})
public final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CORPUS", description = "corpus files or folders (any format `ingest` reads)")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--generate", paramLabel = "N", defaultValue = "2000",
            description = "without CORPUS: number of synthetic articles to generate (default: ${DEFAULT-VALUE})")
    long generate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed of the synthetic corpus (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--repeat-to", paramLabel = "BYTES",
            description = "repeat the corpus, each copy made distinct (own id, paragraphs rotated, numbered), until its texts reach BYTES of UTF-8")
    Long repeatTo;

    @Option(names = "--threads", paramLabel = "N", description = "threads of the parallel phases and the ingest (default: number of cores)")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + org.newskg.pipeline.IngestPipeline.Options.DEFAULT_BATCH, description = "articles per write transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--sample-chars", paramLabel = "N", defaultValue = "4000000",
            description = "characters of the corpus held in memory for the warm phases (default: ${DEFAULT-VALUE})")
    long sampleChars;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
            description = "untimed warm-up of each warm phase, at least one pass (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--store", paramLabel = "DIR", description = "ingest into this fresh store and keep it (default: a temporary store, deleted)")
    Path store;

    @Option(names = "--bulk", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "fill the fresh store with the TDB2 bulk loader (default) or, with --no-bulk, with write transactions as an incremental ingest does")
    boolean bulk;

    @Option(names = "--ingest-only", description = "measure the full ingest alone, without the warm phases")
    boolean ingestOnly;

    @Option(names = "--query-reps", paramLabel = "N", defaultValue = "20", description = "with --store: timed runs of each curated query (default: ${DEFAULT-VALUE}; fewer, at least 3, for a query slower than its budget)")
    int queryReps;

    @Option(names = "--query-budget", paramLabel = "SECONDS", defaultValue = "60",
            description = "time budget of each query, warm-ups included, beyond which it is timed fewer times (default: ${DEFAULT-VALUE})")
    double queryBudget;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "0",
            description = "cancel a query run after this long and report it as unfinished (default: no limit)")
    double queryTimeout;

    @Option(names = "--queries-only", description = "no ingest: time the curated queries on the existing store given by --store")
    boolean queriesOnly;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "value for query parameters of that name; repeatable")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--queries", paramLabel = "DIR", description = "folder of .rq files to time instead of the curated queries")
    Path queries;

    @Option(names = "--source", paramLabel = "NAME", description = "source name for articles that do not state one")
    String source;

    @Option(names = "--home", paramLabel = "PLACE", description = "home region of the source, used to resolve place names")
    String home;

    @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (queriesOnly) return timeQueries();
        List<Path> temporary = new ArrayList<>();
        try {
            List<Path> paths = corpus;
            String what;
            if (paths.isEmpty()) {
                Path f = Files.createTempFile("newskg-bench-synthetic", ".jsonl");
                temporary.add(f);
                CorpusGenerator g = CorpusGenerator.standard("14", seed);
                try (Writer w = utf8Writer(f)) {
                    g.writeJsonl(1, generate, w);
                }
                paths = List.of(f);
                what = generate + " synthetic articles (seed " + seed + ")";
            } else {
                what = String.join(" ", corpus.stream().map(Path::toString).toList());
            }
            IngestConfig ic = new IngestConfig(source, home);
            if (repeatTo != null) {
                Path f = Files.createTempFile("newskg-bench-repeated", ".jsonl");
                temporary.add(f);
                long[] counts = repeat(new CorpusReader(ic), paths, repeatTo, f, spec.commandLine().getErr());
                paths = List.of(f);
                what += String.format(" repeated to %d articles, %.1f MB of text (%d originals)", counts[1], counts[2] / 1e6, counts[0]);
            }
            List<Path> input = paths;
            Bench.Source src = (articles, skipped) -> new CorpusReader(ic).read(input, articles, skipped);
            Bench bench = new Bench(new Bench.Options(t, batch, sampleChars, warmup, store, bulk, !ingestOnly));
            spec.commandLine().getErr().println("bench: corpus " + what);
            // the stages are built as `ingest` builds them: extractor (HanLP warmed) and linker on two threads
            PipelineConfig config = PipelineConfig.of(source, home, List.of());
            Bench.Report r = bench.run(src, () -> ArticlePipeline.await(ArticlePipeline.start(config)));
            spec.commandLine().getOut().println("corpus: " + what);
            spec.commandLine().getOut().print(r.render());
            if (store != null) timeQueries();
            return r.skipped().isEmpty() ? 0 : 2;
        } finally {
            for (Path p : temporary) Files.deleteIfExists(p);
        }
    }

    /** Times the curated queries (or those of --queries) on the store given by --store. */
    private int timeQueries() throws IOException {
        if (store == null || !Files.isDirectory(store))
            throw new InvalidInputException(String.valueOf(store), "--queries-only needs --store DIR, an existing store");
        List<QueryTemplate> qs = queryTemplates();
        try (KgStore s = KgStore.open(store)) {
            long quads = s.quadCount();
            spec.commandLine().getOut().printf("queries on %s (%d quads, %s on disk, max heap %.0f MiB): %d runs each after 2 untimed, "
                            + "fewer (at least 3) beyond %.0f s a query%n", store, quads,
                    String.format("%.1f GiB", Bench.directorySize(store) / (1024.0 * 1024 * 1024)),
                    Runtime.getRuntime().maxMemory() / (1024.0 * 1024), queryReps, queryBudget);
            QueryTiming.time(s.dataset(), qs, params, 2, queryReps, queryBudget, queryTimeout, q -> spec.commandLine().getOut().println("  " + q.render()));
        }
        spec.commandLine().getOut().printf("memory: peak RSS %.1f MiB (mapped store files included)%n", Bench.peakRss() / (1024.0 * 1024));
        return 0;
    }


    private List<QueryTemplate> queryTemplates() throws IOException {
        List<QueryTemplate> qs = new ArrayList<>();
        if (queries != null) {
            if (!Files.isDirectory(queries)) throw new InvalidInputException(queries.toString(), "not a folder of .rq files");
            try (var s = Files.list(queries)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) qs.add(QueryTemplate.load(p));
            }
        } else {
            for (String name : QueryTemplate.curatedNames()) qs.add(QueryTemplate.curated(name, null));
        }
        return qs;
    }

    /**
     * Writes copies of the corpus to {@code out} (JSONL) until the texts reach {@code bytes} of UTF-8. Copy k of
     * an article has id {@code <id>~k}, its paragraphs rotated by k and a line {@code （k）} in front, so no two
     * copies are the same text. Returns {originals, articles written, text bytes written}.
     */
    static long[] repeat(CorpusReader reader, List<Path> paths, long bytes, Path out, java.io.PrintWriter err) throws IOException {
        List<Article> originals = new ArrayList<>();
        reader.read(paths, originals::add, s -> err.println("bench: skipped " + s));
        if (originals.isEmpty()) throw new InvalidInputException(String.valueOf(paths), "no articles to repeat");
        long written = 0, n = 0;
        try (Writer w = utf8Writer(out)) {
            for (int k = 0; written < bytes; k++) {
                for (Article a : originals) {
                    String text = k == 0 ? a.text() : "（" + k + "）\n" + rotate(a.text(), k);
                    JsonObject o = new JsonObject();
                    o.addProperty("id", k == 0 ? a.id() : a.id() + "~" + k);
                    if (a.title() != null) o.addProperty("title", a.title());
                    if (a.date() != null) o.addProperty("date", a.date());
                    if (a.source() != null) o.addProperty("source", a.source());
                    o.addProperty("text", text);
                    w.write(o.toString());
                    w.write('\n');
                    written += text.getBytes(StandardCharsets.UTF_8).length;
                    n++;
                }
            }
        }
        return new long[] {originals.size(), n, written};
    }

    private static String rotate(String text, int k) {
        String[] paras = text.split("\n");
        if (paras.length < 2) return text;
        int r = k % paras.length;
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < paras.length; i++) {
            if (i > 0) sb.append('\n');
            sb.append(paras[(i + r) % paras.length]);
        }
        return sb.toString();
    }

    private static Writer utf8Writer(Path f) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(f), StandardCharsets.UTF_8), 1 << 16);
    }
}
