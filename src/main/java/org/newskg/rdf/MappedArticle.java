package org.newskg.rdf;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One article mapped to RDF, as the store takes it: the article's own graph under its name, and beside it the
 * descriptions of the administrative divisions the article touches, which belong in the graph shared by all
 * articles ({@link Iris#DIVISIONS_GRAPH}) rather than in the article's graph.
 *
 * @param graphName the name of the article's graph (the article IRI)
 * @param graph     what the article says: the article, its mentions, posts, bylines, the entities as it names them
 * @param divisions the description of each division touched (the division, its parent, and so on up to the
 *                  province) by division code; each description holds the triples of one subject, the division
 */
public record MappedArticle(Node graphName, Graph graph, Map<String, List<Triple>> divisions) {
    public MappedArticle {
        Objects.requireNonNull(graphName, "graph name");
        Objects.requireNonNull(graph, "graph of " + graphName);
        TreeMap<String, List<Triple>> sorted = new TreeMap<>();
        for (Map.Entry<String, List<Triple>> e : divisions.entrySet()) {
            List<Triple> d = List.copyOf(e.getValue());
            if (d.isEmpty()) throw new IllegalArgumentException(graphName + ": empty description of division " + e.getKey());
            Node s = d.get(0).getSubject();
            for (Triple t : d)
                if (!t.getSubject().equals(s))
                    throw new IllegalArgumentException(graphName + ": description of division " + e.getKey()
                            + " has triples about " + s + " and " + t.getSubject());
            sorted.put(e.getKey(), d);
        }
        divisions = Collections.unmodifiableMap(sorted);
    }

    /** The article graph only, with no divisions. */
    public MappedArticle(Node graphName, Graph graph) {
        this(graphName, graph, Map.of());
    }

    /** Number of triples in the division descriptions. */
    public long divisionTriples() {
        return divisions.values().stream().mapToLong(List::size).sum();
    }
}
