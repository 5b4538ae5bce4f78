package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
        try (KgStore store = KgStore.open(storeOptions.store)) {
            IngestPipeline.Summary s = run(store, extractOptions, paths, threads, batch, bulk);
            System.err.println(s.render());
            return s.skipped().isEmpty() ? 0 : 2;
        }
    }

    static IngestPipeline.Summary run(KgStore store, ExtractOptions o, List<Path> paths, Integer threads, int batch,
                                      boolean bulk) {
        IngestPipeline.Options defaults = IngestPipeline.Options.defaults();
        int t = threads == null ? defaults.threads() : threads;
        var reader = Components.reader(o);
        IngestPipeline p = new IngestPipeline(store, Components.extractor(o), Components.linker(o), Components.mapper(),
                new IngestPipeline.Options(t, batch, t * 64, bulk), System.err);
        return p.run((out, skipped) -> reader.read(paths, out, skipped));
    }
}
