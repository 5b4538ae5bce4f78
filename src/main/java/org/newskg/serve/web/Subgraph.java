package org.newskg.serve.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.newskg.InvalidInputException;
import org.newskg.rdf.Iris;

/**
 * A network of entities read from the store: who is mentioned with whom, who holds a post where, which place
 * lies in which. Chosen by a selection (an entity's ego network of some hops, the articles about a place, a
 * date range, entity types), then every edge among the chosen nodes is counted in distinct articles.
 *
 * <ul>
 * <li>{@code coMention}: two entities mentioned in one article (undirected; source IRI sorts first)</li>
 * <li>{@code position}: person → organisation, from nk:Membership statements; label: the titles</li>
 * <li>{@code partOf}: place → containing place (nk:partOf), counted in the article graphs stating it; containment
 * between two divisions, described once in the shared divisions graph, counts the articles touching the child
 * division: those mentioning it or a division inside it, or locating an organisation in one (the articles whose
 * graphs carried the edge before division descriptions moved to their own graph)</li>
 * <li>{@code locatedIn}: organisation → place (nk:locatedIn), likewise</li>
 * <li>{@code subOrganizationOf}: organisation → containing organisation (org:subOrganizationOf), likewise</li>
 * </ul>
 */
public final class Subgraph {
    /** Relations that can be drawn. */
    public static final List<String> RELATIONS = List.of("coMention", "position", "partOf", "locatedIn", "subOrganizationOf");

    /** Relations stated as one triple in an article's graph, with their predicate. */
    private static final Map<String, String> STATED = Map.of(
            "partOf", "nk:partOf", "locatedIn", "nk:locatedIn", "subOrganizationOf", "org:subOrganizationOf");

    /**
     * A group pattern binding {@code ?a} to the articles behind {@code s relation o} (variables or IRIs): the article
     * graphs stating it, and for partOf also the articles touching the child of a containment the divisions graph
     * states (see the class comment). Variables of its own end in {@code _}.
     */
    private static String stated(String relation, String s, String o) {
        String p = STATED.get(relation);
        if (!relation.equals("partOf")) return "GRAPH ?a { " + s + " " + p + " " + o + " }";
        String divisions = Sparql.iri(Iris.DIVISIONS_GRAPH);
        return "{ GRAPH ?a { " + s + " nk:partOf " + o + " } FILTER(?a != " + divisions + ") } UNION { GRAPH " + divisions
                + " { " + s + " nk:partOf " + o + " } GRAPH " + divisions + " { ?w_ nk:partOf* " + s + " }"
                + " { ?a schema:mentions ?w_ } UNION { GRAPH ?a { ?located_ nk:locatedIn ?w_ } } }";
    }

    /**
     * What to draw.
     *
     * @param entity    IRI of the centre of an ego network, or null for the whole selection
     * @param hops      ego network radius, 1 to 3
     * @param place     IRI of a place: only articles mentioning it or a place within it count; or null
     * @param types     coarse types of the nodes kept (Person, Place, Organization); the centre is always kept
     * @param from      first article date (yyyy-MM-dd) or null
     * @param to        last article date (yyyy-MM-dd) or null
     * @param relations relations followed and drawn
     * @param limit     most nodes (the best connected are kept)
     */
    public record Selection(String entity, int hops, String place, Set<String> types, String from, String to,
                            Set<String> relations, int limit) {
        public Selection {
            if (hops < 1 || hops > 3) throw new InvalidInputException("hops=" + hops, "hops must be 1, 2 or 3");
            if (limit < 1 || limit > 5000) throw new InvalidInputException("limit=" + limit, "limit must be 1 to 5000");
            types = types == null || types.isEmpty() ? Set.of(Vocab.COARSE) : Set.copyOf(types);
            for (String t : types)
                if (!Arrays.asList(Vocab.COARSE).contains(t))
                    throw new InvalidInputException("type=" + t, "type must be one of " + String.join(", ", Vocab.COARSE));
            relations = relations == null || relations.isEmpty() ? Set.copyOf(RELATIONS) : Set.copyOf(relations);
            for (String r : relations)
                if (!RELATIONS.contains(r)) throw new InvalidInputException("relation=" + r, "relation must be one of " + RELATIONS);
            from = date(from, "from");
            to = date(to, "to");
            if (from != null && to != null && from.compareTo(to) > 0)
                throw new InvalidInputException("from=" + from, "from is after to=" + to);
            entity = blank(entity) ? null : entity.strip();
            place = blank(place) ? null : place.strip();
        }

        private static String date(String d, String name) {
            if (blank(d)) return null;
            try {
                return LocalDate.parse(d.strip()).toString();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(name + "=" + d, "not a date (yyyy-MM-dd)");
            }
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        /** A short description, used as the graph's name in downloads. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (entity != null) parts.add("ego " + entity + " hops " + hops);
            if (place != null) parts.add("place " + place);
            if (from != null || to != null) parts.add("dates " + (from == null ? "" : from) + ".." + (to == null ? "" : to));
            if (types.size() < Vocab.COARSE.length) parts.add("types " + new TreeSet<>(types));
            return parts.isEmpty() ? "newskg network" : "newskg network: " + String.join(", ", parts);
        }
    }

    /** A node: an entity with the number of selected articles mentioning it and their date range. */
    public record Node(String iri, String label, String type, String subtype, String code, int articles,
                       String firstDate, String lastDate) {}

    /** An edge with its weight in distinct articles, their date range and IRIs. */
    public record Edge(String source, String target, String relation, String label, int weight, String firstDate,
                       String lastDate, List<String> articles) {}

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final boolean truncated;

    private Subgraph(List<Node> nodes, List<Edge> edges, boolean truncated) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.truncated = truncated;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    /** True when more nodes qualified than the limit allowed. */
    public boolean truncated() {
        return truncated;
    }

    /** Reads the network for a selection in one read transaction. */
    public static Subgraph read(Dataset ds, Selection sel) {
        return Txn.calculateRead(ds, () -> new Reader(ds, sel).read());
    }

    private static final class Reader {
        private final Dataset ds;
        private final Selection sel;
        private final String typeValues;
        private boolean truncated;

        Reader(Dataset ds, Selection sel) {
            this.ds = ds;
            this.sel = sel;
            this.typeValues = "VALUES ?t { " + sel.types().stream().sorted().map(t -> "nk:" + t).collect(Collectors.joining(" ")) + " }";
        }

        /** Filters on the article variable: date range and place. */
        private String articleFilter(String a) {
            StringBuilder sb = new StringBuilder();
            if (sel.from() != null || sel.to() != null) {
                sb.append(" FILTER EXISTS { ").append(a).append(" schema:datePublished ?d_ ");
                if (sel.from() != null) sb.append("FILTER(STR(?d_) >= ").append(Sparql.str(sel.from())).append(") ");
                if (sel.to() != null) sb.append("FILTER(STR(?d_) <= ").append(Sparql.str(sel.to())).append(") ");
                sb.append("}");
            }
            if (sel.place() != null)
                sb.append(" FILTER EXISTS { ").append(a).append(" schema:mentions ?p_ . ?p_ nk:partOf* ").append(Sparql.iri(sel.place())).append(" }");
            return sb.toString();
        }

        Subgraph read() {
            Map<String, Integer> chosen = sel.entity() == null ? whole() : ego();
            List<String> ids = new ArrayList<>(chosen.keySet());
            Map<String, Node> info = nodes(ids);
            List<Edge> edges = edges(info.keySet());
            List<Node> nodes = ids.stream().map(info::get).filter(n -> n != null).toList();
            return new Subgraph(nodes, edges, truncated);
        }

        /** All entities of the selected articles, the most mentioned first. */
        private Map<String, Integer> whole() {
            Map<String, Integer> out = new LinkedHashMap<>();
            List<QuerySolution> rows = Sparql.select(ds, "SELECT ?n (COUNT(DISTINCT ?a) AS ?w) WHERE { ?a schema:mentions ?n . ?n a ?t . "
                    + typeValues + articleFilter("?a") + " } GROUP BY ?n ORDER BY DESC(?w) ?n LIMIT " + (sel.limit() + 1));
            for (QuerySolution r : rows) {
                if (out.size() == sel.limit()) {
                    truncated = true;
                    break;
                }
                out.put(Sparql.text(r, "n"), Sparql.integer(r, "w", 0));
            }
            if (sel.relations().contains("partOf") && sel.types().contains("Place") && out.size() < sel.limit()) {
                // the containing places, so that the place hierarchy is drawn
                Set<String> places = new LinkedHashSet<>(out.keySet());
                for (String p : new java.util.TreeSet<>(neighbours(places, "partOf").keySet())) {
                    if (out.size() >= sel.limit()) {
                        truncated = true;
                        break;
                    }
                    out.putIfAbsent(p, 0);
                }
            }
            return out;
        }

        /** The centre and its neighbours up to the given hops, the best connected first within each hop. */
        private Map<String, Integer> ego() {
            Map<String, Integer> out = new LinkedHashMap<>();
            out.put(sel.entity(), Integer.MAX_VALUE);
            Set<String> frontier = Set.of(sel.entity());
            for (int h = 0; h < sel.hops() && !frontier.isEmpty(); h++) {
                Map<String, Integer> next = new HashMap<>();
                for (String rel : sel.relations()) neighbours(frontier, rel).forEach((k, v) -> next.merge(k, v, Integer::sum));
                List<Map.Entry<String, Integer>> ranked = next.entrySet().stream().filter(e -> !out.containsKey(e.getKey()))
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
                Set<String> added = new LinkedHashSet<>();
                for (Map.Entry<String, Integer> e : ranked) {
                    if (out.size() >= sel.limit()) {
                        truncated = true;
                        break;
                    }
                    out.put(e.getKey(), e.getValue());
                    added.add(e.getKey());
                }
                frontier = added;
            }
            return out;
        }

        /** Neighbours of a set of nodes by one relation, with the number of articles linking them. */
        private Map<String, Integer> neighbours(Set<String> of, String relation) {
            Map<String, Integer> out = new HashMap<>();
            if (of.isEmpty()) return out;
            String values = Sparql.values("x", of);
            String q = switch (relation) {
                case "coMention" -> "SELECT ?n (COUNT(DISTINCT ?a) AS ?w) WHERE { " + values + " ?a schema:mentions ?x , ?n . FILTER(?n != ?x) ?n a ?t . "
                        + typeValues + articleFilter("?a") + " } GROUP BY ?n";
                case "position" -> "SELECT ?n (COUNT(DISTINCT ?a) AS ?w) WHERE { " + values + " ?m a nk:Membership ; prov:wasDerivedFrom ?a . "
                        + "{ ?m org:member ?x ; org:organization ?n } UNION { ?m org:organization ?x ; org:member ?n } ?n a ?t . "
                        + typeValues + articleFilter("?a") + " } GROUP BY ?n";
                case "partOf", "locatedIn", "subOrganizationOf" -> "SELECT ?n (COUNT(DISTINCT ?a) AS ?w) WHERE { " + values + " { "
                        + stated(relation, "?x", "?n") + " } UNION { " + stated(relation, "?n", "?x") + " } ?n a ?t . " + typeValues
                        + articleFilter("?a") + " } GROUP BY ?n";
                default -> throw new IllegalArgumentException(relation);
            };
            for (QuerySolution r : Sparql.select(ds, q)) out.put(Sparql.text(r, "n"), Sparql.integer(r, "w", 0));
            return out;
        }

        private Map<String, Node> nodes(List<String> ids) {
            Map<String, Node> out = new LinkedHashMap<>();
            if (ids.isEmpty()) return out;
            Map<String, String[]> desc = new HashMap<>();
            for (QuerySolution r : Sparql.select(ds, "SELECT ?n (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?code) (GROUP_CONCAT(DISTINCT STR(?t); separator=\" \") AS ?types)"
                    + " WHERE { " + Sparql.values("n", ids) + " ?n a ?t . OPTIONAL { ?n rdfs:label ?l } OPTIONAL { ?n nk:divisionCode ?c } } GROUP BY ?n")) {
                String type = null;
                String subtype = null;
                for (String t : Sparql.text(r, "types").split(" ")) {
                    if (Vocab.coarse(t) != null) type = Vocab.coarse(t);
                    else if (t.startsWith(Vocab.NK) && !Vocab.generic(t)) subtype = t.substring(Vocab.NK.length());
                }
                desc.put(Sparql.text(r, "n"), new String[] {Sparql.text(r, "label"), type, subtype, Sparql.text(r, "code")});
            }
            Map<String, Object[]> counts = new HashMap<>();
            for (QuerySolution r : Sparql.select(ds, "SELECT ?n (COUNT(DISTINCT ?a) AS ?w) (MIN(STR(?d)) AS ?first) (MAX(STR(?d)) AS ?last) WHERE { "
                    + Sparql.values("n", ids) + " ?a schema:mentions ?n . OPTIONAL { ?a schema:datePublished ?d } " + articleFilter("?a") + " } GROUP BY ?n"))
                counts.put(Sparql.text(r, "n"), new Object[] {Sparql.integer(r, "w", 0), Sparql.text(r, "first"), Sparql.text(r, "last")});
            for (String id : ids) {
                String[] d = desc.get(id);
                if (d == null || d[1] == null) continue; // not an entity of the store
                Object[] c = counts.getOrDefault(id, new Object[] {0, null, null});
                out.put(id, new Node(id, d[0] == null ? id : d[0], d[1], d[2], d[3], (Integer) c[0], (String) c[1], (String) c[2]));
            }
            return out;
        }

        private List<Edge> edges(Set<String> ids) {
            List<Edge> out = new ArrayList<>();
            if (ids.isEmpty()) return out;
            String values = Sparql.values("x", ids);
            if (sel.relations().contains("coMention"))
                // both ends among the chosen nodes, so that hubs do not bring back every entity of their articles
                collect(out, ids, "coMention", "SELECT ?x ?y ?a ?d WHERE { " + values + " ?a schema:mentions ?x , ?y . " + Sparql.values("y", ids)
                        + " FILTER(STR(?x) < STR(?y)) OPTIONAL { ?a schema:datePublished ?d } " + articleFilter("?a") + " }");
            if (sel.relations().contains("position"))
                collect(out, ids, "position", "SELECT ?x ?y ?a ?d ?label WHERE { " + values + " ?m a nk:Membership ; org:member ?x ; org:organization ?y ;"
                        + " nk:title ?label ; prov:wasDerivedFrom ?a . OPTIONAL { ?a schema:datePublished ?d } " + articleFilter("?a") + " }");
            for (String rel : RELATIONS)
                if (STATED.containsKey(rel) && sel.relations().contains(rel))
                    collect(out, ids, rel, "SELECT ?x ?y ?a ?d WHERE { " + values + " " + stated(rel, "?x", "?y")
                            + " OPTIONAL { ?a schema:datePublished ?d } " + articleFilter("?a") + " }");
            return out;
        }

        /** Aggregates rows (?x ?y ?a [?d] [?label]) with both ends chosen into edges. */
        private void collect(List<Edge> out, Set<String> ids, String relation, String query) {
            Map<String, Acc> acc = new LinkedHashMap<>();
            for (QuerySolution r : Sparql.select(ds, query)) {
                String x = Sparql.text(r, "x");
                String y = Sparql.text(r, "y");
                if (!ids.contains(y) || x.equals(y)) continue;
                acc.computeIfAbsent(x + " " + y, k -> new Acc(x, y)).add(Sparql.text(r, "a"), Sparql.text(r, "d"), Sparql.text(r, "label"));
            }
            acc.values().stream().sorted(Comparator.comparing((Acc a) -> a.source).thenComparing(a -> a.target))
                    .forEach(a -> out.add(a.edge(relation)));
        }
    }

    private static final class Acc {
        final String source;
        final String target;
        final Set<String> articles = new TreeSet<>();
        final Set<String> labels = new TreeSet<>();
        String first;
        String last;

        Acc(String source, String target) {
            this.source = source;
            this.target = target;
        }

        void add(String article, String date, String label) {
            articles.add(article);
            if (label != null) labels.add(label);
            if (date != null) {
                if (first == null || date.compareTo(first) < 0) first = date;
                if (last == null || date.compareTo(last) > 0) last = date;
            }
        }

        Edge edge(String relation) {
            String label = labels.isEmpty() ? relation : String.join("、", labels);
            return new Edge(source, target, relation, label, articles.size(), first, last, List.copyOf(articles));
        }
    }

    /** Parses a comma-separated list parameter into a set; null or blank gives an empty set. */
    static Set<String> list(String value) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null) return out;
        for (String s : value.split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    /** Case-insensitive type name to the canonical one (person → Person). */
    static Set<String> types(String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : list(value)) {
            String canon = Arrays.stream(Vocab.COARSE).filter(c -> c.equalsIgnoreCase(t) || (c.equals("Organization") && t.equalsIgnoreCase("org")))
                    .findFirst().orElse(t);
            out.add(canon.substring(0, 1).toUpperCase(Locale.ROOT) + canon.substring(1));
        }
        return out;
    }
}
