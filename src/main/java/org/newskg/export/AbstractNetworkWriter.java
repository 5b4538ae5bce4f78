package org.newskg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the call order of {@link NetworkWriter} (begin, nodes, edges, end), rejects duplicate node ids
 * and edges to unknown nodes, and counts edges; subclasses only write.
 */
abstract class AbstractNetworkWriter implements NetworkWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AbstractNetworkWriter.class);

    private enum State { NEW, NODES, EDGES, ENDED }

    protected final ExportOptions options;
    private final Set<String> nodeIds = new HashSet<>();
    private State state = State.NEW;
    private long edges;

    AbstractNetworkWriter(ExportOptions options) {
        this.options = Objects.requireNonNull(options, "export options");
    }

    @Override
    public final void begin() {
        expect(State.NEW, "begin");
        run(this::writeBegin);
        state = State.NODES;
    }

    @Override
    public final void node(ExportNode n) {
        Objects.requireNonNull(n, "node");
        if (state == State.EDGES) {
            throw new IllegalStateException("node " + n.id() + " after edges: write all nodes before the first edge");
        }
        expect(State.NODES, "node " + n.id());
        if (!nodeIds.add(n.id())) {
            throw new IllegalArgumentException("node " + n.id() + " written twice");
        }
        run(() -> writeNode(n));
    }

    @Override
    public final void edge(ExportEdge e) {
        Objects.requireNonNull(e, "edge");
        if (state != State.NODES) {
            expect(State.EDGES, "edge " + e.source() + " -> " + e.target());
        }
        requireWritten(e, e.source());
        requireWritten(e, e.target());
        if (state == State.NODES) {
            run(this::writeNodesEnd);
            state = State.EDGES;
        }
        long id = edges++;
        run(() -> writeEdge(e, id));
    }

    @Override
    public final void end() {
        if (state == State.NODES) {
            run(this::writeNodesEnd);
            state = State.EDGES;
        }
        expect(State.EDGES, "end");
        run(this::writeEnd);
        state = State.ENDED;
    }

    @Override
    public final void close() {
        if (state == State.NODES || state == State.EDGES) {
            LOG.warn("{} closed before end(): output incomplete", getClass().getSimpleName());
        }
        run(this::flush);
    }

    /** The articles listed for an edge: all of them, or the first {@code maxArticles}. */
    protected final List<String> listedArticles(ExportEdge e) {
        int max = options.maxArticles();
        return max == 0 || e.articles().size() <= max ? e.articles() : e.articles().subList(0, max);
    }

    private void requireWritten(ExportEdge e, String end) {
        if (!nodeIds.contains(end)) {
            throw new IllegalArgumentException("edge " + e.source() + " -" + e.relation() + "-> " + e.target()
                    + " names node " + end + ", which was not written before it");
        }
    }

    private void expect(State wanted, String call) {
        if (state != wanted) {
            throw new IllegalStateException(call + " in state " + state + " of " + getClass().getSimpleName()
                    + ": call begin, nodes, edges, end in this order");
        }
    }

    /** Header. */
    abstract void writeBegin() throws IOException;

    abstract void writeNode(ExportNode n) throws IOException;

    /** Called once, after the last node, before the first edge (or before {@link #writeEnd} if there is none). */
    abstract void writeNodesEnd() throws IOException;

    /** @param id 0-based edge number, for formats that need edge ids */
    abstract void writeEdge(ExportEdge e, long id) throws IOException;

    /** Trailer; flushes. */
    abstract void writeEnd() throws IOException;

    abstract void flush() throws IOException;

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    private static void run(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
