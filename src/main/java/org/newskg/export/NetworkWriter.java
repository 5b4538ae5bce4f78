package org.newskg.export;

/**
 * A streaming writer of one network in one file format.
 *
 * <p>Call order: {@link #begin()}, then every {@link #node} call, then every {@link #edge} call, then
 * {@link #end()}. Nodes must all come before the first edge (GEXF and GraphML put them in separate
 * sections and the writer never buffers); a node after an edge, an edge naming a node not yet written,
 * or a node id written twice is an {@link IllegalStateException} or {@link IllegalArgumentException}.
 * Output goes out as it comes; the writer keeps only the set of node ids.
 *
 * <p>{@link #close()} flushes but does not close the underlying stream, which belongs to the caller.
 * I/O failures are thrown as {@link java.io.UncheckedIOException}.
 */
public interface NetworkWriter extends AutoCloseable {
    /** Writes the header. */
    void begin();

    /** Writes one node; all nodes precede all edges. */
    void node(ExportNode n);

    /** Writes one edge between nodes already written. */
    void edge(ExportEdge e);

    /** Writes the trailer and flushes. */
    void end();

    /** Flushes; does not close the caller's stream. */
    @Override
    void close();
}
