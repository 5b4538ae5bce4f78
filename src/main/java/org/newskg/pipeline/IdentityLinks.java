package org.newskg.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.newskg.store.KgStore;

/**
 * The "possibly the same person" links across articles. People are never merged silently: a person's key carries
 * the context that identifies them (organisation, source, region), and two person resources that share a name
 * but no context are joined by {@code nk:possiblySameAs} with an {@code nk:SameAsCandidate} node carrying the
 * evidence. The links of one name live in a graph of their own ({@code …/graph/identity/<name>}), recomputed from
 * the article graphs for the names an ingest or delete touched, so the work follows the batch, not the store, and
 * re-ingesting the same articles gives the same triples.
 */
public final class IdentityLinks {
    /** Prefix of the names of the identity graphs. */
    public static final String GRAPH_PREFIX = Iris.ID_NS + "graph/identity/";

    /** At most this many person resources per name are paired (common names would otherwise explode). */
    public static final int MAX_PER_NAME = 40;

    private static final String PERSONS = Namespaces.sparqlPrologue() + """
            SELECT ?p ?name (MIN(STR(?a)) AS ?article) WHERE {
              VALUES ?name { %s }
              ?p rdfs:label ?name ; a nk:Person .
              GRAPH ?a { { ?m nk:refersTo ?p } UNION { ?m nk:person ?p } }
            } GROUP BY ?p ?name""";

    private static final String PERSON_NAMES_OF_GRAPH = Namespaces.sparqlPrologue()
            + "SELECT DISTINCT ?name WHERE { GRAPH ?g { ?p a nk:Person ; rdfs:label ?name } }";

    /** Names are looked up this many at a time. */
    private static final int CHUNK = 500;

    private IdentityLinks() {}

    /**
     * One person resource as the links see it: its IRI, key and name, and the first article (by IRI) mentioning it.
     * Public so that a distributed ingest (the Spark job) computes the same links as {@link #update} from per-article
     * pieces: {@link #persons(Graph, Collection)} per article, the earliest article per person, then {@link #links}.
     */
    public record Person(Node iri, String key, String name, Node article) {}

    /**
     * What an update wrote: candidate pairs and triples in the identity graphs of the names updated, and the change
     * in the store's quads (the triples written minus those of the graphs they replaced).
     */
    public record Result(int pairs, long triples, long netQuads) {}

    /** The graph holding the links between persons of this name. */
    public static Node graph(String name) {
        return NodeFactory.createURI(GRAPH_PREFIX + Iris.entity("n/" + name).getURI().substring(Iris.ID_NS.length() + 2));
    }

    /** Person names in one article graph (read before deleting it, to update their links afterwards). */
    public static Set<String> personNames(KgStore store, Node articleGraph) {
        Set<String> names = new java.util.TreeSet<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(PERSON_NAMES_OF_GRAPH).dataset(store.dataset())
                    .substitution("g", store.dataset().getDefaultModel().asRDFNode(articleGraph)).build()) {
                qe.execSelect().forEachRemaining(s -> names.add(s.getLiteral("name").getLexicalForm()));
            }
        });
        return names;
    }

    /** Recomputes the identity graphs of these person names from the article graphs. */
    public static Result update(KgStore store, Collection<String> names) {
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(names));
        int pairs = 0;
        long triples = 0;
        long net = 0;
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
            Map<String, List<Person>> byName = persons(store.dataset(), chunk);
            Map<Node, Graph> graphs = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
            for (String name : chunk) {
                List<Person> group = byName.getOrDefault(name, List.of());
                Graph g = links(group);
                pairs += pairs(group.size());
                triples += g.size();
                graphs.put(graph(name), g);
            }
            net += store.replaceGraphs(graphs.entrySet());
        }
        return new Result(pairs, triples, net);
    }

    /** Candidate pairs among persons of one name: at most {@link #MAX_PER_NAME} of them are paired. */
    public static int pairs(int persons) {
        int n = Math.min(persons, MAX_PER_NAME);
        return n * (n - 1) / 2;
    }

    /**
     * The identity graph's triples for the persons of one name, in the order of their keys (the first
     * {@link #MAX_PER_NAME} are paired); empty for fewer than two.
     */
    public static Graph links(List<Person> group) {
        Graph g = GraphFactory.createDefaultGraph();
        group = group.subList(0, Math.min(group.size(), MAX_PER_NAME));
        for (int a = 0; a < group.size(); a++)
            for (int b = a + 1; b < group.size(); b++) link(g, group.get(a), group.get(b));
        return g;
    }

    /**
     * The persons named {@code names} in one article graph, with that article ({@link #update} reads the same from
     * the whole store, where a person's article is the first by IRI of all those mentioning it).
     */
    public static List<Person> persons(Node article, Graph articleGraph, Collection<String> names) {
        if (names.isEmpty()) return List.of();
        // as in the store: the article's graph under its name, and (the union default graph) as the default graph
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create(articleGraph);
        dsg.addGraph(article, articleGraph);
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.wrap(dsg);
        List<Person> out = new ArrayList<>();
        persons(ds, new ArrayList<>(new java.util.TreeSet<>(names))).values().forEach(out::addAll);
        return out;
    }

    /** Persons by name, each name's in the order of their keys (the default graph of {@code dataset} is read). */
    private static Map<String, List<Person>> persons(org.apache.jena.query.Dataset dataset, List<String> names) {
        StringBuilder values = new StringBuilder();
        for (String n : names) values.append(org.apache.jena.sparql.util.FmtUtils.stringForNode(NodeFactory.createLiteralString(n))).append(' ');
        String q = String.format(PERSONS, values);
        Map<String, List<Person>> out = new TreeMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(dataset).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Node iri = s.getResource("p").asNode();
                    Person p = new Person(iri, Iris.key(iri.getURI()),
                            s.getLiteral("name").getLexicalForm(), NodeFactory.createURI(s.getLiteral("article").getLexicalForm()));
                    out.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
                }
            }
        });
        // by key (the IRI gives it back): the persons kept of a crowded name do not depend on the query's order
        out.values().forEach(l -> l.sort(java.util.Comparator.comparing(Person::key)));
        return out;
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
