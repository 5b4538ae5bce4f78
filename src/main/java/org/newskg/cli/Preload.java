package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.NewsExtractor;
import org.newskg.gazetteer.Gazetteer;

/**
 * Start-up overlap: while picocli builds the command line (about a third of a second), daemon threads load what
 * the named subcommand will need anyway: the gazetteer and HanLP's dictionaries. Each is read-only and loaded once
 * per JVM whoever asks first, so preloading changes no result; the command's own call waits for a load in progress
 * or reports its failure.
 *
 * <p>Jena is not preloaded: its static initialisers refer to each other, and initialising it on one thread while
 * picocli's command classes touch Jena vocabulary on the main thread deadlocked (seen with {@code bench}: the
 * preload thread in {@code JenaSystem.init} waiting for {@code PrefixMapping}, the main thread in
 * {@code PrefixMapping}'s initialiser waiting for {@code ModelCom}). Jena starts on the thread that opens the store.
 */
final class Preload {
    private static final Set<String> EXTRACTING = Set.of("ingest", "extract", "demo", "eval", "bench");
    private Preload() {}

    /** Starts the loads the subcommand in {@code args} needs; none for help, version or an unknown command. */
    static void start(String[] args) {
        for (Runnable load : loads(args)) {
            Thread t = new Thread(() -> {
                try {
                    load.run();
                } catch (RuntimeException | Error e) {
                    // the command meets the same failure when it asks, and reports it there
                }
            }, "newskg-preload");
            t.setDaemon(true);
            t.start();
        }
    }

    static List<Runnable> loads(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        List<Runnable> out = new ArrayList<>();
        if (EXTRACTING.contains(command) || command.equals("generate")) out.add(Gazetteer::loadDefault);
        if (EXTRACTING.contains(command)) out.add(NewsExtractor::loadDictionaries);
        return out;
    }
}
