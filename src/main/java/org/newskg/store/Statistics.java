package org.newskg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NK;

/**
 * Corpus-wide counts kept in their own named graph ({@link Iris#STATISTICS_GRAPH}), so that the curated aggregate
 * queries read a few thousand tallies instead of every mention in the store. Everything here is derived from the
 * article graphs and nothing else:
 * <ul>
 * <li>per entity: the number of articles whose graph mentions it ({@code ?t nk:countOf ?entity ; nk:articleCount ?n});</li>
 * <li>per entity and month of publication ({@code yyyy-MM}, articles without a date left out): {@code ?t
 * nk:monthlyCountOf ?entity ; nk:month "2025-01" ; nk:articleCount ?n};</li>
 * <li>per byline credit (role, name as credited) and place mentioned in the credited article: {@code ?t
 * nk:bylineCountOf ?place ; nk:creditedRole nk:Reporter ; nk:creditedName "秦雅楠" ; nk:articleCount ?n};</li>
 * <li>per person and organisation mentioned in one article (each typed nk:Person, nk:Organization in that article's
 * graph): {@code ?t nk:pairPerson ?p ; nk:pairOrganization ?o ; nk:articleCount ?n ; nk:firstDate ?d1 ;
 * nk:lastDate ?d2} (the earliest and latest publication date of those articles, absent when none is dated).</li>
 * </ul>
 * A tally is an IRI minted from what it counts ({@code …/id/stat/<kind>/<hash>}), so a write finds it without a
 * search; a tally that reaches zero is removed. The store keeps the graph up to date at each write: an article graph
 * written adds its contribution, the graph it replaces (or a deleted one) subtracts its own, in the same transaction
 * ({@link Delta}); a bulk load adds all contributions at its end. {@link #rebuild} recounts a whole store (one made
 * before the statistics, or loaded from parts).
 */
public final class Statistics {
    private Statistics() {}

    private static final Node GRAPH = NodeFactory.createURI(Iris.STATISTICS_GRAPH);
    private static final String STAT_NS = Iris.ID_NS + "stat/";
    private static final String PLACE_NS = Iris.ID_NS + "place/";
    private static final Node TYPE = RDF.type.asNode();
    private static final Node REFERS_TO = NK.refersTo.asNode();
    private static final Node PERSON = NK.Person.asNode();
    private static final Node ORGANIZATION = NK.Organization.asNode();
    private static final Node DATE = SchemaDO.datePublished.asNode();
    private static final Node HAS_BYLINE = NK.hasByline.asNode();
    private static final Node ROLE = NK.role.asNode();
    private static final Node PERSON_NAME = NK.personName.asNode();
    private static final Node ARTICLE_COUNT = NK.articleCount.asNode();
    private static final Node FIRST = NK.firstDate.asNode();
    private static final Node LAST = NK.lastDate.asNode();

    /** The name of the statistics graph. */
    public static Node graph() {
        return GRAPH;
    }

    /** True for the name of an article graph (the graphs counted). */
    public static boolean isArticleGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(Iris.ARTICLE_NS) && g.getURI().indexOf('#') < 0;
    }

    /** What one tally counts. */
    enum Kind {
        ENTITY('e'), MONTH('m'), BYLINE('b'), PAIR('p');

        final char letter;

        Kind(char letter) {
            this.letter = letter;
        }
    }

    /**
     * One tally's identity: the entity (for a pair, the person) {@code a}; the role of a byline credit or the
     * organisation of a pair {@code b}; the month or the credited name {@code s}.
     */
    record Key(Kind kind, Node a, Node b, String s) {
        Node iri() {
            StringBuilder sb = new StringBuilder().append(kind.letter).append('\u0000').append(a.getURI());
            if (b != null) sb.append('\u0000').append(b.getURI());
            if (s != null) sb.append('\u0000').append(s);
            return NodeFactory.createURI(STAT_NS + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + hash(sb.toString()));
        }

        /** The triples saying what the tally counts (not its count). */
        List<Triple> describe(Node t) {
            List<Triple> out = new ArrayList<>(4);
            switch (kind) {
                case ENTITY -> out.add(Triple.create(t, NK.countOf.asNode(), a));
                case MONTH -> {
                    out.add(Triple.create(t, NK.monthlyCountOf.asNode(), a));
                    out.add(Triple.create(t, NK.month.asNode(), NodeFactory.createLiteralString(s)));
                }
                case BYLINE -> {
                    out.add(Triple.create(t, NK.bylineCountOf.asNode(), a));
                    out.add(Triple.create(t, NK.creditedRole.asNode(), b));
                    out.add(Triple.create(t, NK.creditedName.asNode(), NodeFactory.createLiteralString(s)));
                }
                case PAIR -> {
                    out.add(Triple.create(t, NK.pairPerson.asNode(), a));
                    out.add(Triple.create(t, NK.pairOrganization.asNode(), b));
                }
            }
            return out;
        }
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What one article graph adds to the tallies: the entities it mentions, its date, the persons and organisations
     * among them (typed in the graph), its byline credits (role, name).
     */
    record Contribution(Set<Node> entities, Node date, Set<Node> persons, Set<Node> organisations, Set<Map.Entry<Node, String>> credits) {
        boolean isEmpty() {
            return entities.isEmpty();
        }

        String month() {
            if (date == null) return null;
            String lex = date.getLiteralLexicalForm();
            return lex.codePointCount(0, lex.length()) <= 7 ? lex : lex.substring(0, lex.offsetByCodePoints(0, 7));
        }

        /** Each tally this article counts in, once. */
        void keys(Consumer<Key> each) {
            String month = month();
            for (Node e : entities) {
                each.accept(new Key(Kind.ENTITY, e, null, null));
                if (month != null) each.accept(new Key(Kind.MONTH, e, null, month));
                if (e.getURI().startsWith(PLACE_NS))
                    for (Map.Entry<Node, String> c : credits) each.accept(new Key(Kind.BYLINE, e, c.getKey(), c.getValue()));
            }
            for (Node p : persons)
                for (Node o : organisations) each.accept(new Key(Kind.PAIR, p, o, null));
        }
    }

    /** The contribution of one article graph (in memory, or a view of the stored graph). */
    static Contribution contribution(Node name, Graph g) {
        Set<Node> entities = new LinkedHashSet<>();
        g.find(Node.ANY, REFERS_TO, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) entities.add(t.getObject());
        });
        if (entities.isEmpty()) return new Contribution(Set.of(), null, Set.of(), Set.of(), Set.of());
        Node date = date(name, g);
        Set<Node> persons = new HashSet<>(), orgs = new HashSet<>();
        for (Node e : entities) {
            if (g.contains(e, TYPE, PERSON)) persons.add(e);
            if (g.contains(e, TYPE, ORGANIZATION)) orgs.add(e);
        }
        Set<Map.Entry<Node, String>> credits = new HashSet<>();
        g.find(name, HAS_BYLINE, Node.ANY).forEachRemaining(t -> {
            Node b = t.getObject();
            List<Node> roles = new ArrayList<>();
            g.find(b, ROLE, Node.ANY).forEachRemaining(r -> { if (r.getObject().isURI()) roles.add(r.getObject()); });
            g.find(b, PERSON_NAME, Node.ANY).forEachRemaining(n -> {
                if (n.getObject().isLiteral())
                    for (Node r : roles) credits.add(Map.entry(r, n.getObject().getLiteralLexicalForm()));
            });
        });
        return new Contribution(entities, date, persons, orgs, credits);
    }

    /** The article's publication date (the earliest, should it state more than one), or null. */
    private static Node date(Node name, Graph g) {
        Node date = null;
        Iterator<Triple> d = g.find(name, DATE, Node.ANY);
        while (d.hasNext()) {
            Node o = d.next().getObject();
            if (o.isLiteral()) date = earlier(date, o);
        }
        return date;
    }

    /** Changes to the tallies: counts up or down, and the dates a pair gained or lost. */
    public static final class Delta {
        private static final class Change {
            long count;
            Node min, max;
            boolean lostDate;
        }

        private final Map<Key, Change> changes = new HashMap<>();

        /** True when nothing changes. */
        public boolean isEmpty() {
            return changes.isEmpty();
        }

        /** Counts an article graph in (it is, or is about to be, stored). */
        public void add(Node name, Graph g) {
            apply(contribution(name, g), +1);
        }

        /** Counts an article graph out (it is about to be replaced or deleted); call before it goes. */
        public void subtract(Node name, Graph g) {
            apply(contribution(name, g), -1);
        }

        void apply(Contribution c, int sign) {
            if (c.isEmpty()) return;
            Node date = c.date();
            c.keys(k -> {
                Change ch = changes.computeIfAbsent(k, x -> new Change());
                ch.count += sign;
                if (k.kind() == Kind.PAIR && date != null) {
                    if (sign < 0) ch.lostDate = true;
                    else {
                        if (ch.min == null || lex(date).compareTo(lex(ch.min)) < 0) ch.min = date;
                        if (ch.max == null || lex(date).compareTo(lex(ch.max)) > 0) ch.max = date;
                    }
                }
            });
        }

        /**
         * Writes the changes into the statistics graph of {@code dsg}, inside the caller's write transaction and
         * after the article graphs themselves are written (a pair that lost a date looks its dates up again).
         */
        public void write(DatasetGraph dsg) {
            for (Map.Entry<Key, Change> e : changes.entrySet()) {
                Change ch = e.getValue();
                Key k = e.getKey();
                if (ch.count == 0 && ch.min == null && !ch.lostDate) continue;
                Node t = k.iri();
                long stored = count(dsg, t);
                long now = stored + ch.count;
                if (now <= 0) {
                    if (stored > 0) dsg.deleteAny(GRAPH, t, Node.ANY, Node.ANY);
                    continue;
                }
                if (stored == 0) {
                    for (Triple d : k.describe(t)) dsg.add(GRAPH, d.getSubject(), d.getPredicate(), d.getObject());
                } else if (ch.count != 0) {
                    dsg.deleteAny(GRAPH, t, ARTICLE_COUNT, Node.ANY);
                }
                if (stored == 0 || ch.count != 0) dsg.add(GRAPH, t, ARTICLE_COUNT, integer(now));
                if (k.kind() != Kind.PAIR) continue;
                Node[] bounds;
                if (ch.lostDate) bounds = pairDates(dsg, k.a(), k.b());
                else {
                    Node first = one(dsg, t, FIRST), last = one(dsg, t, LAST);
                    bounds = new Node[] {earlier(first, ch.min), later(last, ch.max)};
                }
                setOne(dsg, t, FIRST, bounds[0]);
                setOne(dsg, t, LAST, bounds[1]);
            }
            changes.clear();
        }

        /** The quads of these tallies, for a store whose statistics graph is empty (a bulk load, a rebuild). */
        public void quads(Consumer<Quad> out) {
            for (Map.Entry<Key, Change> e : changes.entrySet()) {
                Change ch = e.getValue();
                if (ch.count <= 0) continue;
                Node t = e.getKey().iri();
                for (Triple d : e.getKey().describe(t)) out.accept(new Quad(GRAPH, d));
                out.accept(new Quad(GRAPH, t, ARTICLE_COUNT, integer(ch.count)));
                if (ch.min != null) out.accept(new Quad(GRAPH, t, FIRST, ch.min));
                if (ch.max != null) out.accept(new Quad(GRAPH, t, LAST, ch.max));
            }
        }

        /** Number of tallies touched. */
        public int size() {
            return changes.size();
        }
    }

    private static String lex(Node n) {
        return n.getLiteralLexicalForm();
    }

    private static Node earlier(Node a, Node b) {
        if (a == null) return b;
        if (b == null) return a;
        return lex(b).compareTo(lex(a)) < 0 ? b : a;
    }

    private static Node later(Node a, Node b) {
        if (a == null) return b;
        if (b == null) return a;
        return lex(b).compareTo(lex(a)) > 0 ? b : a;
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static long count(DatasetGraph dsg, Node t) {
        Node n = one(dsg, t, ARTICLE_COUNT);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static Node one(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(GRAPH, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static void setOne(DatasetGraph dsg, Node s, Node p, Node o) {
        Node old = one(dsg, s, p);
        if (o == null ? old == null : o.equals(old)) return;
        if (old != null) dsg.deleteAny(GRAPH, s, p, Node.ANY);
        if (o != null) dsg.add(GRAPH, s, p, o);
    }

    /** The earliest and latest date of the stored articles whose graphs mention both (typed as person, organisation). */
    private static Node[] pairDates(DatasetGraph dsg, Node person, Node org) {
        Node first = null, last = null;
        Iterator<Quad> it = dsg.find(Node.ANY, person, TYPE, PERSON);
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!isArticleGraph(g) || !dsg.contains(g, org, TYPE, ORGANIZATION)) continue;
            if (!dsg.contains(g, Node.ANY, REFERS_TO, person) || !dsg.contains(g, Node.ANY, REFERS_TO, org)) continue;
            Node date = date(g, dsg.getGraph(g));
            if (date == null) continue;
            first = earlier(first, date);
            last = later(last, date);
        }
        return new Node[] {first, last};
    }

    /**
     * True when the store has article graphs that mention something but no statistics graph (a store made before
     * the statistics): to be {@linkplain #rebuild rebuilt}. Inside the caller's read transaction.
     */
    public static boolean missing(DatasetGraph dsg) {
        if (present(dsg)) return false;
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, REFERS_TO, Node.ANY);
        try {
            while (it.hasNext()) if (isArticleGraph(it.next().getGraph())) return true;
            return false;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    /** True when the store holds a statistics graph. */
    public static boolean present(DatasetGraph dsg) {
        return dsg.contains(GRAPH, Node.ANY, Node.ANY, Node.ANY);
    }

    /**
     * Recounts the statistics of every article graph of {@code dsg} (inside the caller's read transaction), as the
     * store would hold them.
     */
    public static Delta recount(DatasetGraph dsg) {
        Delta all = new Delta();
        Set<Node> graphs = new LinkedHashSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> { if (isArticleGraph(g)) graphs.add(g); });
        for (Node g : graphs) all.add(g, dsg.getGraph(g));
        return all;
    }

    /** The stored statistics, as quads (inside the caller's read transaction). */
    public static Set<Quad> stored(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** The statistics a recount gives, as quads (inside the caller's read transaction). */
    public static Set<Quad> recounted(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        recount(dsg).quads(out::add);
        return out;
    }

    /**
     * Replaces the statistics graph of a store by a recount of its article graphs (for a store made before the
     * statistics, or loaded from parts). Returns the number of tallies written.
     */
    public static long rebuild(KgStore store) {
        DatasetGraph dsg = store.datasetGraph();
        Delta all = org.apache.jena.system.Txn.calculateRead(dsg, () -> recount(dsg));
        long[] n = {0};
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
            all.quads(q -> dsg.add(q));
            n[0] = all.size();
        });
        return n[0];
    }
}
