package org.newskg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newskg.link.LinkedArticle;
import org.newskg.link.PersonKeys;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NK;
import org.newskg.rdf.Namespaces;
import org.newskg.rdf.PROV;

/**
 * The "possibly the same person" links across articles. People are never merged silently: a person's key carries
 * the context that identifies them (organisation, source, region), and two person resources that share a name
 * but no context are joined by {@code nk:possiblySameAs} with an {@code nk:SameAsCandidate} node carrying the
 * evidence. The links are derived from the whole store, so they live in one graph of their own, rebuilt after
 * each ingest or delete: re-ingesting the same articles gives the same triples.
 */
public final class IdentityLinks {
    /** Name of the graph holding the links. */
    public static final Node GRAPH = NodeFactory.createURI(Iris.ID_NS + "graph/identity");

    /** At most this many person resources per name are paired (common names would otherwise explode). */
    public static final int MAX_PER_NAME = 40;

    private static final String PERSONS = Namespaces.sparqlPrologue() + """
            SELECT ?p ?key ?name (MIN(STR(?a)) AS ?article) WHERE {
              ?p a nk:Person ; rdfs:label ?name ; nk:entityKey ?key .
              { ?m nk:refersTo ?p } UNION { ?m nk:person ?p }
              ?m nk:inArticle ?a .
            } GROUP BY ?p ?key ?name ORDER BY ?name ?key""";

    private IdentityLinks() {}

    private record Person(Node iri, String key, String name, Node article) {}

    /** What a rebuild wrote: candidate pairs and triples in the identity graph. */
    public record Result(int pairs, long triples) {}

    /** Recomputes the identity graph from the article graphs. */
    public static Result rebuild(KgStore store) {
        var dsg = store.datasetGraph();
        List<Person> persons = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(PERSONS).dataset(store.dataset()).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    persons.add(new Person(s.getResource("p").asNode(), s.getLiteral("key").getLexicalForm(),
                            s.getLiteral("name").getLexicalForm(), NodeFactory.createURI(s.getLiteral("article").getLexicalForm())));
                }
            }
        });
        Graph g = GraphFactory.createDefaultGraph();
        int pairs = 0;
        for (int i = 0; i < persons.size(); ) {
            int j = i;
            while (j < persons.size() && persons.get(j).name().equals(persons.get(i).name())) j++;
            List<Person> group = persons.subList(i, Math.min(j, i + MAX_PER_NAME));
            for (int a = 0; a < group.size(); a++)
                for (int b = a + 1; b < group.size(); b++) {
                    link(g, group.get(a), group.get(b));
                    pairs++;
                }
            i = j;
        }
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
            g.find().forEachRemaining(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return new Result(pairs, g.size());
    }

    private static void link(Graph g, Person a, Person b) {
        LinkedArticle.PossiblySame ps = PersonKeys.possiblySame(a.key(), List.of(b.key())).get(0);
        Node n = NodeFactory.createURI(Iris.ID_NS + "same/" + digest(a.key() + "\n" + b.key()));
        g.add(a.iri(), NK.possiblySameAs.asNode(), b.iri());
        g.add(b.iri(), NK.possiblySameAs.asNode(), a.iri());
        g.add(n, RDF.type.asNode(), NK.SameAsCandidate.asNode());
        g.add(n, NK.candidate.asNode(), a.iri());
        g.add(n, NK.candidate.asNode(), b.iri());
        g.add(n, NK.evidence.asNode(), NodeFactory.createLiteralString(ps.evidence()));
        g.add(n, PROV.wasDerivedFrom.asNode(), a.article());
        if (!a.article().equals(b.article())) g.add(n, PROV.wasDerivedFrom.asNode(), b.article());
    }

    private static String digest(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
