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
 * evidence. The links of one name live in a graph of their own ({@code …/graph/identity/<name>}) with the members of
 * the name: each person resource of that name and the first article (by IRI) mentioning it ({@code nk:firstArticle}).
 * The triples are those a full recompute from the article graphs gives ({@link #update}), and re-ingesting the same
 * articles gives the same triples. The work follows the batch, not the store: an ingest into a store that was empty
 * when it began keeps the persons it wrote ({@link Tally}) and writes the graphs from them ({@link #write}, or into
 * its bulk load); an ingest into a store with data, or a delete, reads the identity graphs of the names it touched,
 * merges the persons it wrote and looks up only the persons of the articles it replaced or deleted ({@link #add}).
 * A store without members (made before ontology 1.6: no {@link #LAYOUT_GRAPH} statement) gets them from the article
 * graphs once ({@link #migrate}).
 */
public final class IdentityLinks {
    /** Prefix of the names of the identity graphs. */
    public static final String GRAPH_PREFIX = Iris.ID_NS + "graph/identity/";

    /** The graph stating the layout of the identity graphs ({@code nk:identityLayout}). */
    public static final Node LAYOUT_GRAPH = NodeFactory.createURI(Iris.ID_NS + "graph/identity");

    /** The layout this class writes and reads: every identity graph records its members ({@code nk:firstArticle}). */
    public static final int LAYOUT = 2;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IdentityLinks.class);

    private static final Node FIRST_ARTICLE = NK.firstArticle.asNode();

    /** At most this many person resources per name are paired (common names would otherwise explode). */
    public static final int MAX_PER_NAME = 40;

    private static final String PERSONS = Namespaces.sparqlPrologue() + """
            SELECT ?p ?name (MIN(STR(?a)) AS ?article) WHERE {
              VALUES ?name { %s }
              ?p rdfs:label ?name ; a nk:Person .
              GRAPH ?a { { ?m nk:refersTo ?p } UNION { ?m nk:person ?p } }
            } GROUP BY ?p ?name""";

    /** The same as {@link #PERSONS}, for given person resources: their names and first articles. */
    private static final String PERSONS_BY_IRI = Namespaces.sparqlPrologue() + """
            SELECT ?p ?name (MIN(STR(?a)) AS ?article) WHERE {
              VALUES ?p { %s }
              ?p rdfs:label ?name ; a nk:Person .
              FILTER(DATATYPE(?name) = <http://www.w3.org/2001/XMLSchema#string>)
              GRAPH ?a { { ?m nk:refersTo ?p } UNION { ?m nk:person ?p } }
            } GROUP BY ?p ?name""";

    private static final String ALL_PERSON_NAMES = Namespaces.sparqlPrologue() + """
            SELECT DISTINCT ?name WHERE {
              ?p a nk:Person ; rdfs:label ?name .
              FILTER(DATATYPE(?name) = <http://www.w3.org/2001/XMLSchema#string>)
            }""";

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
     * What an update wrote: candidate pairs and triples in the identity graphs of the names updated (and the layout
     * statement when it was written with them), and the change in the store's quads (the triples written minus those
     * of the graphs they replaced).
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

    /**
     * Recomputes the identity graphs of these person names, members included, from the article graphs (a query over
     * all the articles mentioning persons of those names).
     */
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
                Graph g = graphOf(group);
                pairs += pairs(group.size());
                triples += g.size();
                graphs.put(graph(name), g);
            }
            net += store.replaceGraphs(graphs.entrySet());
        }
        return new Result(pairs, triples, net);
    }

    /**
     * The persons one article graph names, as the store's query ({@link #update}) sees them in that graph: each
     * resource typed {@code nk:Person} with its labels, and the resources the graph's mentions ({@code nk:refersTo})
     * and bylines ({@code nk:person}) point to. Computed on the extraction threads, summed by a {@link Tally} on the
     * writer's.
     *
     * @param named      person resources typed in the graph, with their labels (plain strings, as the query matches)
     * @param referenced resources a mention or byline of the graph points to
     */
    public record ArticlePersons(Node article, Map<Node, List<String>> named, Set<Node> referenced) {
        private static final Node TYPE = RDF.type.asNode();
        private static final Node PERSON = NK.Person.asNode();
        private static final Node LABEL = org.apache.jena.vocabulary.RDFS.label.asNode();

        public ArticlePersons {
            named = Map.copyOf(named);
            referenced = Set.copyOf(referenced);
        }

        /** The persons of one article graph stored under the name {@code article}. */
        public static ArticlePersons of(Node article, Graph g) {
            Map<Node, List<String>> named = new java.util.HashMap<>();
            g.find(Node.ANY, TYPE, PERSON).forEachRemaining(t -> {
                Node p = t.getSubject();
                if (!p.isURI()) return;
                List<String> labels = new ArrayList<>(1);
                g.find(p, LABEL, Node.ANY).forEachRemaining(l -> {
                    Node o = l.getObject();
                    if (o.isLiteral() && o.getLiteralLanguage().isEmpty()
                            && org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.equals(o.getLiteralDatatype()))
                        labels.add(o.getLiteralLexicalForm());
                });
                if (!labels.isEmpty()) named.put(p, labels);
            });
            Set<Node> referenced = new java.util.HashSet<>();
            g.find(Node.ANY, NK.refersTo.asNode(), Node.ANY).forEachRemaining(t -> referenced.add(t.getObject()));
            g.find(Node.ANY, NK.person.asNode(), Node.ANY).forEachRemaining(t -> referenced.add(t.getObject()));
            referenced.removeIf(n -> !n.isURI());
            return new ArticlePersons(article, named, referenced);
        }
    }

    /**
     * The persons of the article graphs written in one run, kept in memory so that the links of a store that was
     * empty when the run began follow without reading the store back: for each person resource its names and the
     * first article (by IRI, as the query's {@code MIN(STR(?a))}) that mentions it. For a store that was empty that
     * is what {@link #update} reads from the finished store: a person's type and labels are in every article graph
     * that mentions it (the mapper writes them with every entity of the article), and no article is replaced in
     * the run (the caller sees to that, see {@link #replacedNone}). Not thread-safe: one writer adds.
     */
    public static final class Tally {
        /** Names and first article of one person resource. */
        private static final class Seen {
            /** Its labels: almost always one. */
            List<String> names = List.of();
            /** The first article (by IRI) mentioning it, or null when none of the run's graphs does. */
            Node first;
            String firstUri;
        }

        private final Map<Node, Seen> persons = new java.util.HashMap<>();
        private final Set<Node> articles = new java.util.HashSet<>();
        private boolean replaced;

        /** Adds one article graph's persons. */
        public void add(ArticlePersons a) {
            if (!articles.add(a.article())) replaced = true;
            a.named().forEach((p, labels) -> {
                Seen s = persons.computeIfAbsent(p, x -> new Seen());
                for (String l : labels)
                    if (!s.names.contains(l)) {
                        List<String> more = new ArrayList<>(s.names.size() + 1);
                        more.addAll(s.names);
                        more.add(l);
                        s.names = more;
                    }
            });
            String uri = a.article().getURI();
            for (Node p : a.referenced()) {
                Seen s = persons.computeIfAbsent(p, x -> new Seen());
                if (s.first == null || uri.compareTo(s.firstUri) < 0) {
                    s.first = a.article();
                    s.firstUri = uri;
                }
            }
        }

        /** The first article (by IRI) of the run's graphs mentioning this person resource, or null when none does. */
        public Node first(Node person) {
            Seen s = persons.get(person);
            return s == null ? null : s.first;
        }

        /** True when no article graph was added twice (a graph written twice in a run replaces the first). */
        public boolean replacedNone() {
            return !replaced;
        }

        /** The persons of each name, each name's in the order of their keys (as {@link #update} groups them). */
        public Map<String, List<Person>> byName() {
            Map<String, List<Person>> out = new TreeMap<>();
            persons.forEach((p, s) -> {
                if (s.first == null) return; // named but never mentioned: the query finds no article for it
                for (String name : s.names)
                    out.computeIfAbsent(name, k -> new ArrayList<>()).add(new Person(p, Iris.key(p.getURI()), name, s.first));
            });
            out.values().forEach(l -> l.sort(java.util.Comparator.comparing(Person::key)));
            return out;
        }
    }

    /**
     * The identity graphs of the names of {@code byName} (persons in the order of their keys), members included
     * ({@link #graphOf}), by graph name, and the number of candidate pairs.
     */
    private static Map.Entry<Integer, Map<Node, Graph>> graphs(Map<String, List<Person>> byName) {
        Map<Node, Graph> graphs = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        int pairs = 0;
        for (Map.Entry<String, List<Person>> e : byName.entrySet()) {
            pairs += pairs(e.getValue().size());
            graphs.put(graph(e.getKey()), graphOf(e.getValue()));
        }
        return Map.entry(pairs, graphs);
    }

    /**
     * The identity graphs of the persons of a run for a store that held none of them (it was empty when the run
     * began): each name's non-empty graph ({@link #graphOf}), names in order, then the layout statement
     * ({@link #layoutGraph}) last, so that a store holding it holds all the graphs before it. What a run writes,
     * whether into its bulk load or in transactions ({@link #write}).
     *
     * @param pairs  candidate pairs among the persons of each name
     * @param graphs the graphs to write in this order, by name, the layout statement's last
     */
    public record Written(int pairs, List<Map.Entry<Node, Graph>> graphs) {
        public Written {
            graphs = List.copyOf(graphs);
        }

        /** The triples of all the graphs, the layout statement included. */
        public long triples() {
            long n = 0;
            for (Map.Entry<Node, Graph> e : graphs) n += e.getValue().size();
            return n;
        }
    }

    /** The graphs a run writes for the persons it wrote into a store that was empty ({@link Written}). */
    public static Written written(Tally tally) {
        var g = graphs(tally.byName());
        List<Map.Entry<Node, Graph>> out = new ArrayList<>(g.getValue().size() + 1);
        for (Map.Entry<Node, Graph> e : g.getValue().entrySet()) if (!e.getValue().isEmpty()) out.add(e);
        out.add(Map.entry(LAYOUT_GRAPH, layoutGraph()));
        return new Written(g.getKey(), out);
    }

    /**
     * Writes the identity graphs of the persons of a run into a store that held none of them (it was empty when the
     * run began), without reading the article graphs back ({@link #written}): {@link #CHUNK} graphs per transaction,
     * the layout statement in the last.
     */
    public static Result write(KgStore store, Tally tally) {
        Written w = written(tally);
        long net = 0;
        for (int from = 0; from < w.graphs().size(); from += CHUNK)
            net += store.replaceGraphs(w.graphs().subList(from, Math.min(w.graphs().size(), from + CHUNK)));
        return new Result(w.pairs(), w.triples(), net);
    }

    /** The one statement of {@link #LAYOUT_GRAPH}: the identity graphs record their members. */
    public static Graph layoutGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(LAYOUT_GRAPH, NK.identityLayout.asNode(),
                NodeFactory.createLiteralDT(Integer.toString(LAYOUT), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        return g;
    }

    /** True when the store states the layout of {@link #LAYOUT} (its identity graphs record their members). */
    public static boolean recordsMembers(KgStore store) {
        var dsg = store.datasetGraph();
        org.apache.jena.graph.Triple t = layoutGraph().find().next();
        return Txn.calculateRead(dsg, () -> dsg.contains(LAYOUT_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Gives a store of the layout before ontology 1.6 its members: recomputes the identity graph of every person name
     * from the article graphs ({@link #update}, a full pass over the store's persons, once), then states the layout.
     * An interruption leaves the layout unstated, so the next ingest or delete does it again.
     */
    public static Result migrate(KgStore store) {
        Set<String> names = new java.util.TreeSet<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(ALL_PERSON_NAMES).dataset(store.dataset()).build()) {
                qe.execSelect().forEachRemaining(s -> names.add(s.getLiteral("name").getLexicalForm()));
            }
        });
        LOG.info("identity graphs without members (a store before ontology 1.6): computing the members of {} person names once", names.size());
        Result r = update(store, names);
        long net = r.netQuads() + store.replaceGraphs(List.of(Map.entry(LAYOUT_GRAPH, layoutGraph())));
        return new Result(r.pairs(), r.triples(), net);
    }

    /**
     * The persons of an article graph as stored (to call before replacing or deleting it), or null when the store has
     * no graph of that name.
     */
    public static ArticlePersons stored(KgStore store, Node article) {
        var dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.contains(article, Node.ANY, Node.ANY, Node.ANY)
                ? ArticlePersons.of(article, dsg.getGraph(article)) : null);
    }

    /**
     * Deletes one article graph and updates the identity graphs of its persons' names ({@link #add}): its persons leave
     * their names' members unless another article mentions them, whose first article then moves on. Returns false
     * (and changes nothing) when the store has no graph of that name.
     */
    public static boolean delete(KgStore store, Node article) {
        ArticlePersons persons = stored(store, article);
        if (persons == null || !store.deleteGraph(article)) return false;
        add(store, new Tally(), List.of(persons), List.of());
        return true;
    }

    /**
     * Updates the identity graphs of the names an ingest into a store with data, or a delete, touched, from those
     * graphs' members instead of the article graphs: each name's members are read by the graph's name (its links are
     * those of its members, {@link #graphOf}, so they are not read), the persons the run wrote
     * ({@code tally}) are merged in (a person's first article is the earlier of the two), and the graph is patched to
     * what a full recompute ({@link #update}) gives. Persons whose first article may have moved or who may be gone are
     * those of the article graphs the run replaced or deleted ({@code stale}, as they were stored); they alone are
     * looked up in the article graphs, by their IRIs (the work is their own mentions). A store without members is
     * migrated instead ({@link #migrate}), which covers these names too.
     *
     * @param tally the persons of the article graphs the run wrote (empty for a delete); of an article written twice,
     *              both versions (their persons are stale)
     * @param stale the persons of the stored article graphs the run replaced or deleted, and of the versions of an
     *              article replaced within the run (named or mentioned in them); their names are touched too
     * @param names the person names of the articles written
     */
    public static Result add(KgStore store, Tally tally, Collection<ArticlePersons> stale, Collection<String> names) {
        if (!recordsMembers(store)) return migrate(store);
        Set<Node> stalePersons = new java.util.HashSet<>();
        Set<String> touched = new java.util.TreeSet<>(names);
        for (ArticlePersons a : stale) {
            stalePersons.addAll(a.referenced());
            stalePersons.addAll(a.named().keySet());
            a.named().values().forEach(touched::addAll);
        }
        Map<String, List<Person>> byTally = tally.byName();
        touched.addAll(byTally.keySet());
        // the stale persons as the store has them now: their names (each touched) and first articles
        Map<String, List<Person>> restated = personsByIri(store.dataset(), stalePersons);
        touched.addAll(restated.keySet());
        List<String> sorted = new ArrayList<>(touched);
        int pairs = 0;
        long triples = 0, net = 0;
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
            // the members only (a range of the GPOS index per name): the links are those of the members
            Map<String, Map<Node, Node>> before = new java.util.HashMap<>();
            var dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> {
                for (String name : chunk) {
                    Map<Node, Node> members = new java.util.HashMap<>();
                    dsg.find(graph(name), Node.ANY, FIRST_ARTICLE, Node.ANY).forEachRemaining(q -> members.put(q.getSubject(), q.getObject()));
                    before.put(name, members);
                }
            });
            List<KgStore.GraphPatch> patches = new ArrayList<>();
            for (String name : chunk) {
                Graph held = graphOf(group(name, before.get(name)));
                Map<Node, Node> members = new java.util.HashMap<>(before.get(name));
                members.keySet().removeAll(stalePersons);
                for (Person p : restated.getOrDefault(name, List.of())) members.put(p.iri(), p.article());
                for (Person p : byTally.getOrDefault(name, List.of()))
                    if (!stalePersons.contains(p.iri())) members.merge(p.iri(), p.article(), IdentityLinks::earlier);
                // a member the run mentions under another name's label only: its first article may still be earlier
                for (Map.Entry<Node, Node> m : members.entrySet()) {
                    Node first = stalePersons.contains(m.getKey()) ? null : tally.first(m.getKey());
                    if (first != null) m.setValue(earlier(m.getValue(), first));
                }
                List<Person> group = group(name, members);
                Graph g = graphOf(group);
                pairs += pairs(group.size());
                triples += g.size();
                List<org.apache.jena.graph.Triple> removed = new ArrayList<>(), added = new ArrayList<>();
                held.find().forEachRemaining(t -> { if (!g.contains(t)) removed.add(t); });
                g.find().forEachRemaining(t -> { if (!held.contains(t)) added.add(t); });
                if (!removed.isEmpty() || !added.isEmpty()) patches.add(new KgStore.GraphPatch(graph(name), removed, added));
            }
            net += store.patchGraphs(patches);
        }
        return new Result(pairs, triples, net);
    }

    /** The persons of one name from its members (person, first article), in the order of their keys. */
    private static List<Person> group(String name, Map<Node, Node> members) {
        List<Person> group = new ArrayList<>(members.size());
        members.forEach((p, a) -> group.add(new Person(p, Iris.key(p.getURI()), name, a)));
        group.sort(java.util.Comparator.comparing(Person::key));
        return group;
    }

    /** The article of the two whose IRI sorts first (as the query's {@code MIN(STR(?a))}). */
    private static Node earlier(Node a, Node b) {
        return a.getURI().compareTo(b.getURI()) <= 0 ? a : b;
    }

    /** The persons of {@code iris} by name as the store has them (a name, an article mentioning them), each name's by key. */
    private static Map<String, List<Person>> personsByIri(org.apache.jena.query.Dataset dataset, Collection<Node> iris) {
        Map<String, List<Person>> out = new TreeMap<>();
        List<Node> all = new ArrayList<>(iris);
        all.removeIf(n -> !n.isURI());
        for (int from = 0; from < all.size(); from += CHUNK) {
            StringBuilder values = new StringBuilder();
            for (Node n : all.subList(from, Math.min(all.size(), from + CHUNK)))
                values.append(org.apache.jena.sparql.util.FmtUtils.stringForNode(n)).append(' ');
            collect(dataset, String.format(PERSONS_BY_IRI, values), out);
        }
        out.values().forEach(l -> l.sort(java.util.Comparator.comparing(Person::key)));
        return out;
    }

    /**
     * The identity graph of one name: the links among its persons ({@link #links}) and one member statement per person
     * ({@code ?person nk:firstArticle ?article}); empty for no person.
     */
    public static Graph graphOf(List<Person> group) {
        Graph g = links(group);
        for (Person p : group) g.add(p.iri(), FIRST_ARTICLE, p.article());
        return g;
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
        Map<String, List<Person>> out = new TreeMap<>();
        collect(dataset, String.format(PERSONS, values), out);
        // by key (the IRI gives it back): the persons kept of a crowded name do not depend on the query's order
        out.values().forEach(l -> l.sort(java.util.Comparator.comparing(Person::key)));
        return out;
    }

    /** Runs a query selecting {@code ?p ?name ?article} and adds each person it gives to {@code out}, by name. */
    private static void collect(org.apache.jena.query.Dataset dataset, String query, Map<String, List<Person>> out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(dataset).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Node iri = s.getResource("p").asNode();
                    Person p = new Person(iri, Iris.key(iri.getURI()), s.getLiteral("name").getLexicalForm(),
                            NodeFactory.createURI(s.getLiteral("article").getLexicalForm()));
                    out.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
                }
            }
        });
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
