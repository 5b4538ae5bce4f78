package org.newskg.export;

import java.util.ArrayList;
import java.util.List;

/** Keeps what it is given, checking the call order like every writer. */
final class CollectingWriter extends AbstractNetworkWriter {
    final List<ExportNode> nodes = new ArrayList<>();
    final List<ExportEdge> edges = new ArrayList<>();
    boolean begun;
    boolean ended;

    CollectingWriter() {
        super(ExportOptions.defaults());
    }

    @Override
    void writeBegin() {
        begun = true;
    }

    @Override
    void writeNode(ExportNode n) {
        nodes.add(n);
    }

    @Override
    void writeNodesEnd() {
    }

    @Override
    void writeEdge(ExportEdge e, long id) {
        edges.add(e);
    }

    @Override
    void writeEnd() {
        ended = true;
    }

    @Override
    void flush() {
    }

    ExportNode node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in " + nodes));
    }

    ExportEdge edge(String source, String target, String relation) {
        return edges.stream().filter(e -> e.source().equals(source) && e.target().equals(target)
                        && e.relation().equals(relation)).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + source + " -" + relation + "-> " + target));
    }
}
