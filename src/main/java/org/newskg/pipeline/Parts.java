package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.newskg.extract.EntityType;
import org.newskg.link.Entity;
import org.newskg.rdf.Iris;

/**
 * What {@code newskg ingest} writes to the store, as N-Quads lines, for an ingest that runs elsewhere and is loaded
 * afterwards ({@code newskg load}; the Spark job in {@code spark/}): an article's graph, a division's description in
 * the shared divisions graph, and the identity graph of one person name. The same mapping and the same
 * possibly-same rules as the store path ({@link ArticlePipeline#process}, {@link IdentityLinks}), so both give the
 * same quads. Lines are sorted within each piece, so the output of a run is the same every time.
 */
public final class Parts {
    private Parts() {}

    /** One quad as an N-Quads line (without the line break). */
    public static String line(Node g, Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + ' ' + NodeFmtLib.strNT(t.getPredicate()) + ' '
                + NodeFmtLib.strNT(t.getObject()) + ' ' + NodeFmtLib.strNT(g) + " .";
    }

    private static List<String> lines(Node g, Iterable<Triple> triples) {
        TreeSet<String> out = new TreeSet<>();
        for (Triple t : triples) out.add(line(g, t));
        return new ArrayList<>(out);
    }

    /** The article's graph, as {@code newskg ingest} stores it. */
    public static List<String> article(ArticlePipeline.Processed p) {
        Graph g = p.mapped().graph();
        return lines(p.mapped().graphName(), () -> g.find());
    }

    /** A division's description (one of {@code MappedArticle#divisions}) in the shared divisions graph. */
    public static List<String> division(List<Triple> description) {
        return lines(Iris.divisionsGraph(), description);
    }

    /**
     * The persons of the article, each with the article (for {@link #identity}): the person entities the linker
     * found, as the article's graph names them.
     */
    public static List<IdentityLinks.Person> persons(ArticlePipeline.Processed p) {
        Collection<String> names = new TreeSet<>();
        for (Entity e : p.linked().entities().values()) if (e.type() == EntityType.Person) names.add(e.label());
        return IdentityLinks.persons(p.mapped().graphName(), p.mapped().graph(), names);
    }

    /**
     * The identity graph of one name over all the articles: {@code persons} holds each person resource of that name
     * once, with the first article (by IRI) that mentions it, in any order. The graph records its members as the store
     * path does ({@link IdentityLinks#graphOf}).
     */
    public static List<String> identity(String name, List<IdentityLinks.Person> persons) {
        List<IdentityLinks.Person> sorted = new ArrayList<>(persons);
        sorted.sort(java.util.Comparator.comparing(IdentityLinks.Person::key));
        Graph g = IdentityLinks.graphOf(sorted);
        return lines(IdentityLinks.graph(name), () -> g.find());
    }

    /** The statement that the identity graphs record their members ({@link IdentityLinks#layoutGraph}), once per output. */
    public static List<String> identityLayout() {
        Graph g = IdentityLinks.layoutGraph();
        return lines(IdentityLinks.LAYOUT_GRAPH, () -> g.find());
    }
}
