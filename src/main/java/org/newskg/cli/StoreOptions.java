package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that use a store. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newskg-data",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
    boolean verbose;
}
