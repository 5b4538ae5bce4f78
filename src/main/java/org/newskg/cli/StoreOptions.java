package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newskg.InvalidInputException;
import picocli.CommandLine.Option;

/** Options shared by the commands that use a store. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newskg-data",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
    boolean verbose;

    /** The store directory, for commands that read a store and must not create one. */
    Path existing() {
        if (!Files.isDirectory(store))
            throw new InvalidInputException(store.toString(), "no store here (run `newskg ingest` first or give --store)");
        return store;
    }
}
