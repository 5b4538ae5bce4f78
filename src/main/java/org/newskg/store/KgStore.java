package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.rdf.Iris;

/**
 * The knowledge graph store: a TDB2 dataset holding one named graph per article, one graph of division descriptions
 * shared by all articles ({@link Iris#DIVISIONS_GRAPH}), the identity graphs ({@code org.newskg.pipeline.IdentityLinks}) and
 * the statistics graph ({@link Statistics}, kept up to date by every write of an article graph here). Queries
 * see the union of all named graphs as the default graph. All writes are transactions (or one bulk load of an
 * empty store); an article's graph is replaced as a whole; a division's description is replaced as a whole.
 */
public final class KgStore implements AutoCloseable {
    private final Dataset dataset;
    private final Path location;

    private KgStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if needed) a TDB2 store in a directory.
     *
     * @throws InterruptedBulkLoad when a bulk load into the store began and never finished (the store is partial)
     */
    public static KgStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new org.newskg.InvalidInputException(dir.toString(), "cannot create store directory: " + e.getMessage(), e);
        }
        if (Files.exists(dir.resolve(BULK_MARKER))) throw new InterruptedBulkLoad(dir);
        // TDB2 creates a new store's files one after the other: a kill in between leaves files it cannot open ("Node
        // block manager empty"). A store being created is marked first; found marked, it never held data and is
        // created afresh.
        Path creating = dir.resolve(CREATION_MARKER);
        boolean fresh;
        try (var list = Files.list(dir)) {
            fresh = list.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list the store directory " + dir + ": " + e.getMessage(), e);
        }
        if (Files.exists(creating)) {
            LOG.warn("store {} was left half-created (its creation was interrupted): created afresh", dir);
            org.apache.jena.tdb2.sys.DatabaseConnection.internalExpel(org.apache.jena.dboe.base.file.Location.create(dir.toString()), true);
            emptyDirectory(dir);
            fresh = true;
        }
        if (!fresh) return connect(dir);
        try {
            Files.writeString(creating, "store creation started by pid " + ProcessHandle.current().pid() + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SYNC);
            KgStore store = connect(dir);
            Files.deleteIfExists(creating);
            return store;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot mark the creation of the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Marker file of a store being created: written before TDB2 creates its files, removed once they are there. */
    static final String CREATION_MARKER = "newskg-store-creation-unfinished";

    /**
     * Opens a store to ingest into: as {@link #open}, but a store left by an interrupted bulk load is emptied first.
     * A bulk load only ever starts on an empty store, so what the directory holds then is a part of one run's
     * articles and nothing else: the ingest starts it afresh.
     */
    public static KgStore openForIngest(Path dir) {
        if (Files.exists(dir.resolve(BULK_MARKER))) {
            long pid = livePid(dir);
            if (pid > 0) throw new StoreInUse(dir, pid, null);
            LOG.warn("store {} holds an interrupted bulk load: emptied, the ingest starts it afresh", dir);
            // a load that failed in this JVM leaves the store cached by TDB2: forget it before its files go
            org.apache.jena.tdb2.sys.DatabaseConnection.internalExpel(org.apache.jena.dboe.base.file.Location.create(dir.toString()), true);
            emptyDirectory(dir);
        }
        return open(dir);
    }

    /**
     * Marker file of a bulk load in progress: written (and synced) before the first quad, removed once the indexes
     * are built. Found on opening, it says the load was interrupted (killed, power cut, a failure) and the store
     * holds part of it.
     */
    public static final String BULK_MARKER = "newskg-bulk-load-unfinished";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KgStore.class);

    /** A store whose bulk load was interrupted: partial, to be rebuilt by ingesting again (or deleted). */
    public static final class InterruptedBulkLoad extends org.newskg.InvalidInputException {
        InterruptedBulkLoad(Path dir) {
            super(null, "store " + dir + " holds an interrupted bulk load (the run that filled it from empty did not finish): "
                    + "run the same ingest again, which empties and rebuilds it, or delete the directory", null);
        }
    }

    /** The live process other than this one that holds the store's lock, if any (no lock file, or its process gone). */
    public static java.util.OptionalLong lockHolder(Path dir) {
        long pid = livePid(dir);
        return pid < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(pid);
    }

    /** The live process holding the store's lock, or -1 when none (no lock file, or its process is gone). */
    private static long livePid(Path dir) {
        long pid = lockFilePid(dir);
        return pid >= 0 && pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                && !staleLock(dir, pid) ? pid : -1;
    }

    /** The process id written in the store's lock file, or -1 when there is no lock file or it holds no id. */
    private static long lockFilePid(Path dir) {
        try {
            String s = Files.readString(dir.resolve(LOCK_FILE)).strip();
            return s.matches("\\d{1,10}") ? Long.parseLong(s) : -1;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Deletes everything under dir (the marker last), keeping dir. */
    private static void emptyDirectory(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList())
                if (!p.equals(dir) && !p.getFileName().toString().equals(BULK_MARKER)) Files.delete(p);
            Files.deleteIfExists(dir.resolve(BULK_MARKER));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot empty the store " + dir + " of its interrupted bulk load: " + e.getMessage(), e);
        }
    }

    private static KgStore connect(Path dir) {
        try {
            return new KgStore(TDB2Factory.connectDataset(dir.toString()), dir);
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            // TDB2's lock message (not "block", as in a damaged file's message)
            if (!Files.exists(dir.resolve(LOCK_FILE)) || !java.util.regex.Pattern.compile("\\block").matcher(String.valueOf(e.getMessage())).find()) throw e;
            long pid = holder(dir, e);
            if (staleLock(dir, pid)) {
                // the process that wrote the lock is gone and its id was given to a later process: TDB2 only asks
                // whether the id is alive, so the lock is removed and the store opened again
                LOG.warn("{}: lock of pid {} is stale (that process started after the lock was written); removing it", dir, pid);
                try {
                    Files.deleteIfExists(dir.resolve(LOCK_FILE));
                } catch (java.io.IOException io) {
                    throw new StoreInUse(dir, pid, e);
                }
                return new KgStore(TDB2Factory.connectDataset(dir.toString()), dir);
            }
            throw new StoreInUse(dir, pid, e);
        }
    }

    /**
     * Whether the lock file names a process that started after the file was last written: a process id reused after
     * the store's last holder died (a kill -9 leaves its lock behind), not the holder itself.
     */
    private static boolean staleLock(Path dir, long pid) {
        if (pid < 0) return false;
        try {
            java.time.Instant written = Files.getLastModifiedTime(dir.resolve(LOCK_FILE)).toInstant();
            java.util.Optional<java.time.Instant> started = ProcessHandle.of(pid).flatMap(h -> h.info().startInstant());
            return started.isPresent() && started.get().isAfter(written.plusSeconds(2));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** TDB2's lock file in a store directory: it holds the id of the process that has the store open. */
    static final String LOCK_FILE = "tdb.lock";

    /**
     * The store is open in another process (a {@code newskg serve}, a second ingest): TDB2 lets one process have a
     * store at a time. Bad usage rather than an internal error: the message says which process and what to do.
     */
    public static final class StoreInUse extends org.newskg.InvalidInputException {
        private final long pid;

        StoreInUse(Path dir, long pid, Throwable cause) {
            super(null, "store " + dir + " is in use by " + describe(pid) + ": stop it or use a different --store", cause);
            this.pid = pid;
        }

        /** The id of the process holding the store, or -1 when not known. */
        public long pid() {
            return pid;
        }

        private static String describe(long pid) {
            if (pid < 0) return "another newskg process (pid not known)";
            String cmd = commandLine(pid);
            boolean ours = cmd == null || cmd.contains("newskg") || cmd.contains("org.newskg");
            return (ours ? "another newskg process" : "another process") + " (pid " + pid + ")";
        }
    }

    /** The whole command line of a process (Linux /proc, else what the JDK tells), or null when not known. */
    private static String commandLine(long pid) {
        try {
            Path proc = Path.of("/proc", Long.toString(pid), "cmdline");
            if (Files.isReadable(proc)) return new String(Files.readAllBytes(proc), java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (java.io.IOException | RuntimeException e) {
            // ask the JDK
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse(null);
    }

    /** The process holding the store's lock: from the lock file, else from TDB2's message; -1 when neither says. */
    private static long holder(Path dir, RuntimeException e) {
        long pid = lockFilePid(dir);
        if (pid >= 0) return pid;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("process (\\d{1,10})").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * Size of a store on disk. TDB2's index files are sparse (each is created 8 MB long and filled as needed), so
     * what the disk holds ({@code bytes}, allocated blocks as {@code du} counts them) is far below the files' lengths
     * ({@code apparent}).
     *
     * @param bytes    bytes allocated on disk, or -1 when not known (no {@code du})
     * @param apparent the sum of the files' lengths
     */
    public record DiskSize(long bytes, long apparent, int files) {
        @Override
        public String toString() {
            return (bytes < 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f MB on disk, ", bytes / 1048576.0))
                    + String.format(java.util.Locale.ROOT, "%.0f MB of file lengths (sparse files), %d files", apparent / 1048576.0, files);
        }
    }

    /** The disk space of the files under the store's directory (all its generations). */
    public DiskSize diskSize() {
        if (location == null) throw new IllegalStateException("an in-memory store has no size on disk");
        long[] bytes = {0};
        int[] files = {0};
        try (var walk = Files.walk(location)) {
            walk.filter(Files::isRegularFile).forEach(f -> {
                try {
                    bytes[0] += Files.size(f);
                    files[0]++;
                } catch (java.io.IOException e) {
                    // a file removed while walking: not part of the store any more
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new DiskSize(allocated(location), bytes[0], files[0]);
    }

    /** Bytes allocated under a directory ({@code du -sk}), or -1 when that cannot be told. */
    private static long allocated(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) return -1;
            String kb = out.split("\\s+")[0];
            return kb.matches("\\d+") ? Long.parseLong(kb) * 1024 : -1;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Compacts the store: TDB2 writes a new generation ({@code Data-NNNN}) holding only the live data and the old
     * generations are deleted. Readers may go on meanwhile; nothing else may write.
     *
     * @return the size before and after
     */
    public DiskSize[] compact() {
        DiskSize before = diskSize();
        org.apache.jena.tdb2.DatabaseMgr.compact(datasetGraph(), true);
        return new DiskSize[] {before, diskSize()};
    }

    /** A TDB2 store in memory, with real transactions; for tests and throw-away runs. */
    public static KgStore inMemory() {
        return new KgStore(TDB2Factory.createDataset(), null);
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** Directory of the store, or null when in memory. */
    public Path location() {
        return location;
    }

    /**
     * Writes article graphs in one transaction, each replacing any earlier graph of the same name.
     * Either all of them are committed or none.
     *
     * @return the change in the number of quads in the store (added minus replaced)
     */
    public long replaceGraphs(Collection<Map.Entry<Node, Graph>> graphs) {
        return replaceGraphs(graphs, List.of());
    }

    /**
     * Writes article graphs and division descriptions in one transaction; either all of it is committed or none.
     * Each article graph replaces any earlier graph of the same name. Each description (the triples of one
     * division) goes to the divisions graph, replacing what that graph said about the division when it differs
     * (a renamed or moved division); when it is the same, it costs a lookup and nothing is written.
     *
     * <p>The work is that of the graphs written: a graph's earlier quads are found by its name (a range of the
     * GSPO index, empty for a new article), never by scanning the store.
     *
     * @return the change in the number of quads in the store (added minus replaced), so a caller keeps count
     *         without counting the store
     */
    public long replaceGraphs(Collection<Map.Entry<Node, Graph>> graphs, Collection<List<Triple>> divisions) {
        DatasetGraph dsg = datasetGraph();
        long[] net = {0};
        checkStatistics();
        write(dsg, () -> {
            Statistics.Delta statistics = new Statistics.Delta();
            for (Map.Entry<Node, Graph> e : graphs) {
                Node name = e.getKey();
                statistics.subtract(name, dsg.getGraph(name));
                net[0] -= removeGraph(dsg, name);
                e.getValue().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                net[0] += e.getValue().size();
                statistics.add(name, e.getValue());
            }
            statistics.write(dsg);
            Node shared = Iris.divisionsGraph();
            for (List<Triple> description : divisions) {
                Node s = subject(description);
                Set<Triple> stored = new HashSet<>();
                dsg.find(shared, s, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
                Set<Triple> wanted = new HashSet<>(description);
                if (stored.equals(wanted)) continue;
                dsg.deleteAny(shared, s, Node.ANY, Node.ANY);
                for (Triple t : description) dsg.add(shared, t.getSubject(), t.getPredicate(), t.getObject());
                net[0] += wanted.size() - stored.size();
            }
        });
        return net[0];
    }

    /**
     * The change to one graph that is not an article graph (an identity graph): triples to remove (present in it) and
     * triples to add (absent from it), as the caller worked them out from what it read.
     */
    public record GraphPatch(Node name, Collection<Triple> removed, Collection<Triple> added) {
        public GraphPatch {
            if (Statistics.isArticleGraph(name)) throw new IllegalArgumentException("an article graph is replaced, not patched: " + name);
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }

    /**
     * Applies changes to graphs that are not article graphs (the statistics do not count them) in one transaction;
     * either all of it is committed or none. The work is that of the triples changed: nothing is read.
     *
     * @return the change in the number of quads in the store (added minus removed), the caller having checked that
     *         what it removes is there and what it adds is not
     */
    public long patchGraphs(Collection<GraphPatch> patches) {
        DatasetGraph dsg = datasetGraph();
        long[] net = {0};
        write(dsg, () -> {
            for (GraphPatch p : patches) {
                for (Triple t : p.removed()) dsg.delete(p.name(), t.getSubject(), t.getPredicate(), t.getObject());
                for (Triple t : p.added()) dsg.add(p.name(), t.getSubject(), t.getPredicate(), t.getObject());
                net[0] += p.added().size() - p.removed().size();
            }
        });
        return net[0];
    }

    /** Deletes a named graph's quads inside the current write transaction; returns how many there were. */
    private static long removeGraph(DatasetGraph dsg, Node name) {
        // one pass over the graph's range of the GSPO index to count it, then the delete (nothing for a new name)
        long n = 0;
        for (var it = dsg.find(name, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n++;
        if (n > 0) dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        return n;
    }

    private volatile boolean statisticsChecked;

    /**
     * Once per opened store, before its first transactional write: a store with articles but no statistics graph
     * (made before there was one), statistics of the layout before ontology 1.4 or an unfinished recount gets its
     * statistics recounted, so that the write keeps them right from then on.
     */
    private void checkStatistics() {
        if (statisticsChecked) return;
        synchronized (this) {
            if (statisticsChecked) return;
            if (Txn.calculateRead(datasetGraph(), () -> Statistics.missing(datasetGraph()))) {
                LOG.warn("store {} has no statistics graph, or one of an older layout or an unfinished recount: recounting it", location);
                Statistics.rebuild(this);
            }
            statisticsChecked = true;
        }
    }

    /**
     * Runs {@code body} in a write transaction on this thread. Whatever it throws ({@link Throwable}: an
     * out-of-memory error too) aborts the transaction and ends it, so the write lock is released before the
     * failure goes on; a commit only happens when the body returned.
     */
    private static void write(DatasetGraph dsg, Runnable body) {
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        try {
            body.run();
            dsg.commit();
        } catch (Throwable t) {
            try {
                dsg.abort();
            } catch (Throwable t2) {
                t.addSuppressed(t2);
            }
            throw t;
        } finally {
            dsg.end();
        }
    }

    /**
     * Ends a write transaction left open on this thread (aborting it), releasing the store's write lock. A no-op
     * when this thread has none: for a writer thread that failed in a way that skipped its own clean-up.
     */
    public void endWriteOnThisThread() {
        DatasetGraph dsg = datasetGraph();
        if (!dsg.isInTransaction()) return;
        try {
            dsg.abort();
        } finally {
            dsg.end();
        }
    }

    /** The one subject of a division description. */
    private static Node subject(List<Triple> description) {
        if (description.isEmpty()) throw new IllegalArgumentException("empty division description");
        Node s = description.get(0).getSubject();
        for (Triple t : description)
            if (!t.getSubject().equals(s))
                throw new IllegalArgumentException("a division description is about one division, not " + s + " and " + t.getSubject());
        return s;
    }

    /** True when the store holds no quads at all. */
    public boolean isEmpty() {
        DatasetGraph dsg = datasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.isEmpty());
    }

    /**
     * Starts loading article graphs into this store, which must be empty, with TDB2's parallel bulk loader fed in
     * small blocks ({@link StreamingBulkLoader}: one thread per quad index, building the indexes as the quads
     * arrive). Until {@link BulkLoad#finish()} nothing else may
     * use the store. TDB2's bulk loaders are not crash-safe: a failure part way leaves the store partial. So the
     * load is marked ({@link #BULK_MARKER}) from before its first quad until its indexes are built; a marked
     * store does not open ({@link InterruptedBulkLoad}) except to ingest into, which empties it first
     * ({@link #openForIngest}): the store was empty when the load began, so nothing but that run is lost.
     *
     * @throws IllegalStateException when the store is not empty
     */
    public BulkLoad startBulkLoad() {
        if (!isEmpty()) throw new IllegalStateException("bulk loading needs an empty store; " + location + " has data");
        Path marker = location == null ? null : location.resolve(BULK_MARKER);
        if (marker != null) {
            try {
                Files.writeString(marker, "bulk load started " + java.time.Instant.now() + " by pid " + ProcessHandle.current().pid() + "\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SYNC);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot mark the bulk load in " + location + ": " + e.getMessage(), e);
            }
        }
        return new BulkLoad(datasetGraph(), marker);
    }

    /**
     * A bulk load in progress: {@link #add} graphs, then {@link #finish}; closing without finishing aborts. The quads
     * go to Jena's index threads in small blocks ({@link StreamingBulkLoader}), so the indexes are built while the
     * caller produces the quads.
     */
    public static final class BulkLoad implements AutoCloseable {
        private final StreamingBulkLoader streaming;
        private final java.util.function.Consumer<Quad> stream;
        private final Path marker;
        private final Statistics.Delta statistics = new Statistics.Delta();
        private boolean open = true;

        private BulkLoad(DatasetGraph dsg, Path marker) {
            this.marker = marker;
            this.streaming = new StreamingBulkLoader(dsg, StreamingBulkLoader.DEFAULT_BLOCK);
            this.stream = streaming::add;
        }

        /**
         * Adds a graph under its name: an article graph (counted in the statistics) or another graph of the store
         * (an identity graph: nothing in it is counted). Names must not repeat within a load (nothing is replaced).
         */
        public void add(Node name, Graph graph) {
            add(name, graph, Statistics.Contribution.of(name, graph));
        }

        /**
         * Adds an article graph whose contribution to the statistics the caller computed
         * ({@link Statistics.Contribution#of}, on another thread: the load's own thread then only adds it up).
         */
        public void add(Node name, Graph graph, Statistics.Contribution contribution) {
            if (!open) throw new IllegalStateException("bulk load already finished");
            streaming.addGraph(name, graph);
            statistics.add(contribution);
        }

        /**
         * Adds division descriptions to the divisions graph. A division must be added once per load (its triples are
         * added as they are, not compared with what was loaded before).
         */
        public void addDivisions(Collection<List<Triple>> divisions) {
            if (!open) throw new IllegalStateException("bulk load already finished");
            Node shared = Iris.divisionsGraph();
            for (List<Triple> description : divisions) {
                subject(description);
                for (Triple t : description) stream.accept(Quad.create(shared, t));
            }
        }

        /** Ends the load, building the indexes and syncing them; the store is then usable (the marker goes). */
        public void finish() {
            if (!open) return;
            open = false;
            statistics.quads(stream);
            streaming.finish();
            if (marker != null) {
                try {
                    Files.deleteIfExists(marker);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("bulk load finished but its marker " + marker + " stays: " + e.getMessage(), e);
                }
            }
        }

        @Override
        public void close() {
            if (!open) return;
            open = false;
            streaming.abort();
        }
    }

    /** Removes one article graph (the divisions graph is left as it is). Returns false when there was none. */
    public boolean deleteGraph(Node name) {
        DatasetGraph dsg = datasetGraph();
        checkStatistics();
        return Txn.calculateWrite(dsg, () -> {
            boolean present = dsg.contains(name, Node.ANY, Node.ANY, Node.ANY);
            if (present) {
                Statistics.Delta statistics = new Statistics.Delta();
                statistics.subtract(name, dsg.getGraph(name));
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                statistics.write(dsg);
            }
            return present;
        });
    }

    public boolean containsGraph(Node name) {
        DatasetGraph dsg = datasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.contains(name, Node.ANY, Node.ANY, Node.ANY));
    }

    /**
     * Number of quads in all named graphs. Counts the entries of TDB2's primary quad index without decoding a node,
     * so a store of millions of quads is counted in a second or two rather than a full scan of the node table.
     */
    public long quadCount() {
        DatasetGraph dsg = datasetGraph();
        return Txn.calculateRead(dsg, () -> TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().size());
    }

    @Override
    public void close() {
        dataset.close();
    }
}
