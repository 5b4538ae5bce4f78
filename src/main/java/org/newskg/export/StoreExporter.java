package org.newskg.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.InvalidInputException;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Namespaces;

/**
 * The one engine that selects a subgraph of a store — an entity's ego network, everything inside a place, some
 * entity types, a date range, or the rows of a SPARQL SELECT (a {@link Selection}) — and writes it as a network (via
 * {@link NetworkAssembler} and a {@link NetworkWriter}) or as RDF. {@code newskg export}, {@code /newskg/export} and
 * the workbench's {@code /api/graph} all call it, so the same selection gives the same nodes and edges everywhere.
 *
 * <p>Edges: {@code position} (person → organisation, from posts), {@code partOf} (place → place),
 * {@code locatedIn} (organisation → place), {@code subOrganizationOf} (organisation → organisation) and
 * {@code coMention} (person — organisation named in the same article). Weight = number of articles. A
 * {@code position} edge carries the post titles ({@code nk:title}) of its posts (see {@link ExportEdge#titles()}).
 * A containment between two divisions is described once, in the shared divisions graph, not in the articles'
 * graphs: its articles (weight, dates) are those touching the child division, i.e. mentioning it or a division
 * inside it, or locating an organisation in one; these are the articles whose graphs carried the edge before the
 * divisions graph, so the weights are the same as then. A division no article touches any longer (its articles
 * were deleted) stays described in the store but is left out of the network.
 * Work is two streaming passes over the edge rows; memory grows with distinct nodes and edges, not with triples.
 */
public final class StoreExporter {
    private static final String EDGES = Namespaces.sparqlPrologue() + """
            SELECT ?s ?relation ?o ?article ?date ?title WHERE {
              {
                GRAPH ?article { ?m a nk:Membership ; org:member ?s ; org:organization ?o . OPTIONAL { ?m nk:title ?title } }
                BIND("position" AS ?relation)
              } UNION {
                GRAPH ?article { ?s nk:partOf ?o } FILTER(?article != <%1$s>) BIND("partOf" AS ?relation)
              } UNION {
                # containment between divisions: one row per article touching the child (see the class comment)
                GRAPH <%1$s> { ?s nk:partOf ?o }
                GRAPH <%1$s> { ?w nk:partOf* ?s }
                { GRAPH ?article { ?mw nk:refersTo ?w } } UNION { GRAPH ?article { ?located nk:locatedIn ?w } }
                BIND("partOf" AS ?relation)
              } UNION {
                GRAPH ?article { ?s nk:locatedIn ?o } BIND("locatedIn" AS ?relation)
              } UNION {
                GRAPH ?article { ?s org:subOrganizationOf ?o } BIND("subOrganizationOf" AS ?relation)
              } UNION {
                # distinct per article first: an article naming a person three times is one co-mention
                # typed in the article's own graph: one quad each, not a look-up across every article naming it
                { SELECT DISTINCT ?article ?s WHERE { GRAPH ?article { ?ms nk:refersTo ?s . ?s a nk:Person } } }
                { SELECT DISTINCT ?article ?o WHERE { GRAPH ?article { ?mo nk:refersTo ?o . ?o a nk:Organization } } }
                BIND("coMention" AS ?relation)
                FILTER(?withCoMention)
              }
              OPTIONAL { ?article schema:datePublished ?date }
            }""".formatted(Iris.DIVISIONS_GRAPH);

    private static final String NODES = Namespaces.sparqlPrologue() + """
            SELECT ?n ?label ?class ?code (COUNT(DISTINCT ?a) AS ?mentions) WHERE {
              ?n a ?class ; rdfs:label ?label .
              FILTER(STRSTARTS(STR(?class), STR(nk:)))
              FILTER(?class NOT IN (nk:Article, nk:Mention, nk:Membership, nk:Byline, nk:SameAsCandidate))
              OPTIONAL { ?n nk:divisionCode ?code }
              OPTIONAL { GRAPH ?a { ?mention nk:refersTo ?n } }
            } GROUP BY ?n ?label ?class ?code""";

    private record EdgeRow(String s, String relation, String o, String article, String date, String title) {}

    private record NodeInfo(String label, String type, String subtype, String code, int mentions) {}

    /**
     * How far a selection is, for a display: rows of the edge query read so far, and how many there are when
     * known (-1 during the first of the two passes; the second reads as many as the first).
     */
    @FunctionalInterface
    public interface Progress {
        void rows(long read, long total);

        Progress NONE = (read, total) -> { };
    }

    private final Dataset dataset;
    private final long timeoutMillis;
    private Progress progress = Progress.NONE;
    private long edgeRows = -1;
    /** System.nanoTime() by which the current selection must be done; 0: no limit. One call at a time per instance. */
    private long deadline;

    public StoreExporter(Dataset dataset) {
        this(dataset, 0);
    }

    /**
     * @param timeoutMillis each selection ({@link #assemble}, {@link #exportRdf}) is cancelled with a
     *                      {@link QueryCancelledException} after this many milliseconds (0: no limit beyond the
     *                      dataset's own {@code arq:queryTimeout} default)
     */
    public StoreExporter(Dataset dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** Reports the rows read to {@code p} (the command line's progress display); returns this exporter. */
    public StoreExporter withProgress(Progress p) {
        this.progress = p == null ? Progress.NONE : p;
        return this;
    }

    private void startClock() {
        edgeRows = -1;
        deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : 0;
    }

    /** A query execution over the dataset with what is left of the time. */
    private QueryExecutionDatasetBuilder query() {
        QueryExecutionDatasetBuilder b = QueryExecution.create().dataset(dataset);
        if (deadline != 0) b.timeout(remainingMillis(), TimeUnit.MILLISECONDS);
        return b;
    }

    private long remainingMillis() {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) throw new QueryCancelledException();
        return left;
    }

    /** Writes the selected subgraph as a network; returns {nodes, edges}. */
    public int[] exportNetwork(Selection sel, ExportFormat format, ExportOptions options, OutputStream out) {
        return write(assemble(sel), format, options, out);
    }

    /** Writes an assembled network in a format; returns {nodes, edges}. */
    public static int[] write(NetworkAssembler asm, ExportFormat format, ExportOptions options, OutputStream out) {
        try (NetworkWriter w = NetworkWriters.create(format, out, options)) {
            asm.writeTo(w);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("export failed: " + e.getMessage(), e);
        }
        return new int[] {asm.nodeCount(), asm.edgeCount()};
    }

    /** Selects and aggregates the subgraph (both passes, or the rows of the selection's SPARQL SELECT). */
    public NetworkAssembler assemble(Selection sel) {
        startClock();
        if (sel.sparql() != null) return assembleSelect(sel.sparql());
        return Txn.calculateRead(dataset, () -> {
            Map<String, NodeInfo> info = nodeInfo();
            Set<String> selected = select(sel, info);
            NetworkAssembler asm = new NetworkAssembler();
            for (String n : selected) {
                NodeInfo i = info.get(n);
                if (i != null) asm.add(new NetworkAssembler.Row(ref(n, i), null, null, null, null));
            }
            forEachEdge(sel, r -> {
                if (sel.relations().contains(r.relation()) && selected.contains(r.s()) && selected.contains(r.o()))
                    asm.add(new NetworkAssembler.Row(ref(r.s(), info.get(r.s())), r.relation(), ref(r.o(), info.get(r.o())),
                            r.article(), r.date(), r.title()));
            });
            return asm;
        });
    }

    /**
     * Writes the RDF behind the selected subgraph: every triple whose subject is a selected entity, and the posts
     * between selected entities. TriG keeps each triple in its article graph (streamed); Turtle and JSON-LD
     * write the union.
     */
    public long exportRdf(Selection sel, Lang lang, OutputStream out) {
        if (sel.sparql() != null)
            throw new InvalidInputException("format=" + lang.getName(), "a SPARQL SELECT gives a network: choose a network format");
        startClock();
        return Txn.calculateRead(dataset, () -> {
            Map<String, NodeInfo> info = nodeInfo();
            Set<String> selected = select(sel, info);
            Set<Node> keep = new HashSet<>();
            for (String s : selected) keep.add(org.apache.jena.graph.NodeFactory.createURI(s));
            // posts whose both ends are kept
            String posts = Namespaces.sparqlPrologue()
                    + "SELECT ?m ?p ?o WHERE { ?m a nk:Membership ; org:member ?p ; org:organization ?o }";
            try (QueryExecution qe = query().query(posts).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution q = rs.next();
                    if (selected.contains(q.getResource("p").getURI()) && selected.contains(q.getResource("o").getURI()))
                        keep.add(q.getResource("m").asNode());
                }
            }
            var dsg = dataset.asDatasetGraph();
            long[] n = {0};
            if (lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS)) {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, lang.equals(Lang.TRIG) ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
                stream.start();
                Namespaces.prefixes().getNsPrefixMap().forEach(stream::prefix);
                var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                long seen = 0;
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (deadline != 0 && (++seen & 0xFFFF) == 0) remainingMillis();
                    if (!q.isDefaultGraph() && keep.contains(q.getSubject())) {
                        stream.quad(q);
                        n[0]++;
                    }
                }
                stream.finish();
            } else {
                Graph g = GraphFactory.createDefaultGraph();
                g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
                for (Node s : keep) dsg.getUnionGraph().find(s, Node.ANY, Node.ANY).forEachRemaining(g::add);
                n[0] = g.size();
                RDFDataMgr.write(out, g, lang);
            }
            return n[0];
        });
    }

    /** Rows of a user's SPARQL SELECT (variables named as in {@link NetworkAssembler}) as a network. */
    private NetworkAssembler assembleSelect(String sparql) {
        Query q;
        try {
            q = QueryFactory.create(sparql);
        } catch (org.apache.jena.query.QueryParseException e) {
            throw new InvalidInputException("sparql:" + e.getLine() + ":" + e.getColumn(), "SPARQL syntax error: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!q.isSelectType())
            throw new InvalidInputException("sparql", "a SELECT query is needed, with variables ?s ?relation ?o (and optionally "
                    + "?sLabel ?sType ?oLabel ?oType ?article ?date ...)");
        NetworkAssembler asm = new NetworkAssembler();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = query().query(q).build()) {
                asm.addAll(qe.execSelect());
            }
        });
        return asm;
    }

    private static NetworkAssembler.NodeRef ref(String iri, NodeInfo i) {
        if (i == null) return new NetworkAssembler.NodeRef(iri, null, null);
        return new NetworkAssembler.NodeRef(iri, i.label(), i.type(), i.subtype(), i.code(), i.mentions());
    }

    /** Label, type, subtype, code and mention count of every entity. */
    private Map<String, NodeInfo> nodeInfo() {
        Map<String, NodeInfo> out = new HashMap<>();
        try (QueryExecution qe = query().query(NODES).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String n = s.getResource("n").getURI();
                String cls = s.getResource("class").getLocalName();
                NodeInfo old = out.get(n);
                String type = old == null ? null : old.type(), subtype = old == null ? null : old.subtype();
                if (cls.equals("Person") || cls.equals("Place") || cls.equals("Organization")) type = cls;
                else if (!cls.equals("AdministrativeDivision") && !cls.equals("NamedEntity")) subtype = cls;
                String code = s.contains("code") ? s.getLiteral("code").getLexicalForm() : old == null ? null : old.code();
                int mentions = s.getLiteral("mentions").getInt();
                String label = old == null ? s.getLiteral("label").getLexicalForm() : old.label();
                out.put(n, new NodeInfo(label, type, subtype, code, Math.max(mentions, old == null ? 0 : old.mentions())));
            }
        }
        out.entrySet().removeIf(e -> e.getValue().type() == null);
        return out;
    }

    private void forEachEdge(Selection sel, Consumer<EdgeRow> sink) {
        Query q = QueryFactory.create(EDGES);
        try (QueryExecution qe = query().query(q)
                .substitution("withCoMention", dataset.getDefaultModel().createTypedLiteral(sel.coMention())).build()) {
            ResultSet rs = qe.execSelect();
            long rows = 0;
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                if ((++rows & 0x3FF) == 0) progress.rows(rows, edgeRows);
                String date = s.contains("date") ? s.getLiteral("date").getLexicalForm() : null;
                if (!inRange(sel, date)) continue;
                sink.accept(new EdgeRow(s.getResource("s").getURI(), s.getLiteral("relation").getString(),
                        s.getResource("o").getURI(), s.contains("article") ? s.getResource("article").getURI() : null, date,
                        s.contains("title") ? s.getLiteral("title").getLexicalForm() : null));
            }
            progress.rows(rows, rows);
            edgeRows = rows; // the next pass reads as many
        }
    }

    private static boolean inRange(Selection sel, String date) {
        if (sel.from() == null && sel.to() == null) return true;
        if (date == null || date.length() < 10) return false;
        LocalDate d = LocalDate.parse(date.substring(0, 10));
        return (sel.from() == null || !d.isBefore(sel.from())) && (sel.to() == null || !d.isAfter(sel.to()));
    }

    /** The set of selected node IRIs. */
    private Set<String> select(Selection sel, Map<String, NodeInfo> info) {
        Map<String, Set<String>> linked = new HashMap<>();      // every relation in the date range
        Map<String, Set<String>> followed = new HashMap<>();    // the selected relations, for the hops
        Map<String, Set<String>> children = new HashMap<>();   // place → places directly inside it
        Map<String, Set<String>> locatedHere = new HashMap<>(); // place → organisations located in it
        Map<String, Set<String>> postsAt = new HashMap<>();     // organisation → persons with a post there
        forEachEdge(sel, r -> {
            link(linked, r);
            if (sel.relations().contains(r.relation())) link(followed, r);
            switch (r.relation()) {
                case "partOf" -> children.computeIfAbsent(r.o(), k -> new HashSet<>()).add(r.s());
                case "locatedIn" -> locatedHere.computeIfAbsent(r.o(), k -> new HashSet<>()).add(r.s());
                case "position" -> postsAt.computeIfAbsent(r.o(), k -> new HashSet<>()).add(r.s());
                default -> { }
            }
        });
        Set<String> selected = new HashSet<>(info.keySet());
        // a division no article mentions or touches any longer is reference data only (see the class comment)
        selected.removeIf(n -> info.get(n).code() != null && info.get(n).mentions() == 0 && !linked.containsKey(n));
        if (sel.from() != null || sel.to() != null) selected.retainAll(linked.keySet());
        if (sel.place() != null) {
            Set<String> tops = resolve(sel.place(), "place", info, "Place");
            Set<String> inside = closure(tops, children);
            Set<String> orgs = new HashSet<>();
            for (String p : inside) orgs.addAll(locatedHere.getOrDefault(p, Set.of()));
            Set<String> people = new HashSet<>();
            for (String o : orgs) people.addAll(postsAt.getOrDefault(o, Set.of()));
            Set<String> s = new HashSet<>(inside);
            s.addAll(orgs);
            s.addAll(people);
            selected.retainAll(s);
        }
        Map<String, Integer> distance = new HashMap<>();
        if (!sel.entities().isEmpty()) {
            Set<String> seeds = new HashSet<>();
            for (String e : sel.entities()) seeds.addAll(resolve(e, "entity", info, null));
            Deque<String> frontier = new ArrayDeque<>(seeds);
            for (String s : seeds) distance.put(s, 0);
            for (int hop = 1; hop <= sel.hops() && !frontier.isEmpty(); hop++) {
                Deque<String> next = new ArrayDeque<>();
                for (String n : frontier)
                    for (String m : followed.getOrDefault(n, Set.of()))
                        if (distance.putIfAbsent(m, hop) == null) next.add(m);
                frontier = next;
            }
            selected.retainAll(distance.keySet());
        }
        if (!sel.types().isEmpty()) {
            Set<String> known = new java.util.TreeSet<>();
            for (NodeInfo i : info.values()) {
                known.add(i.type());
                if (i.subtype() != null) known.add(i.subtype());
            }
            Set<String> types = new HashSet<>();
            for (String t : sel.types()) types.add(typeName(t, known).toLowerCase(Locale.ROOT));
            selected.removeIf(n -> {
                NodeInfo i = info.get(n);
                return !(types.contains(i.type().toLowerCase(Locale.ROOT))
                        || (i.subtype() != null && types.contains(i.subtype().toLowerCase(Locale.ROOT))));
            });
        }
        if (sel.limit() == 0 || selected.size() <= sel.limit()) return selected;
        // over the limit: the centres, then the nearest, the most mentioned first
        Comparator<String> rank = Comparator.<String>comparingInt(n -> distance.getOrDefault(n, 0))
                .thenComparing(n -> -info.get(n).mentions()).thenComparing(Comparator.naturalOrder());
        return new HashSet<>(selected.stream().sorted(rank).limit(sel.limit()).toList());
    }

    /**
     * The type or subtype a {@code --type} value names, as {@code newskg query}'s iri parameters take it: a bare name
     * in any case ({@code company}), or exactly a prefixed name ({@code nk:Company}) or the full IRI; an error
     * naming the types in the store otherwise.
     */
    static String typeName(String given, Set<String> known) {
        String local = given.startsWith("nk:") ? given.substring(3)
                : given.startsWith(org.newskg.rdf.NK.NS) ? given.substring(org.newskg.rdf.NK.NS.length()) : null;
        for (String k : known)
            if (local != null ? k.equals(local) : k.equalsIgnoreCase(given)) return k;
        throw new InvalidInputException("type=" + given, "no entity of this type or subtype in the store; known: "
                + String.join(", ", known));
    }

    private static void link(Map<String, Set<String>> adjacency, EdgeRow r) {
        adjacency.computeIfAbsent(r.s(), k -> new HashSet<>()).add(r.o());
        adjacency.computeIfAbsent(r.o(), k -> new HashSet<>()).add(r.s());
    }

    /** Entities named by IRI, division code, label or alternate label; {@code parameter} names the option in errors. */
    private Set<String> resolve(String name, String parameter, Map<String, NodeInfo> info, String type) {
        Set<String> found = new HashSet<>();
        if (info.containsKey(name)) found.add(name);
        for (Map.Entry<String, NodeInfo> e : info.entrySet()) {
            NodeInfo i = e.getValue();
            if (type != null && !type.equals(i.type())) continue;
            if (name.equals(i.label()) || name.equals(i.code())) found.add(e.getKey());
        }
        if (found.isEmpty()) {
            String alt = Namespaces.sparqlPrologue() + "SELECT DISTINCT ?n WHERE { ?n skos:altLabel ?name }";
            try (QueryExecution qe = query().query(alt)
                    .substitution("name", dataset.getDefaultModel().createLiteral(name)).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    String n = s.getResource("n").getURI();
                    if (info.containsKey(n) && (type == null || type.equals(info.get(n).type()))) found.add(n);
                });
            }
        }
        if (found.isEmpty())
            throw new InvalidInputException(parameter + "=" + name, "no " + (type == null ? "entity" : type.toLowerCase(Locale.ROOT))
                    + " with this name, code or IRI in the store");
        return found;
    }

    private static Set<String> closure(Set<String> roots, Map<String, Set<String>> children) {
        Set<String> out = new HashSet<>(roots);
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty())
            for (String c : children.getOrDefault(todo.pop(), Set.of()))
                if (out.add(c)) todo.add(c);
        return out;
    }

    /** RDF syntaxes offered next to the network formats. */
    public static Lang rdfLang(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "turtle", "ttl" -> Lang.TURTLE;
            case "trig" -> Lang.TRIG;
            case "jsonld", "json-ld" -> Lang.JSONLD;
            case "nquads", "nq" -> Lang.NQUADS;
            default -> null;
        };
    }
}
