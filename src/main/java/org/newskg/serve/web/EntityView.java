package org.newskg.serve.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/**
 * Everything the entity page shows about one person, place or organisation, read in one transaction:
 * names, types, division code and place chain, posts held (or, for an organisation, the people holding
 * posts there), related entities, and the articles that mention it with the sentences around each mention.
 */
final class EntityView {
    static final int MAX_RELATED = 40;
    static final int MAX_CHAIN = 12;

    private final Dataset ds;
    private final Sparql.Budget budget;
    /** The entity, bound as ?e in every query. */
    private Map<String, Node> e;

    /** @param budget the time the whole read may take (one request) */
    EntityView(Dataset ds, Sparql.Budget budget) {
        this.ds = ds;
        this.budget = budget;
    }

    private List<QuerySolution> select(String query) {
        return Sparql.select(ds, budget, query, e);
    }

    /**
     * The entity as JSON, or null when the store says nothing about it.
     *
     * @param offset first article to list (articles newest first)
     * @param limit  most articles to list
     */
    JsonObject read(Node entity, int offset, int limit) {
        this.e = Map.of("e", entity);
        return Txn.calculateRead(ds, () -> build(entity.getURI(), offset, limit));
    }

    private JsonObject build(String iri, int offset, int limit) {
        List<QuerySolution> props = select("SELECT ?p ?o WHERE { ?e ?p ?o }");
        if (props.isEmpty()) return null;
        JsonObject out = new JsonObject();
        out.addProperty("iri", iri);
        out.addProperty("page", Pages.entityPath(iri));
        Set<String> labels = new TreeSet<>();
        Set<String> alts = new TreeSet<>();
        List<String> types = new ArrayList<>();
        String coarse = null;
        for (QuerySolution r : props) {
            String p = Sparql.text(r, "p");
            String o = Sparql.text(r, "o");
            switch (p) {
                case "http://www.w3.org/2000/01/rdf-schema#label" -> labels.add(o);
                case "http://www.w3.org/2004/02/skos/core#altLabel" -> alts.add(o);
                case "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" -> {
                    types.add(o);
                    if (Vocab.coarse(o) != null) coarse = Vocab.coarse(o);
                }
                case Vocab.NK + "divisionCode" -> out.addProperty("code", o);
                case Vocab.NK + "level" -> out.addProperty("level", Integer.parseInt(o));
                default -> { }
            }
        }
        String key = Spans.key(iri); // the IRI is minted from the linker's key and gives it back
        if (key != null) out.addProperty("key", key);
        String label = labels.isEmpty() ? iri : labels.iterator().next();
        labels.remove(label);
        alts.addAll(labels);
        alts.remove(label);
        out.addProperty("label", label);
        out.add("altLabels", strings(alts));
        out.addProperty("type", coarse);
        JsonArray typeArr = new JsonArray();
        String subtype = null;
        for (String t : types) {
            if (!t.startsWith(Vocab.NK)) continue;
            if (!Vocab.generic(t)) subtype = t.substring(Vocab.NK.length());
            OntologyLabels.Label l = OntologyLabels.of(t);
            JsonObject o = new JsonObject();
            o.addProperty("iri", t);
            o.addProperty("zh", l.zh());
            o.addProperty("en", l.en());
            typeArr.add(o);
        }
        out.addProperty("subtype", subtype);
        out.add("types", typeArr);
        if ("Place".equals(coarse)) {
            out.add("chain", chain(iri));
            out.add("contains", contains());
        }
        if ("Organization".equals(coarse)) {
            JsonArray located = refs("SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?code) (SAMPLE(?v) AS ?level) WHERE { "
                    + "?e nk:locatedIn ?x . OPTIONAL { ?x rdfs:label ?l } OPTIONAL { ?x nk:divisionCode ?c } OPTIONAL { ?x nk:level ?v } }"
                    + " GROUP BY ?x ORDER BY DESC(?level) ?x");
            out.add("locatedIn", located);
            JsonArray chain = new JsonArray();
            if (!located.isEmpty()) {
                chain.add(located.get(0));
                chain.addAll(chain(located.get(0).getAsJsonObject().get("iri").getAsString()));
            }
            out.add("chain", chain);
            out.add("parentOrganizations", refs("SELECT ?x (SAMPLE(?l) AS ?label) WHERE { "
                    + "?e org:subOrganizationOf ?x . OPTIONAL { ?x rdfs:label ?l } } GROUP BY ?x ORDER BY ?label"));
            out.add("units", refs("SELECT ?x (SAMPLE(?l) AS ?label) WHERE { ?x org:subOrganizationOf ?e"
                    + " . OPTIONAL { ?x rdfs:label ?l } } GROUP BY ?x ORDER BY ?label LIMIT 200"));
        }
        out.add("posts", posts("org:member ?e ; org:organization ?x", "x"));
        if ("Organization".equals(coarse)) out.add("members", posts("org:organization ?e ; org:member ?x", "x"));
        out.add("possiblySame", possiblySame());
        out.add("bylines", bylines());
        out.add("related", related());
        articles(offset, limit, out);
        return out;
    }

    /** Containing places from the nearest up, following nk:partOf (coded divisions preferred). */
    private JsonArray chain(String iri) {
        JsonArray out = new JsonArray();
        Set<String> seen = new HashSet<>();
        seen.add(iri);
        String cur = iri;
        for (int i = 0; i < MAX_CHAIN; i++) {
            List<QuerySolution> rows = Sparql.select(ds, budget, "SELECT ?p (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?code) (SAMPLE(?v) AS ?level) WHERE { "
                    + "?cur nk:partOf ?p . OPTIONAL { ?p rdfs:label ?l } OPTIONAL { ?p nk:divisionCode ?c }"
                    + " OPTIONAL { ?p nk:level ?v } } GROUP BY ?p ORDER BY DESC(BOUND(?code)) DESC(?level) ?p", Map.of("cur", Sparql.iri(cur)));
            QuerySolution next = rows.stream().filter(r -> !seen.contains(Sparql.text(r, "p"))).findFirst().orElse(null);
            if (next == null) break;
            cur = Sparql.text(next, "p");
            seen.add(cur);
            out.add(ref(cur, Sparql.text(next, "label"), Sparql.text(next, "code"), Sparql.integer(next, "level", 0)));
        }
        return out;
    }

    /** Rows of ?x ?label [?code ?level] as references. */
    private JsonArray refs(String query) {
        JsonArray out = new JsonArray();
        for (QuerySolution r : select(query))
            out.add(ref(Sparql.text(r, "x"), Sparql.text(r, "label"), Sparql.text(r, "code"), Sparql.integer(r, "level", 0)));
        return out;
    }

    private JsonArray contains() {
        JsonArray out = new JsonArray();
        for (QuerySolution r : select("SELECT ?c (SAMPLE(?l) AS ?label) (SAMPLE(?k) AS ?code) (SAMPLE(?v) AS ?level) WHERE { ?c nk:partOf "
                + "?e . OPTIONAL { ?c rdfs:label ?l } OPTIONAL { ?c nk:divisionCode ?k } OPTIONAL { ?c nk:level ?v } }"
                + " GROUP BY ?c ORDER BY ?label LIMIT 200"))
            out.add(ref(Sparql.text(r, "c"), Sparql.text(r, "label"), Sparql.text(r, "code"), Sparql.integer(r, "level", 0)));
        return out;
    }

    /** Posts (memberships) matching a pattern on ?m, grouped by title and the other party ?x. */
    private JsonArray posts(String pattern, String other) {
        Map<String, JsonObject> byKey = new LinkedHashMap<>();
        for (QuerySolution r : select("SELECT ?m ?title ?" + other + " ?xl ?a ?date WHERE { GRAPH ?a { ?m a nk:Membership ; " + pattern
                + " ; nk:title ?title } OPTIONAL { ?" + other + " rdfs:label ?xl } OPTIONAL { ?a schema:datePublished ?date } }"
                + " ORDER BY ?title ?xl ?date ?a")) {
            String title = Sparql.text(r, "title");
            String x = Sparql.text(r, other);
            JsonObject post = byKey.computeIfAbsent(title + "\u0000" + x, k -> {
                JsonObject o = new JsonObject();
                o.addProperty("title", title);
                o.add("with", ref(x, Sparql.text(r, "xl"), null, 0));
                o.add("articles", new JsonArray());
                return o;
            });
            String a = Sparql.text(r, "a");
            String date = Sparql.text(r, "date");
            JsonArray arts = post.getAsJsonArray("articles");
            boolean present = false;
            for (var el : arts) present |= el.getAsString().equals(a);
            if (!present) arts.add(a);
            if (date != null) {
                if (!post.has("firstDate") || date.compareTo(post.get("firstDate").getAsString()) < 0) post.addProperty("firstDate", date);
                if (!post.has("lastDate") || date.compareTo(post.get("lastDate").getAsString()) > 0) post.addProperty("lastDate", date);
            }
        }
        JsonArray out = new JsonArray();
        byKey.values().forEach(out::add);
        return out;
    }

    private JsonArray possiblySame() {
        JsonArray out = new JsonArray();
        for (QuerySolution r : select("SELECT DISTINCT ?o (SAMPLE(?l) AS ?label) WHERE { ?e"
                + " nk:possiblySameAs ?o . OPTIONAL { ?o rdfs:label ?l } } GROUP BY ?o ORDER BY ?o"))
            out.add(ref(Sparql.text(r, "o"), Sparql.text(r, "label"), null, 0));
        return out;
    }

    private JsonArray bylines() {
        JsonArray out = new JsonArray();
        for (QuerySolution r : select("SELECT ?role (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?b nk:person ?e"
                + " ; nk:role ?role } } GROUP BY ?role ORDER BY ?role")) {
            JsonObject o = new JsonObject();
            String role = Sparql.text(r, "role");
            o.addProperty("role", role.substring(role.lastIndexOf('#') + 1));
            o.addProperty("zh", OntologyLabels.of(role).zh());
            o.addProperty("articles", Sparql.integer(r, "n", 0));
            out.add(o);
        }
        return out;
    }

    /** Entities mentioned in the same articles, by number of shared articles. */
    private JsonArray related() {
        JsonArray out = new JsonArray();
        for (QuerySolution r : select("SELECT ?n (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?a) AS ?articles) WHERE { "
                + "GRAPH ?a { ?me nk:refersTo ?e . ?mn nk:refersTo ?n } FILTER(?n != ?e) ?n a ?t . VALUES ?t { nk:Person nk:Place nk:Organization }"
                + " OPTIONAL { ?n rdfs:label ?l } } GROUP BY ?n ORDER BY DESC(?articles) ?label LIMIT " + MAX_RELATED)) {
            JsonObject o = ref(Sparql.text(r, "n"), Sparql.text(r, "label"), null, 0);
            String t = Sparql.text(r, "type");
            o.addProperty("type", t == null ? null : Vocab.coarse(t));
            o.addProperty("articles", Sparql.integer(r, "articles", 0));
            out.add(o);
        }
        return out;
    }

    /** The articles that mention the entity, newest first, with the sentences of the mentions. */
    private void articles(int offset, int limit, JsonObject out) {
        List<QuerySolution> all = select("SELECT ?a (SAMPLE(?d) AS ?date) WHERE { GRAPH ?a { ?m nk:refersTo ?e }"
                + " OPTIONAL { ?a schema:datePublished ?d } } GROUP BY ?a ORDER BY DESC(?date) ?a");
        out.addProperty("articleCount", all.size());
        out.addProperty("offset", offset);
        List<String> page = new ArrayList<>();
        for (int i = offset; i < all.size() && page.size() < limit; i++) page.add(Sparql.text(all.get(i), "a"));
        JsonArray arr = new JsonArray();
        out.add("articles", arr);
        if (page.isEmpty()) return;
        Map<String, JsonObject> byIri = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String a : page) byIri.put(a, null);
        for (QuerySolution r : Sparql.selectValues(ds, budget, "SELECT ?a (SAMPLE(?i) AS ?id) (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?date)"
                + " (SAMPLE(?s) AS ?source) (SAMPLE(?u) AS ?url) (SAMPLE(?t) AS ?text) WHERE {"
                + " OPTIONAL { ?a nk:articleId ?i } OPTIONAL { ?a schema:headline ?h } OPTIONAL { ?a schema:datePublished ?d }"
                + " OPTIONAL { ?a nk:sourceName ?s } OPTIONAL { ?a schema:url ?u } OPTIONAL { ?a schema:text ?t } } GROUP BY ?a", Map.of(), "a", page)) {
            String a = Sparql.text(r, "a");
            JsonObject o = new JsonObject();
            o.addProperty("iri", a);
            for (String k : List.of("id", "headline", "date", "source")) o.addProperty(k, Sparql.text(r, k));
            // only a web address becomes a link on the page; anything else (javascript:, data:, file:...) is shown as text
            String url = Sparql.text(r, "url");
            o.addProperty("url", linkable(url) ? url : null);
            if (url != null && !linkable(url)) o.addProperty("sourceText", url);
            o.add("snippets", new JsonArray());
            byIri.put(a, o);
            String text = Sparql.text(r, "text");
            if (text != null) texts.put(a, text);
        }
        // a mention is its span IRI <article#char=b,e> (code points); the page highlights in UTF-16 units
        Map<String, List<int[]>> spans = new LinkedHashMap<>();
        for (QuerySolution r : Sparql.selectValues(ds, budget, "SELECT DISTINCT ?a ?m WHERE { GRAPH ?a { ?m nk:refersTo ?e } }",
                e, "a", page)) {
            String a = Sparql.text(r, "a");
            Spans.Span span = Spans.utf16(Sparql.text(r, "m"), texts.get(a));
            // a span beyond the text or of another article (not written by newskg): nothing to highlight
            if (span != null && span.article().equals(a)) spans.computeIfAbsent(a, k -> new ArrayList<>()).add(new int[] {span.begin(), span.end()});
        }
        spans.values().forEach(l -> l.sort(java.util.Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1])));
        for (String a : page) {
            JsonObject o = byIri.get(a);
            if (o == null) continue;
            String text = texts.get(a);
            List<int[]> s = spans.getOrDefault(a, List.of());
            o.addProperty("mentionCount", s.size());
            if (text != null) {
                for (Sentences.Snippet sn : Sentences.snippets(text, s)) {
                    JsonObject so = new JsonObject();
                    so.addProperty("start", sn.start());
                    so.addProperty("end", sn.end());
                    so.addProperty("text", sn.text());
                    JsonArray hl = new JsonArray();
                    for (int[] h : sn.highlights()) {
                        JsonArray pair = new JsonArray();
                        pair.add(h[0]);
                        pair.add(h[1]);
                        hl.add(pair);
                    }
                    so.add("highlights", hl);
                    o.getAsJsonArray("snippets").add(so);
                }
            }
            arr.add(o);
        }
    }

    /** True for an absolute http or https URL with a host: the only source addresses the page links to. */
    static boolean linkable(String url) {
        if (url == null) return false;
        String u = url.strip();
        if (!u.equals(url) || u.length() > Sparql.MAX_IRI) return false;
        for (int i = 0; i < u.length(); i++) if (Character.isISOControl(u.charAt(i)) || Character.isWhitespace(u.charAt(i))) return false;
        try {
            java.net.URI uri = new java.net.URI(u);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty();
        } catch (java.net.URISyntaxException ex) {
            return false;
        }
    }

    static JsonObject ref(String iri, String label, String code, int level) {
        JsonObject o = new JsonObject();
        o.addProperty("iri", iri);
        o.addProperty("label", label == null ? iri : label);
        o.addProperty("page", Pages.entityPath(iri));
        if (code != null) o.addProperty("code", code);
        if (level > 0) o.addProperty("level", level);
        return o;
    }

    static JsonArray strings(Iterable<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
