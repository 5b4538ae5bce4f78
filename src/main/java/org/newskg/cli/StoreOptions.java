package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newskg.InvalidInputException;
import org.newskg.serve.ServeRecord;
import picocli.CommandLine.Option;

/** Options shared by the commands that use a store. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newskg-data",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
    boolean verbose;

    /** The live {@code newskg serve} on this store, if any (its note in the store directory, see {@link ServeRecord}). */
    Optional<ServeRecord> served() {
        return Files.isDirectory(store) ? ServeRecord.find(store) : Optional.empty();
    }

    /**
     * For a command that needs the store to itself (ingest, delete, compact): when a server holds it, exit 2 with
     * what to do instead of failing on the store's lock.
     *
     * @param command     the command, as the user typed it
     * @param alternative what else the user may do, a clause starting with "; " (or empty)
     */
    void requireNotServed(String command, String alternative) {
        served().ifPresent(r -> {
            throw new InvalidInputException("store " + store, "served by newskg serve (pid " + r.pid() + ") at "
                    + r.sparqlUrl() + "; " + command + " needs the store to itself: stop the server (Ctrl-C where it "
                    + "runs, or kill " + r.pid() + ") and run " + command + " again" + alternative);
        });
    }

    /** The one-line note on stderr of a command that goes through a server. */
    static String throughServer(ServeRecord r) {
        return "store in use by newskg serve (pid " + r.pid() + "): going through " + r.sparqlUrl();
    }

    /** The store directory, for commands that read a store and must not create one. */
    Path existing() {
        if (!Files.isDirectory(store))
            throw new InvalidInputException(store.toString(), "no store here (run `newskg ingest` first or give --store)");
        return store;
    }
}
