package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.store.KgStore;
import org.newskg.store.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "recount", mixinStandardHelpOptions = true,
        description = {"Recounts the statistics graphs of the store (articles per entity, per entity and month, per byline "
                + "credit and place, per person–organisation pair) from its article graphs, replacing what they held.",
                "Every write keeps the statistics up to date, and the first write into a store made before them, with "
                        + "their older layout (ontology 1.3) or with an unfinished recount recounts it; this command does it at "
                        + "once (for the aggregate curated queries, which read the statistics), counting in one read and "
                        + "writing in transactions of 200,000 quads (heap: about 200 bytes per count). "
                        + "The store must not be open in another process (stop `newskg serve`)."})
final class RecountCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        storeOptions.existing();
        storeOptions.requireNotServed("recount", "");
        try (KgStore store = KgStore.open(storeOptions.store)) {
            long t0 = System.nanoTime();
            long counts = Statistics.rebuild(store);
            spec.commandLine().getOut().printf("store %s: %d counts in the statistics graphs, recounted in %.1f s%n", storeOptions.store,
                    counts, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
