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
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.rdf.Iris;

/**
 * The knowledge graph store: a TDB2 dataset holding one named graph per article, one graph of division descriptions
 * shared by all articles ({@link Iris#DIVISIONS_GRAPH}), and the identity graphs ({@code org.newskg.pipeline.IdentityLinks}). Queries
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

    /** Opens (creating if needed) a TDB2 store in a directory. */
    public static KgStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new org.newskg.InvalidInputException(dir.toString(), "cannot create store directory: " + e.getMessage(), e);
        }
        return new KgStore(TDB2Factory.connectDataset(dir.toString()), dir);
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
     */
    public void replaceGraphs(Collection<Map.Entry<Node, Graph>> graphs) {
        replaceGraphs(graphs, List.of());
    }

    /**
     * Writes article graphs and division descriptions in one transaction; either all of it is committed or none.
     * Each article graph replaces any earlier graph of the same name. Each description (the triples of one
     * division) goes to the divisions graph, replacing what that graph said about the division when it differs
     * (a renamed or moved division); when it is the same, it costs a lookup and nothing is written.
     */
    public void replaceGraphs(Collection<Map.Entry<Node, Graph>> graphs, Collection<List<Triple>> divisions) {
        DatasetGraph dsg = datasetGraph();
        write(dsg, () -> {
            for (Map.Entry<Node, Graph> e : graphs) {
                Node name = e.getKey();
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                e.getValue().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            Node shared = Iris.divisionsGraph();
            for (List<Triple> description : divisions) {
                Node s = subject(description);
                Set<Triple> stored = new HashSet<>();
                dsg.find(shared, s, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
                if (stored.equals(new HashSet<>(description))) continue;
                dsg.deleteAny(shared, s, Node.ANY, Node.ANY);
                for (Triple t : description) dsg.add(shared, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
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
     * Starts loading article graphs into this store, which must be empty, with the TDB2 bulk loader (the
     * "light" plan: a few threads, sized for small machines). Until {@link BulkLoad#finish()} nothing else may
     * use the store. Faster than transactions for building a fresh store, but a failure part way leaves it
     * unusable (TDB2's bulk loaders are not crash-safe), so it is only for stores that can be rebuilt.
     *
     * @throws IllegalStateException when the store is not empty
     */
    public BulkLoad startBulkLoad() {
        if (!isEmpty()) throw new IllegalStateException("bulk loading needs an empty store; " + location + " has data");
        return new BulkLoad(datasetGraph());
    }

    /** A bulk load in progress: {@link #add} graphs, then {@link #finish}; closing without finishing aborts. */
    public static final class BulkLoad implements AutoCloseable {
        private final DataLoader loader;
        private final StreamRDF stream;
        private boolean open = true;

        private BulkLoad(DatasetGraph dsg) {
            this.loader = LoaderFactory.createLoader(LoaderPlans.loaderPlanLight, dsg, (fmt, args) -> { });
            loader.startBulk();
            this.stream = loader.stream();
        }

        /** Adds an article graph under its name. Names must not repeat within a load (nothing is replaced). */
        public void add(Node name, Graph graph) {
            if (!open) throw new IllegalStateException("bulk load already finished");
            graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
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
                for (Triple t : description) stream.quad(Quad.create(shared, t));
            }
        }

        /** Ends the load, building the indexes; the store is then usable. */
        public void finish() {
            if (!open) return;
            open = false;
            loader.finishBulk();
        }

        @Override
        public void close() {
            if (!open) return;
            open = false;
            loader.finishException(new IllegalStateException("bulk load closed before it was finished"));
        }
    }

    /** Removes one article graph (the divisions graph is left as it is). Returns false when there was none. */
    public boolean deleteGraph(Node name) {
        DatasetGraph dsg = datasetGraph();
        return Txn.calculateWrite(dsg, () -> {
            boolean present = dsg.contains(name, Node.ANY, Node.ANY, Node.ANY);
            if (present) dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
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
