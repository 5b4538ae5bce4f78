package org.newskg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.main.Indexer;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's parallel bulk loader ({@code tdb2.tdbloader --loader=parallel}: one thread per quad index, fed blocks of
 * node-id tuples) assembled from its own parts, with one difference: the blocks are small. Jena's loader gathers
 * 100,000 quads before its index threads see any, which suits a parser that produces quads at a million a second;
 * here quads come from extraction, a few thousand a second, so with Jena's block size the six indexes would be built
 * almost wholly after the last article, on a machine then idle but for them. With blocks of {@link #DEFAULT_BLOCK}
 * quads the index threads build the indexes while extraction runs, and what is left at the end is one block per
 * index.
 *
 * <p>The caller's thread turns quads into node ids (the node table), as Jena's light plan does; the six quad indexes
 * take the blocks on threads of Jena's {@link Indexer}. As all TDB2 bulk loaders: the store must be empty, nothing
 * else may use it until {@link #finish}, and an interrupted load leaves the store partial (see
 * {@link KgStore#startBulkLoad}).
 */
final class StreamingBulkLoader {
    /** Quads per block handed to the index threads, chosen by measurement (see the README, Performance). */
    static final int DEFAULT_BLOCK = 500;

    private final DatasetGraphTDB dsg;
    private final NodeTable nodes;
    private final Indexer indexer;
    private final org.apache.jena.tdb2.loader.main.Destination<Tuple<NodeId>> destination;
    private final TransactionCoordinator coordinator;
    private final Transaction transaction;
    private final int blockSize;
    private List<Tuple<NodeId>> block;
    /**
     * Node ids of the predicates and classes (objects of rdf:type) loaded, looked up here before TDB2's node table
     * cache: a few dozen terms in every article, which otherwise make two of the four lookups of most quads, each
     * with the cache's own upkeep (measured: the upkeep was two fifths of the writer's samples). A node's id never
     * changes within a load. Bounded, in case a store's vocabulary is not small.
     */
    private final java.util.Map<org.apache.jena.graph.Node, NodeId> vocabulary = new java.util.HashMap<>();
    private static final int VOCABULARY_LIMIT = 10_000;
    private static final org.apache.jena.graph.Node TYPE = org.apache.jena.vocabulary.RDF.type.asNode();
    private long quads;
    private boolean open = true;

    StreamingBulkLoader(DatasetGraph datasetGraph, int blockSize) {
        if (blockSize < 1) throw new IllegalArgumentException("block size must be >= 1, got " + blockSize);
        this.dsg = TDBInternal.getDatasetGraphTDB(datasetGraph);
        this.blockSize = blockSize;
        this.nodes = dsg.getQuadTable().getNodeTupleTable().getNodeTable();
        TupleIndex[] indexes = dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        // lock every other transaction out while the loader's threads write the files directly, as Jena's loaders do
        dsg.getTxnSystem().getTxnMgr().startExclusiveMode();
        try {
            this.indexer = new Indexer((fmt, args) -> { }, indexes);
            this.destination = indexer.index();
            this.coordinator = CoLib.newCoordinator();
            CoLib.add(coordinator, nodes);
            CoLib.start(coordinator);
            this.transaction = coordinator.begin(TxnType.WRITE);
            indexer.startBulk();
        } catch (RuntimeException | Error e) {
            dsg.getTxnSystem().getTxnMgr().finishExclusiveMode();
            throw e;
        }
        this.block = new ArrayList<>(blockSize);
    }

    /** Adds a quad of a named graph (the default graph is not used by this store). */
    void add(Quad q) {
        if (!open) throw new IllegalStateException("bulk load already finished");
        if (q.isTriple() || q.isDefaultGraph()) throw new IllegalArgumentException("a quad of a named graph is needed, not " + q);
        append(TupleFactory.tuple(nodes.getAllocateNodeId(q.getGraph()), nodes.getAllocateNodeId(q.getSubject()),
                term(q.getPredicate()), nodes.getAllocateNodeId(q.getObject())));
    }

    /** Adds the triples of a graph as quads of the named graph {@code name}. */
    void addGraph(org.apache.jena.graph.Node name, org.apache.jena.graph.Graph graph) {
        if (!open) throw new IllegalStateException("bulk load already finished");
        if (name == null || !(name.isURI() || name.isBlank()) || Quad.isDefaultGraph(name))
            throw new IllegalArgumentException("a named graph is needed, not " + name);
        NodeId g = nodes.getAllocateNodeId(name);
        graph.find().forEachRemaining(t -> {
            NodeId p = term(t.getPredicate());
            NodeId o = TYPE.equals(t.getPredicate()) ? term(t.getObject()) : nodes.getAllocateNodeId(t.getObject());
            append(TupleFactory.tuple(g, nodes.getAllocateNodeId(t.getSubject()), p, o));
        });
    }

    /** The id of a predicate or class, from {@link #vocabulary} when it was seen before. */
    private NodeId term(org.apache.jena.graph.Node n) {
        NodeId id = vocabulary.get(n);
        if (id != null) return id;
        id = nodes.getAllocateNodeId(n);
        if (vocabulary.size() < VOCABULARY_LIMIT) vocabulary.put(n, id);
        return id;
    }

    private void append(Tuple<NodeId> tuple) {
        block.add(tuple);
        quads++;
        if (block.size() >= blockSize) {
            destination.deliver(block);
            block = new ArrayList<>(blockSize);
        }
    }

    long quads() {
        return quads;
    }

    /** Hands on the last block, waits for the index threads and commits the node table; the store is then usable. */
    void finish() {
        if (!open) return;
        open = false;
        try {
            if (!block.isEmpty()) destination.deliver(block);
            block = null;
            destination.deliver(List.of()); // the end marker of Jena's index threads
            indexer.finishBulk();
            transaction.commit();
            transaction.end();
            CoLib.finish(coordinator);
        } finally {
            dsg.getTxnSystem().getTxnMgr().finishExclusiveMode();
        }
    }

    /**
     * Abandons the load: the index threads end (with what they were handed) and the store stays partial, marked by
     * the caller ({@link KgStore#BULK_MARKER}) and emptied before it is used again.
     */
    void abort() {
        if (!open) return;
        open = false;
        try {
            destination.deliver(List.of());
            indexer.finishBulk();
            // the node table's transaction is left open, as Jena's loaders leave it on a failure: aborting it here
            // left stale node ids behind in this JVM (a store emptied and loaded again read wrong nodes)
        } finally {
            dsg.getTxnSystem().getTxnMgr().finishExclusiveMode();
        }
    }
}
