package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.newskg.extract.Extractor;
import org.newskg.extract.NewsExtractor;
import org.newskg.link.Linker;
import org.newskg.store.IngestPipeline;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads news files or folders (recursively) and adds what they say to the store.",
                "Formats: .txt (a page or an article), .jsonl and .csv (fields id, title, date, source, url, text; "
                        + "only text required), .html/.htm. Encodings: UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM.",
                "Re-ingesting an article replaces what was stored for it. Bad items are reported on stderr and skipped; "
                        + "the exit code is then 2."})
final class IngestCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Mixin ExtractOptions extractOptions;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: number of cores)")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256", description = "articles per write transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--bulk", description = "into an empty store, load with the TDB2 bulk loader (faster; not crash-safe, "
            + "so only for a store you can rebuild); ignored when the store has data")
    boolean bulk;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        // build the stages (gazetteer, HanLP, tables) while the store opens (Jena, TDB2): start-up is their maximum
        Stages stages = Stages.start(extractOptions);
        try (KgStore store = KgStore.open(storeOptions.store)) {
            IngestPipeline.Summary s = run(store, stages, extractOptions, paths, threads, batch, bulk);
            System.err.println(s.render());
            return s.skipped().isEmpty() ? 0 : 2;
        }
    }

    /** The extraction and linking stages, built on other threads. */
    record Stages(CompletableFuture<Extractor> extractor, CompletableFuture<Linker> linker) {
        static Stages start(ExtractOptions o) {
            return new Stages(CompletableFuture.supplyAsync(() -> {
                        NewsExtractor x = Components.extractor(o);
                        x.warmUp();
                        return x;
                    }),
                    CompletableFuture.supplyAsync(() -> Components.linker(o)));
        }

        static <T> T get(CompletableFuture<T> f) {
            try {
                return f.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw e;
            }
        }
    }

    static IngestPipeline.Summary run(KgStore store, ExtractOptions o, List<Path> paths, Integer threads, int batch,
                                      boolean bulk) {
        return run(store, Stages.start(o), o, paths, threads, batch, bulk);
    }

    static IngestPipeline.Summary run(KgStore store, Stages stages, ExtractOptions o, List<Path> paths, Integer threads,
                                      int batch, boolean bulk) {
        IngestPipeline.Options defaults = IngestPipeline.Options.defaults();
        int t = threads == null ? defaults.threads() : threads;
        var reader = Components.reader(o);
        IngestPipeline p = new IngestPipeline(store, Stages.get(stages.extractor()), Stages.get(stages.linker()),
                Components.mapper(), new IngestPipeline.Options(t, batch, t * 64, bulk), System.err);
        return p.run((out, skipped) -> reader.read(paths, out, skipped));
    }
}
