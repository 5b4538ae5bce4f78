package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.store.KgStore;
import org.newskg.store.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "recount", mixinStandardHelpOptions = true,
        description = {"Recounts the statistics graph of the store (articles per entity, per entity and month, per byline "
                + "credit and place, per person–organisation pair) from its article graphs, replacing what it held.",
                "Every write keeps the statistics up to date, and the first write into a store made before them recounts it; "
                        + "this command does it at once (for the aggregate curated queries, which read the statistics). "
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
            long tallies = Statistics.rebuild(store);
            spec.commandLine().getOut().printf("store %s: %d tallies in the statistics graph, recounted in %.1f s%n", storeOptions.store,
                    tallies, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
