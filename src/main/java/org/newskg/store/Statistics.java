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
 * Corpus-wide counts kept in graphs of their own, so that the curated aggregate queries read a few tallies instead
 * of every mention in the store. Everything here is derived from the article graphs and nothing else. Layout
 * (ontology 1.4; each count is one quad, the dimension it is counted along is the graph it is in):
 * <ul>
 * <li>per entity: the number of articles whose graph mentions it, {@code ?t nk:articleCount ?n} in the graph of the
 * entity's class ({@code …/graph/statistics/entity/person}, described in the statistics graph {@link
 * Iris#STATISTICS_GRAPH} by {@code nk:tallyClass nk:Person}; the class is the one the entity's IRI is minted under:
 * person/, org/, place/), and {@code ?t nk:countOf ?entity} in the statistics graph; {@code ?t} is the entity's
 * tally ({@code …/id/stat/entity/<hash>}), the node every count of the entity is stated on;</li>
 * <li>per entity and month of publication ({@code yyyy-MM}, articles without a date left out): {@code ?t
 * nk:articleCount ?n} in the graph of the month and the entity's class ({@code …/graph/statistics/month/2025-01/person},
 * described in the statistics graph by {@code nk:month "2025-01" ; nk:tallyClass nk:Person});</li>
 * <li>per byline credit (role, name as credited) and place mentioned in the credited article: {@code ?t
 * nk:articleCount ?n} (the place's tally) in the graph of the credit ({@code …/graph/statistics/credit/<hash>},
 * described by {@code nk:creditedRole nk:Reporter ; nk:creditedName "秦雅楠"});</li>
 * <li>per person and organisation mentioned in one article (each typed nk:Person, nk:Organization in that article's
 * graph): {@code ?t nk:articleCount ?n ; nk:firstDate ?d1 ; nk:lastDate ?d2} (the organisation's tally; the earliest
 * and latest publication date of those articles, absent when none is dated; since ontology 1.5 {@code nk:lastDate}
 * only when it differs from {@code nk:firstDate}, so a pair of one date, most pairs, is two quads: read the last date
 * as {@code COALESCE(?d2, ?d1)}) in the graph of the person's pairs ({@code …/graph/statistics/pairs/<hash>},
 * described by {@code nk:pairPerson ?person}). A store of 1.4, which states the last date always, is read the same;
 * its counts drop the redundant last dates as they are rewritten, and a recount drops them all.</li>
 * </ul>
 * A tally and a graph are IRIs minted from what they count, so a write finds them without a search; a count that
 * reaches zero is removed, and with the last count of a graph its description. The store keeps the graphs up to date
 * at each write: an article graph written adds its contribution, the graph it replaces (or a deleted one) subtracts
 * its own, in the same transaction ({@link Delta}); a bulk load adds all contributions at its end. {@link #rebuild}
 * recounts a whole store (one made before the statistics or with an older layout, or loaded from parts) in
 * transactions of bounded size.
 */
public final class Statistics {
    private Statistics() {}

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Statistics.class);

    private static final Node GRAPH = NodeFactory.createURI(Iris.STATISTICS_GRAPH);
    /** Names of the graphs of monthly, byline and pair counts start with this. */
    private static final String GRAPH_NS = Iris.STATISTICS_GRAPH + "/";
    private static final String STAT_NS = Iris.ID_NS + "stat/";
    private static final String PLACE_NS = Iris.ID_NS + "place/";
    private static final String PERSON_NS = Iris.ID_NS + "person/";
    private static final String ORG_NS = Iris.ID_NS + "org/";
    /** Marks a statistics graph being recounted ({@link #rebuild}); a store found with it is recounted again. */
    private static final Node RECOUNTING = NK.recounting.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node REFERS_TO = NK.refersTo.asNode();
    private static final Node PERSON = NK.Person.asNode();
    private static final Node ORGANIZATION = NK.Organization.asNode();
    private static final Node DATE = SchemaDO.datePublished.asNode();
    private static final Node HAS_BYLINE = NK.hasByline.asNode();
    private static final Node ROLE = NK.role.asNode();
    private static final Node PERSON_NAME = NK.personName.asNode();
    private static final Node ARTICLE_COUNT = NK.articleCount.asNode();
    private static final Node COUNT_OF = NK.countOf.asNode();
    private static final Node FIRST = NK.firstDate.asNode();
    private static final Node LAST = NK.lastDate.asNode();

    /** The name of the statistics graph (what each tally counts, and the descriptions of the other statistics graphs). */
    public static Node graph() {
        return GRAPH;
    }

    /** True for the name of a graph of statistics: the statistics graph, or a graph of monthly, byline or pair counts. */
    public static boolean isStatisticsGraph(Node g) {
        return g.isURI() && (g.getURI().equals(Iris.STATISTICS_GRAPH) || g.getURI().startsWith(GRAPH_NS));
    }

    /** True for the name of an article graph (the graphs counted). */
    public static boolean isArticleGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(Iris.ARTICLE_NS) && g.getURI().indexOf('#') < 0;
    }

    /** What one count counts along. */
    enum Kind { ENTITY, MONTH, BYLINE, PAIR }

    /**
     * One count's identity: the entity (for a pair, the organisation) {@code a}; the role of a byline credit or the
     * person of a pair {@code b}; the month or the credited name {@code s}.
     */
    record Key(Kind kind, Node a, Node b, String s) {
        /** The tally of an entity: the subject of all its counts. */
        static Node tally(Node entity) {
            return NodeFactory.createURI(STAT_NS + "entity/" + hash("e\u0000" + entity.getURI()));
        }

        /** The node the count is stated on: the tally of the entity {@code a}. */
        Node subject() {
            return tally(a);
        }

        /** The graph the count is in. */
        Node graph() {
            return switch (kind) {
                case ENTITY -> NodeFactory.createURI(GRAPH_NS + "entity/" + classSegment(a));
                case MONTH -> NodeFactory.createURI(GRAPH_NS + "month/" + s + "/" + classSegment(a));
                case BYLINE -> NodeFactory.createURI(GRAPH_NS + "credit/" + hash("b\u0000" + b.getURI() + "\u0000" + s));
                case PAIR -> NodeFactory.createURI(GRAPH_NS + "pairs/" + hash("p\u0000" + b.getURI()));
            };
        }

        /** The description of the count's graph (in the statistics graph). */
        List<Triple> describe() {
            List<Triple> out = new ArrayList<>(2);
            Node g = graph();
            switch (kind) {
                case ENTITY -> {
                    Node c = coarseClass(a);
                    if (c != null) out.add(Triple.create(g, NK.tallyClass.asNode(), c));
                }
                case MONTH -> {
                    out.add(Triple.create(g, NK.month.asNode(), NodeFactory.createLiteralString(s)));
                    Node c = coarseClass(a);
                    if (c != null) out.add(Triple.create(g, NK.tallyClass.asNode(), c));
                }
                case BYLINE -> {
                    out.add(Triple.create(g, NK.creditedRole.asNode(), b));
                    out.add(Triple.create(g, NK.creditedName.asNode(), NodeFactory.createLiteralString(s)));
                }
                case PAIR -> out.add(Triple.create(g, NK.pairPerson.asNode(), b));
            }
            return out;
        }
    }

    /** The class an entity's IRI is minted under (person/, org/, place/), or null. */
    private static Node coarseClass(Node e) {
        String u = e.getURI();
        if (u.startsWith(PERSON_NS)) return PERSON;
        if (u.startsWith(ORG_NS)) return ORGANIZATION;
        if (u.startsWith(PLACE_NS)) return NK.Place.asNode();
        return null;
    }

    private static String classSegment(Node e) {
        Node c = coarseClass(e);
        return c == null ? "other" : c.equals(PERSON) ? "person" : c.equals(ORGANIZATION) ? "org" : "place";
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
     * among them (typed in the graph), its byline credits (role, name). Computed from the graph alone ({@link #of}),
     * so an ingest computes it on its extraction threads and the writer only adds it up.
     */
    public record Contribution(Set<Node> entities, Node date, Set<Node> persons, Set<Node> organisations, Set<Map.Entry<Node, String>> credits) {
        /** The contribution of the article graph {@code g} stored under {@code name}. */
        public static Contribution of(Node name, Graph g) {
            return contribution(name, g);
        }

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
                for (Node o : organisations) each.accept(new Key(Kind.PAIR, o, p, null));
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

        /** Counts an article graph in by its contribution ({@link Contribution#of}). */
        public void add(Contribution c) {
            apply(c, +1);
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
         * Writes the changes into the statistics graphs of {@code dsg}, inside the caller's write transaction and
         * after the article graphs themselves are written (a pair that lost a date looks its dates up again).
         */
        public void write(DatasetGraph dsg) {
            // graphs whose description this write has checked (present, or added)
            Set<Node> described = new HashSet<>();
            // graphs that lost a count: their description goes when nothing is left in them
            Set<Node> emptied = new LinkedHashSet<>();
            for (Map.Entry<Key, Change> e : changes.entrySet()) {
                Change ch = e.getValue();
                Key k = e.getKey();
                if (ch.count == 0 && ch.min == null && !ch.lostDate) continue;
                Node g = k.graph(), t = k.subject();
                long stored = count(dsg, g, t);
                long now = stored + ch.count;
                if (now <= 0) {
                    if (stored > 0) {
                        dsg.deleteAny(g, t, Node.ANY, Node.ANY);
                        if (k.kind() == Kind.ENTITY) dsg.deleteAny(GRAPH, t, COUNT_OF, Node.ANY);
                        emptied.add(g);
                    }
                    continue;
                }
                if (stored == 0) {
                    if (k.kind() == Kind.ENTITY) dsg.add(GRAPH, t, COUNT_OF, k.a());
                    if (described.add(g) && !dsg.contains(GRAPH, g, Node.ANY, Node.ANY))
                        for (Triple d : k.describe()) dsg.add(GRAPH, d.getSubject(), d.getPredicate(), d.getObject());
                } else if (ch.count != 0) {
                    dsg.deleteAny(g, t, ARTICLE_COUNT, Node.ANY);
                }
                if (stored == 0 || ch.count != 0) dsg.add(g, t, ARTICLE_COUNT, integer(now));
                if (k.kind() != Kind.PAIR) continue;
                Node[] bounds;
                if (ch.lostDate) bounds = pairDates(dsg, k.b(), k.a());
                else {
                    Node first = one(dsg, g, t, FIRST), last = one(dsg, g, t, LAST);
                    if (last == null) last = first; // stated only when it differs
                    bounds = new Node[] {earlier(first, ch.min), later(last, ch.max)};
                }
                setOne(dsg, g, t, FIRST, bounds[0]);
                setOne(dsg, g, t, LAST, lastDate(bounds[0], bounds[1]));
            }
            for (Node g : emptied)
                if (!dsg.contains(g, Node.ANY, Node.ANY, Node.ANY)) dsg.deleteAny(GRAPH, g, Node.ANY, Node.ANY);
            changes.clear();
        }

        /** The quads of these counts, for a store whose statistics graphs are empty (a bulk load, a rebuild). */
        public void quads(Consumer<Quad> out) {
            Set<Node> described = new HashSet<>();
            for (Map.Entry<Key, Change> e : changes.entrySet()) {
                Change ch = e.getValue();
                if (ch.count <= 0) continue;
                Key k = e.getKey();
                Node g = k.graph(), t = k.subject();
                if (k.kind() == Kind.ENTITY) out.accept(new Quad(GRAPH, t, COUNT_OF, k.a()));
                if (described.add(g))
                    for (Triple d : k.describe()) out.accept(new Quad(GRAPH, d));
                out.accept(new Quad(g, t, ARTICLE_COUNT, integer(ch.count)));
                if (ch.min != null) out.accept(new Quad(g, t, FIRST, ch.min));
                Node last = lastDate(ch.min, ch.max);
                if (last != null) out.accept(new Quad(g, t, LAST, last));
            }
        }

        /** Number of tallies touched. */
        public int size() {
            return changes.size();
        }
    }

    /** The nk:lastDate a pair states: its last date when that differs from its first, else none. */
    private static Node lastDate(Node first, Node last) {
        return last == null || last.equals(first) ? null : last;
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

    private static long count(DatasetGraph dsg, Node g, Node t) {
        Node n = one(dsg, g, t, ARTICLE_COUNT);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static void setOne(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        Node old = one(dsg, g, s, p);
        if (o == null ? old == null : o.equals(old)) return;
        if (old != null) dsg.deleteAny(g, s, p, Node.ANY);
        if (o != null) dsg.add(g, s, p, o);
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
     * True when the store's statistics are to be {@linkplain #rebuild rebuilt}: it has article graphs that mention
     * something but no statistics graph (a store made before the statistics), statistics of the layout before ontology
     * 1.4 (one tally node per count), or a recount that did not finish. Inside the caller's read transaction.
     */
    public static boolean missing(DatasetGraph dsg) {
        if (present(dsg))
            return dsg.contains(GRAPH, GRAPH, RECOUNTING, Node.ANY)
                    || dsg.contains(GRAPH, Node.ANY, NK.monthlyCountOf.asNode(), Node.ANY)
                    || dsg.contains(GRAPH, Node.ANY, NK.pairOrganization.asNode(), Node.ANY)
                    || dsg.contains(GRAPH, Node.ANY, NK.bylineCountOf.asNode(), Node.ANY);
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

    /** The names of the statistics graphs of {@code dsg} (inside the caller's read transaction). */
    private static List<Node> statisticsGraphs(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> { if (isStatisticsGraph(g)) out.add(g); });
        return out;
    }

    /** The stored statistics, as quads (inside the caller's read transaction). */
    public static Set<Quad> stored(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        for (Node g : statisticsGraphs(dsg)) dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** The number of quads in the statistics graphs (inside the caller's read transaction). */
    public static long quadCount(DatasetGraph dsg) {
        long n = 0;
        for (Node g : statisticsGraphs(dsg)) {
            Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            try {
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        }
        return n;
    }

    /** The statistics a recount gives, as quads (inside the caller's read transaction). */
    public static Set<Quad> recounted(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        recount(dsg).quads(out::add);
        return out;
    }

    private static long seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e9);
    }

    /** Quads written or deleted per transaction by {@link #rebuild}: one transaction of millions does not finish. */
    static final int REBUILD_BATCH = 200_000;

    /**
     * Replaces the statistics graphs of a store by a recount of its article graphs (for a store made before the
     * statistics or with their older layout, or loaded from parts). The recount is made in one read transaction;
     * the old statistics are deleted and the new ones written in transactions of {@link #REBUILD_BATCH} quads, the
     * statistics graph marked ({@code nk:recounting}) until the last one, so that an interrupted rebuild is found
     * ({@link #missing}) and done again. Returns the number of counts written.
     */
    public static long rebuild(KgStore store) {
        return rebuild(store, REBUILD_BATCH);
    }

    /** As {@link #rebuild(KgStore)}, {@code batchSize} quads per transaction. */
    static long rebuild(KgStore store, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        DatasetGraph dsg = store.datasetGraph();
        long t0 = System.nanoTime();
        Delta all = org.apache.jena.system.Txn.calculateRead(dsg, () -> recount(dsg));
        LOG.info("recount: {} counts from the article graphs in {} s", all.size(), seconds(t0));
        Quad mark = new Quad(GRAPH, GRAPH, RECOUNTING, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        List<Node> old = org.apache.jena.system.Txn.calculateRead(dsg, () -> statisticsGraphs(dsg));
        org.apache.jena.system.Txn.executeWrite(dsg, () -> dsg.add(mark));
        long[] deleted = {0}, written = {0};
        // the old graphs in turn (the statistics graph, or a hundred thousand small ones), batchSize quads a transaction
        int[] next = {0};
        while (next[0] < old.size()) {
            org.apache.jena.system.Txn.executeWrite(dsg, () -> {
                List<Quad> batch = new ArrayList<>(Math.min(batchSize, 1 << 16));
                while (next[0] < old.size() && batch.size() < batchSize) {
                    Iterator<Quad> it = dsg.find(old.get(next[0]), Node.ANY, Node.ANY, Node.ANY);
                    boolean exhausted = true;
                    try {
                        while (it.hasNext()) {
                            if (batch.size() >= batchSize) {
                                exhausted = false;
                                break;
                            }
                            Quad q = it.next();
                            if (!q.equals(mark)) batch.add(q);
                        }
                    } finally {
                        org.apache.jena.atlas.iterator.Iter.close(it);
                    }
                    if (exhausted) next[0]++;
                }
                batch.forEach(dsg::delete);
                deleted[0] += batch.size();
            });
            LOG.info("recount: {} quads of the old statistics deleted ({} s)", deleted[0], seconds(t0));
        }
        List<Quad> batch = new ArrayList<>(Math.min(batchSize, 1 << 16));
        Runnable flush = () -> {
            org.apache.jena.system.Txn.executeWrite(dsg, () -> batch.forEach(dsg::add));
            written[0] += batch.size();
            batch.clear();
            LOG.info("recount: {} quads written ({} s)", written[0], seconds(t0));
        };
        all.quads(q -> {
            batch.add(q);
            if (batch.size() == batchSize) flush.run();
        });
        flush.run();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> dsg.delete(mark));
        return all.size();
    }
}
