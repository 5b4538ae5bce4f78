package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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

/**
 * The knowledge graph store: a TDB2 dataset holding one named graph per article. Queries see the union of all
 * named graphs as the default graph. All writes are transactions; an article's graph is replaced as a whole.
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
        DatasetGraph dsg = datasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (Map.Entry<Node, Graph> e : graphs) {
                Node name = e.getKey();
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                e.getValue().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
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

    /** Removes one article graph. Returns false when there was none. */
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
