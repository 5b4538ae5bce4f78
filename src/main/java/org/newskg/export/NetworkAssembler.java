package org.newskg.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.newskg.InvalidInputException;

/**
 * Turns a stream of rows (one per subject, relation, object and supporting article, as a SPARQL SELECT gives
 * them) into network nodes and aggregated edges, then writes them, nodes first, to a {@link NetworkWriter}.
 *
 * <p>One edge per (source, target, relation): weight = number of distinct articles, first and last article
 * date, the article IRIs (in the order the assembler first met each article). Relations named in {@code symmetricRelations} (default
 * {@code coMention}) are undirected in meaning: their ends are put in IRI order, so A–B and B–A rows make one
 * edge, and their self-loops are dropped. Node mentions = number of distinct articles of the rows the node
 * appears in, unless the rows carry a count ({@code sMentions}/{@code oMentions}), whose maximum is used.
 * An edge's titles are the distinct titles of its rows ({@link #TITLE}), the post titles of a {@code position} edge.
 * Node dates span the dates of its rows. The first non-empty label, type, subtype and code seen for a node win.
 * IRIs of relations and types are shortened to their local name ({@code ...#partOf} → {@code partOf}).
 *
 * <p>Memory grows with distinct nodes, edges and articles, plus 4–8 bytes per distinct (node, article) and
 * (edge, article) pair; never with the number of rows. Not thread-safe.
 */
public final class NetworkAssembler {
    /** Map keys of {@link #add(Map)}: the SPARQL variable names to select. */
    public static final String S = "s";
    public static final String S_LABEL = "sLabel";
    public static final String S_TYPE = "sType";
    public static final String S_SUBTYPE = "sSubtype";
    public static final String S_CODE = "sCode";
    public static final String S_MENTIONS = "sMentions";
    public static final String RELATION = "relation";
    public static final String O = "o";
    public static final String O_LABEL = "oLabel";
    public static final String O_TYPE = "oType";
    public static final String O_SUBTYPE = "oSubtype";
    public static final String O_CODE = "oCode";
    public static final String O_MENTIONS = "oMentions";
    public static final String ARTICLE = "article";
    public static final String DATE = "date";
    /** A post title of a {@code position} row (optional); an edge keeps the distinct titles of its rows. */
    public static final String TITLE = "title";

    /**
     * One end of a row.
     *
     * @param iri      node IRI (required)
     * @param mentions a precomputed mention count, or null to count the articles of the rows
     */
    public record NodeRef(String iri, String label, String type, String subtype, String code, Integer mentions) {
        public NodeRef {
            if (iri == null || iri.isBlank()) {
                throw new IllegalArgumentException("node without IRI (label '" + label + "')");
            }
            if (mentions != null && mentions < 0) {
                throw new IllegalArgumentException("negative mentions " + mentions + " of " + iri);
            }
        }

        public NodeRef(String iri, String label, String type) {
            this(iri, label, type, null, null, null);
        }
    }

    /**
     * One row: a relation between two nodes seen in one article, or (relation and object null) a node alone.
     *
     * @param article article IRI, or null for a relation not drawn from articles (e.g. partOf from the gazetteer)
     * @param date    article date: {@code yyyy-MM-dd}, or an xsd:dateTime / dated value whose first 10
     *                characters are one; or null
     * @param title   the post title this row states (a {@code position} row), or null
     */
    public record Row(NodeRef subject, String relation, NodeRef object, String article, String date, String title) {
        public Row {
            Objects.requireNonNull(subject, "row subject");
            if ((relation == null) != (object == null)) {
                throw new IllegalArgumentException("row of " + subject.iri() + ": relation " + relation
                        + " and object " + (object == null ? null : object.iri()) + " must both be given or both null");
            }
            title = title == null || title.isBlank() ? null : title.strip();
        }

        /** A row without a title. */
        public Row(NodeRef subject, String relation, NodeRef object, String article, String date) {
            this(subject, relation, object, article, date, null);
        }
    }

    private static final int NO_DATE = Integer.MIN_VALUE;

    private static final class NodeAcc {
        final String iri;
        String label;
        String type;
        String subtype;
        String code;
        int givenMentions = -1;
        final IntSet articles = new IntSet();
        int first = NO_DATE;
        int last = NO_DATE;

        NodeAcc(String iri) {
            this.iri = iri;
        }
    }

    private record EdgeKey(int source, int target, int relation) {
    }

    private static final class EdgeAcc {
        final IntSet articles = new IntSet();
        /** Distinct titles in code-point order, so the joined value does not depend on the order of the rows. */
        TreeSet<String> titles;
        int first = NO_DATE;
        int last = NO_DATE;
    }

    private final Set<String> symmetric;
    private final int minWeight;
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final List<NodeAcc> nodes = new ArrayList<>();
    private final Map<String, Integer> relationIndex = new HashMap<>();
    private final List<String> relations = new ArrayList<>();
    private final Map<String, Integer> articleIndex = new HashMap<>();
    private final List<String> articles = new ArrayList<>();
    private final Map<EdgeKey, EdgeAcc> edges = new LinkedHashMap<>();
    private long rows;

    /** {@code coMention} symmetric, every edge kept. */
    public NetworkAssembler() {
        this(Set.of("coMention"), 0);
    }

    /**
     * @param symmetricRelations relation names (local names) whose direction carries no meaning
     * @param minWeight          edges supported by fewer distinct articles are not written (nodes still are)
     */
    public NetworkAssembler(Set<String> symmetricRelations, int minWeight) {
        this.symmetric = Set.copyOf(symmetricRelations);
        if (minWeight < 0) {
            throw new IllegalArgumentException("negative minWeight " + minWeight);
        }
        this.minWeight = minWeight;
    }

    /**
     * Adds a row given as variable bindings (keys {@link #S}, {@link #S_LABEL}, ..., {@link #DATE}); missing or
     * blank values are null. A bad value is an {@link InvalidInputException} naming the row number.
     */
    public void add(Map<String, String> binding) {
        String where = "row " + (rows + 1);
        try {
            NodeRef s = new NodeRef(get(binding, S), get(binding, S_LABEL), get(binding, S_TYPE),
                    get(binding, S_SUBTYPE), get(binding, S_CODE), count(binding, S_MENTIONS, where));
            String o = get(binding, O);
            NodeRef object = o == null ? null : new NodeRef(o, get(binding, O_LABEL), get(binding, O_TYPE),
                    get(binding, O_SUBTYPE), get(binding, O_CODE), count(binding, O_MENTIONS, where));
            add(new Row(s, get(binding, RELATION), object, get(binding, ARTICLE), get(binding, DATE),
                    get(binding, TITLE)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where, e.getMessage(), e);
        }
    }

    /**
     * Adds one SPARQL solution whose variables are named as the {@link #S}, ..., {@link #DATE} keys: IRIs give
     * their IRI, literals their lexical form; blank nodes and unbound variables count as absent.
     */
    public void add(QuerySolution solution) {
        Map<String, String> binding = new HashMap<>();
        solution.varNames().forEachRemaining(v -> {
            RDFNode n = solution.get(v);
            if (n != null && n.isURIResource()) {
                binding.put(v, n.asResource().getURI());
            } else if (n != null && n.isLiteral()) {
                binding.put(v, n.asLiteral().getLexicalForm());
            }
        });
        add(binding);
    }

    /** Adds every solution of a SELECT result, one at a time (the results are not kept). */
    public void addAll(ResultSet results) {
        while (results.hasNext()) {
            add(results.next());
        }
    }

    /** Adds one row; a bad date is an {@link InvalidInputException} naming the row number. */
    public void add(Row row) {
        rows++;
        int date = parseDate(row.date(), "row " + rows);
        int article = row.article() == null ? -1
                : articleIndex.computeIfAbsent(row.article(), a -> {
                    articles.add(a);
                    return articles.size() - 1;
                });
        int s = node(row.subject(), article, date);
        if (row.relation() == null) {
            return;
        }
        int o = node(row.object(), article, date);
        String relation = localName(row.relation());
        if (symmetric.contains(relation)) {
            if (s == o) {
                return;
            }
            if (nodes.get(s).iri.compareTo(nodes.get(o).iri) > 0) {
                int t = s;
                s = o;
                o = t;
            }
        }
        int r = relationIndex.computeIfAbsent(relation, x -> {
            relations.add(x);
            return relations.size() - 1;
        });
        EdgeAcc e = edges.computeIfAbsent(new EdgeKey(s, o, r), k -> new EdgeAcc());
        if (article >= 0) {
            e.articles.add(article);
        }
        if (row.title() != null) {
            if (e.titles == null) {
                e.titles = new TreeSet<>();
            }
            e.titles.add(row.title());
        }
        if (date != NO_DATE) {
            e.first = e.first == NO_DATE ? date : Math.min(e.first, date);
            e.last = Math.max(e.last, date);
        }
    }

    private int node(NodeRef ref, int article, int date) {
        Integer i = nodeIndex.get(ref.iri());
        NodeAcc n;
        if (i == null) {
            i = nodes.size();
            nodeIndex.put(ref.iri(), i);
            n = new NodeAcc(ref.iri());
            nodes.add(n);
        } else {
            n = nodes.get(i);
        }
        n.label = n.label == null ? ref.label() : n.label;
        n.type = n.type == null && ref.type() != null ? localName(ref.type()) : n.type;
        n.subtype = n.subtype == null && ref.subtype() != null ? localName(ref.subtype()) : n.subtype;
        n.code = n.code == null ? ref.code() : n.code;
        if (ref.mentions() != null) {
            n.givenMentions = Math.max(n.givenMentions, ref.mentions());
        }
        if (article >= 0) {
            n.articles.add(article);
        }
        if (date != NO_DATE) {
            n.first = n.first == NO_DATE ? date : Math.min(n.first, date);
            n.last = Math.max(n.last, date);
        }
        return i;
    }

    /** Rows added so far. */
    public long rows() {
        return rows;
    }

    public int nodeCount() {
        return nodes.size();
    }

    /** Distinct edges, including those below the minimum weight. */
    public int edgeCount() {
        return edges.size();
    }

    /**
     * Writes begin, every node (first-seen order), every edge of at least the minimum weight (first-seen order),
     * end. The writer is neither closed nor reusable afterwards.
     */
    public void writeTo(NetworkWriter w) {
        w.begin();
        for (NodeAcc n : nodes) {
            int mentions = n.givenMentions >= 0 ? n.givenMentions : n.articles.size();
            w.node(new ExportNode(n.iri, n.label, n.type, n.subtype, n.code, mentions, n.iri, iso(n.first),
                    iso(n.last)));
        }
        for (Map.Entry<EdgeKey, EdgeAcc> entry : edges.entrySet()) {
            EdgeAcc e = entry.getValue();
            if (e.articles.size() < minWeight) {
                continue;
            }
            EdgeKey k = entry.getKey();
            int[] ids = e.articles.sorted();
            List<String> iris = new ArrayList<>(ids.length);
            for (int id : ids) {
                iris.add(articles.get(id));
            }
            w.edge(new ExportEdge(nodes.get(k.source()).iri, nodes.get(k.target()).iri, relations.get(k.relation()),
                    ids.length, iso(e.first), iso(e.last), iris, e.titles == null ? List.of() : List.copyOf(e.titles)));
        }
        w.end();
    }

    /** The part after the last {@code #} or {@code /} of an IRI; other strings unchanged. */
    static String localName(String s) {
        if (!s.contains(":")) {
            return s;
        }
        int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        if (cut < 0) {
            cut = s.lastIndexOf(':');
        }
        String local = s.substring(cut + 1);
        return local.isEmpty() ? s : local;
    }

    private static int parseDate(String date, String where) {
        if (date == null) {
            return NO_DATE;
        }
        try {
            if (date.length() < 10) {
                throw new DateTimeParseException("too short", date, 0);
            }
            return Math.toIntExact(LocalDate.parse(date.substring(0, 10)).toEpochDay());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(where, "date '" + date + "' does not start with yyyy-MM-dd", e);
        }
    }

    private static String iso(int epochDay) {
        return epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay).toString();
    }

    private static String get(Map<String, String> binding, String key) {
        String v = binding.get(key);
        return v == null || v.isBlank() ? null : v;
    }

    private static Integer count(Map<String, String> binding, String key, String where) {
        String v = get(binding, key);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where, key + " '" + v + "' is not a whole number", e);
        }
    }
}
