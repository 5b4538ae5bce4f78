package org.newskg.serve;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a running {@code newskg serve} leaves in its store directory ({@value #FILE}): its process id and its
 * SPARQL endpoint, so that the other commands on that store can go through the server instead of failing on the
 * store's lock. Written once the server listens, removed when it stops cleanly; a note whose process is gone (the
 * server was killed) is stale and ignored.
 *
 * @param pid the serving process
 * @param sparqlUrl its query endpoint, e.g. {@code http://127.0.0.1:3030/newskg/sparql}
 */
public record ServeRecord(long pid, String sparqlUrl) {
    /** The file name in the store directory. */
    public static final String FILE = "newskg-serve.properties";

    public ServeRecord {
        if (pid <= 0) throw new IllegalArgumentException("pid " + pid);
        if (sparqlUrl == null || !sparqlUrl.startsWith("http") || !sparqlUrl.endsWith("/sparql"))
            throw new IllegalArgumentException("not a SPARQL endpoint URL: " + sparqlUrl);
    }

    /** The server's {@code /newskg/export} URL (the same engine as {@code newskg export}). */
    public String exportUrl() {
        return sparqlUrl.substring(0, sparqlUrl.length() - "/sparql".length()) + "/export";
    }

    /** Writes the note for this process (atomically: a reader sees the old note, none, or this one). */
    public static ServeRecord write(Path store, String sparqlUrl) {
        ServeRecord r = new ServeRecord(ProcessHandle.current().pid(), sparqlUrl);
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(r.pid));
        p.setProperty("sparql", r.sparqlUrl);
        try {
            Path tmp = Files.createTempFile(store, FILE, ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "written by newskg serve; removed when it stops; ignored when its pid is gone");
            }
            try {
                Files.move(tmp, store.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, store.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + store.resolve(FILE), e);
        }
        return r;
    }

    /** The note of a live server on this store; empty when there is none, it is unreadable, or its process is gone. */
    public static Optional<ServeRecord> find(Path store) {
        Path f = store.resolve(FILE);
        if (!Files.isRegularFile(f)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
            ServeRecord rec = new ServeRecord(Long.parseLong(p.getProperty("pid", "0").strip()), p.getProperty("sparql"));
            return ProcessHandle.of(rec.pid).filter(ProcessHandle::isAlive).map(h -> rec);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Removes the note if it is this one (a later server's note stays). */
    public void remove(Path store) {
        Path f = store.resolve(FILE);
        try {
            if (find(store).filter(this::equals).isPresent()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // a note left behind is ignored once this process is gone
        }
    }
}
