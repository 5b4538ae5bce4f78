package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.pipeline.IdentityLinks;
import org.newskg.store.KgStore;
import org.newskg.store.PartsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads the gzip N-Quads parts of a distributed ingest (newskg-spark's output folder: articles/, "
                + "divisions/, identity/; every *.nq.gz or *.nq under PARTS) into the store.",
                "An empty or new store is built with TDB2's bulk loader (fast; not crash-safe: after a failure delete the "
                        + "store and load again). A store with data takes the parts in write transactions: an article replaces "
                        + "the stored article of the same id, and the possibly-same links of the persons loaded are recomputed "
                        + "over the whole store (the identity parts are then not read).",
                "Progress and a summary go to stderr; then `newskg serve` as usual."})
final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "parallel",
            description = "bulk loader for an empty store: parallel (many threads, best with 4+ cores), phased (a few "
                    + "threads) or sequential (default: ${DEFAULT-VALUE})")
    String loader;

    @Parameters(arity = "1..*", paramLabel = "PARTS", description = "folders of N-Quads parts (newskg-spark --output)")
    List<Path> dirs;

    @Override
    public Integer call() {
        PartsLoader.Bulk bulk;
        try {
            bulk = PartsLoader.Bulk.valueOf(loader.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--loader must be parallel, phased or sequential, not '" + loader + "'");
        }
        List<Path> parts = dirs.stream().flatMap(d -> PartsLoader.parts(d).stream()).toList();
        PrintWriter err = spec.commandLine().getErr();
        try (KgStore store = KgStore.open(storeOptions.store)) {
            PartsLoader.Result r = PartsLoader.load(store, parts, bulk, err);
            int pairs = 0;
            if (!r.bulk()) pairs = IdentityLinks.update(store, r.personNames()).pairs();
            long quads = store.quadCount();
            err.printf(Locale.ROOT, "load: %s, %d parts, %d quads read in %.1f s (%.0f quads/s)%s; store quads: %d%n",
                    r.bulk() ? "bulk (" + loader + ")" : "transactional", r.parts(), r.quads(), r.seconds(),
                    r.quads() / Math.max(1e-9, r.seconds()),
                    r.bulk() ? "" : ", possibly-same person pairs recomputed: " + pairs, quads);
            err.flush();
        }
        return 0;
    }
}
