package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts the store (TDB2 compaction): writes a new generation with only the live data and deletes "
                + "the old ones. Replacing articles (re-ingest) and interrupted runs leave dead space behind; this gives it back.",
                "Prints the store's size before and after. The store must not be open in another process (stop `newskg serve`)."})
final class CompactCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        storeOptions.existing();
        storeOptions.requireNotServed("compact", "");
        try (KgStore store = KgStore.open(storeOptions.store)) {
            var out = spec.commandLine().getOut();
            long quads = store.quadCount();
            KgStore.DiskSize[] sizes = store.compact();
            out.println("store " + storeOptions.store + ": " + quads + " quads");
            out.println("before\t" + sizes[0]);
            out.println("after\t" + sizes[1]);
            if (store.quadCount() != quads)
                throw new IllegalStateException("compaction changed the quad count: " + quads + " before, " + store.quadCount() + " after");
        }
        return 0;
    }
}
