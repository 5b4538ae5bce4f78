package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newskg.InvalidInputException;
import org.newskg.pipeline.ArticlePipeline;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads news files or folders (recursively) and adds what they say to the store.",
                "Formats: .txt (a page or an article), .jsonl and .csv (fields id, title, date, source, url, text; "
                        + "only text required), .html/.htm. Encodings: UTF-8 (with or without BOM), GB18030/GBK, Big5, UTF-16 (with or "
                        + "without BOM); a text implausible for Chinese news in every encoding is skipped. Articles over 1,000,000 "
                        + "characters are skipped.",
                "Re-ingesting an article replaces what was stored for it. Bad items are reported on stderr and skipped; "
                        + "the exit code is then 2."})
final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;
    @Mixin ExtractOptions extractOptions;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: number of cores)")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + org.newskg.pipeline.IngestPipeline.Options.DEFAULT_BATCH, description = "articles per write transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--bulk", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "into an empty store, load with the TDB2 bulk loader (default; faster and far smaller on disk than transactions; "
            + "an interrupted load marks the store and the next ingest rebuilds it); --no-bulk writes transactions, "
            + "committing whole articles as it goes. A store with data always takes transactions")
    boolean bulk;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
        if (missing.size() == paths.size()) // nothing to read: say so before anything (a store folder) is created
            throw new InvalidInputException(missing.stream().map(Path::toString).collect(Collectors.joining(", ")),
                    (missing.size() == 1 ? "no such file or folder" : "none of these files or folders exists")
                            + "; nothing was ingested and no store was created");
        storeOptions.requireNotServed("ingest", ", or ingest into another --store");
        // build the stages (gazetteer, HanLP, tables) while the store opens (Jena, TDB2): start-up is their maximum
        var stages = ArticlePipeline.start(extractOptions.config());
        try (KgStore store = KgStore.openForIngest(storeOptions.store)) {
            IngestPipeline.Summary s = new IngestPipeline(store, ArticlePipeline.await(stages), options(), null)
                    .withProgress(ProgressDisplay.ingest(spec.commandLine().getErr())).run(paths);
            spec.commandLine().getErr().println(s.render());
            return s.skipped().isEmpty() ? 0 : 2;
        }
    }

    private IngestPipeline.Options options() {
        int t = threads == null ? IngestPipeline.Options.defaults().threads() : threads;
        return new IngestPipeline.Options(t, batch, t * 64, bulk);
    }
}
