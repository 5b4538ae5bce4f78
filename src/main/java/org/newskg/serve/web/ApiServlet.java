package org.newskg.serve.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.newskg.InvalidInputException;
import org.newskg.export.ExportFormat;
import org.newskg.export.ExportOptions;
import org.newskg.export.NetworkAssembler;
import org.newskg.export.Selection;
import org.newskg.export.StoreExporter;
import org.newskg.query.QueryRunner;
import org.newskg.query.QueryTemplate;

/**
 * The JSON API the pages call; read-only (GET), every read in one transaction.
 * <ul>
 * <li>{@code /api/status}: dataset path, SPARQL endpoint, whether the editor and graph libraries are installed, counts</li>
 * <li>{@code /api/queries}: the curated queries (name, question, parameters, text, text with defaults bound)</li>
 * <li>{@code /api/search?q=&type=&limit=}: entities whose name or alternate name contains q, most mentioned first</li>
 * <li>{@code /api/entity?iri=&offset=&limit=}: one entity (see {@link EntityView})</li>
 * <li>{@code /api/graph?entity=&hops=&place=&type=&from=&to=&relation=&limit=}: the network of a {@link Selection} as
 * Cytoscape.js JSON, selected by {@link StoreExporter} and written by the same writer as {@code newskg export --format cyjs}</li>
 * </ul>
 * Bad parameters give 400 with {@code {"error": "..."}}; an unknown entity 404; a request past the query timeout 503.
 */
final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    /** Longest search text accepted. */
    static final int MAX_SEARCH = 200;

    private final transient Dataset ds;
    private final String datasetPath;
    private final long timeoutMillis;

    /** @param timeoutMillis the time one request may spend in queries; then 503 (0: no limit) */
    ApiServlet(Dataset ds, String datasetPath, long timeoutMillis) {
        this.ds = ds;
        this.datasetPath = datasetPath;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        String op = req.getPathInfo() == null ? "" : req.getPathInfo();
        Sparql.Budget budget = new Sparql.Budget(timeoutMillis);
        try {
            JsonElement body = switch (op) {
                case "/status" -> status(budget);
                case "/queries" -> queries();
                case "/search" -> search(budget, one(req, "q"), one(req, "type"), intParam(req, "limit", 20, 1, 500));
                case "/entity" -> {
                    String iri = required(req, "iri");
                    Node entity = Sparql.requestIri("iri", iri);
                    JsonObject o = new EntityView(ds, budget).read(entity, intParam(req, "offset", 0, 0, Integer.MAX_VALUE), intParam(req, "limit", 50, 1, 1000));
                    if (o == null) {
                        send(resp, HttpServletResponse.SC_NOT_FOUND, error("no entity " + iri + " in the store"));
                        yield null;
                    }
                    yield o;
                }
                case "/graph" -> {
                    graph(req, resp);
                    yield null;
                }
                default -> {
                    send(resp, HttpServletResponse.SC_NOT_FOUND, error("no such API (status, queries, search, entity, graph)"));
                    yield null;
                }
            };
            if (body != null) send(resp, HttpServletResponse.SC_OK, body);
        } catch (InvalidInputException e) {
            send(resp, HttpServletResponse.SC_BAD_REQUEST, error(e.getMessage()));
        } catch (QueryCancelledException e) {
            if (!resp.isCommitted())
                send(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error("the request took longer than the server's query timeout ("
                        + timeoutMillis / 1000.0 + " s)"));
        }
    }

    /** The network of the selection in the parameters, as {@code newskg export --format cyjs} writes it. */
    private void graph(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Selection sel = Selection.ofParameters(req.getParameterMap());
        NetworkAssembler network = new StoreExporter(ds, timeoutMillis).assemble(sel); // a bad selection throws before anything is sent
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(ExportFormat.CYJS.mediaType() + "; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = resp.getOutputStream()) {
            StoreExporter.write(network, ExportFormat.CYJS, ExportOptions.defaults().withIndent(false).withGraphName(sel.describe()), out);
        }
    }

    private JsonObject status(Sparql.Budget budget) {
        JsonObject o = new JsonObject();
        o.addProperty("dataset", datasetPath);
        o.addProperty("sparql", datasetPath + "/sparql");
        o.addProperty("idNamespace", Vocab.ID_NS);
        o.addProperty("readOnly", true);
        JsonObject vendor = new JsonObject();
        vendor.addProperty("yasgui", AssetServlet.present("vendor/yasgui.min.js") && AssetServlet.present("vendor/yasgui.min.css"));
        vendor.addProperty("cytoscape", AssetServlet.present("vendor/cytoscape.min.js"));
        o.add("vendor", vendor);
        JsonArray formats = new JsonArray();
        for (ExportFormat f : ExportFormat.values()) {
            JsonObject fo = new JsonObject();
            fo.addProperty("format", f.parameter());
            fo.addProperty("suffix", f.suffix());
            fo.addProperty("label", f.suffix().toUpperCase(java.util.Locale.ROOT).replace(".CSV", " CSV"));
            formats.add(fo);
        }
        o.add("exportFormats", formats);
        Txn.executeRead(ds, () -> {
            List<QuerySolution> rows = Sparql.select(ds, budget, "SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?t . "
                    + "VALUES ?t { nk:Article nk:Person nk:Place nk:Organization nk:Membership } } GROUP BY ?t");
            JsonObject counts = new JsonObject();
            for (String t : List.of("Article", "Person", "Place", "Organization", "Membership")) counts.addProperty(t, 0);
            for (QuerySolution r : rows) {
                String t = Sparql.text(r, "t");
                counts.addProperty(t.substring(t.lastIndexOf('#') + 1), Sparql.integer(r, "n", 0));
            }
            o.add("counts", counts);
        });
        return o;
    }

    private static JsonArray queries() {
        JsonArray out = new JsonArray();
        for (String name : QueryTemplate.curatedNames()) {
            QueryTemplate t = QueryTemplate.curated(name, null);
            JsonObject o = new JsonObject();
            o.addProperty("name", name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name);
            o.addProperty("description", t.description());
            JsonArray params = new JsonArray();
            boolean allDefaults = true;
            for (QueryTemplate.Param p : t.params().values()) {
                JsonObject po = new JsonObject();
                po.addProperty("name", p.name());
                po.addProperty("type", p.type());
                po.addProperty("default", p.defaultValue());
                po.addProperty("description", p.description());
                params.add(po);
                allDefaults &= p.defaultValue() != null;
            }
            o.add("params", params);
            o.addProperty("text", t.text());
            o.addProperty("query", allDefaults ? bound(t) : t.text());
            out.add(o);
        }
        return out;
    }

    /**
     * The query with its parameters' defaults written in, ready to run in the editor: the header comment, then
     * the query with the variables replaced by the values (as {@code newskg query} binds them).
     */
    static String bound(QueryTemplate t) {
        if (t.params().isEmpty()) return t.text();
        Map<String, RDFNode> binding = t.bind(Map.of());
        Query q = QueryRunner.parse(t, binding);
        Query b = QueryTransformOps.queryReplaceVars(q, binding);
        StringBuilder sb = new StringBuilder();
        for (String line : t.text().split("\n")) {
            if (!line.startsWith("#")) break;
            sb.append(line).append('\n');
        }
        sb.append("# (parameters bound to their defaults: ");
        binding.forEach((k, v) -> sb.append('?').append(k).append(" = ").append(v.isLiteral() ? v.asLiteral().getLexicalForm() : v.toString()).append("; "));
        sb.setLength(sb.length() - 2);
        sb.append(")\n");
        b.setPrefixMapping(q.getPrefixMapping());
        return sb.append(b.serialize()).toString();
    }

    private JsonArray search(Sparql.Budget budget, String q, String type, int limit) {
        Set<String> types = new TreeSet<>();
        for (String t : type == null || type.isBlank() ? Vocab.COARSE : type.split(",")) {
            String coarse = Arrays.stream(Vocab.COARSE).filter(c -> c.equalsIgnoreCase(t.strip())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("type", "type must be one of " + String.join(", ", Vocab.COARSE)));
            types.add(Vocab.NK + coarse);
        }
        if (q != null && q.length() > MAX_SEARCH) throw new InvalidInputException("q", "search text longer than " + MAX_SEARCH + " characters");
        if (q != null && q.chars().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF))
            throw new InvalidInputException("q", "control characters are not allowed in a search");
        // the text is bound as a literal (?q), the types as a VALUES block of IRIs; the limit is a checked int
        String match = q == null || q.isBlank() ? ""
                : "FILTER EXISTS { ?e rdfs:label|skos:altLabel ?name FILTER(CONTAINS(LCASE(STR(?name)), LCASE(?q))) } ";
        Map<String, Node> bind = q == null || q.isBlank() ? Map.of() : Map.of("q", Sparql.str(q.strip()));
        JsonArray out = new JsonArray();
        Txn.executeRead(ds, () -> {
            for (QuerySolution r : Sparql.selectValues(ds, budget, "SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?c) AS ?code) (COUNT(DISTINCT ?a) AS ?articles)"
                    + " WHERE { ?e a ?t . " + match + " OPTIONAL { ?e rdfs:label ?l } OPTIONAL { ?e nk:divisionCode ?c }"
                    + " OPTIONAL { GRAPH ?a { ?m nk:refersTo ?e } } } GROUP BY ?e ORDER BY DESC(?articles) ?label ?e LIMIT " + limit, bind, "t", types)) {
                JsonObject o = EntityView.ref(Sparql.text(r, "e"), Sparql.text(r, "label"), Sparql.text(r, "code"), 0);
                o.addProperty("type", Vocab.coarse(Sparql.text(r, "type")));
                o.addProperty("articles", Sparql.integer(r, "articles", 0));
                out.add(o);
            }
        });
        return out;
    }

    /** A parameter given at most once (null when absent). */
    private static String one(HttpServletRequest req, String name) {
        String[] v = req.getParameterValues(name);
        if (v == null || v.length == 0) return null;
        if (v.length > 1) throw new InvalidInputException(name, "parameter " + name + " is given " + v.length + " times; give it once");
        return v[0];
    }

    private static String required(HttpServletRequest req, String name) {
        String v = one(req, name);
        if (v == null || v.isBlank()) throw new InvalidInputException(name, "parameter " + name + " is required");
        return v.strip();
    }

    private static int intParam(HttpServletRequest req, String name, int dflt, int min, int max) {
        String v = one(req, name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int i = Integer.parseInt(v.strip());
            if (i < min || i > max) throw new InvalidInputException(name + "=" + i, "must be between " + min + " and " + max);
            return i;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "not a whole number");
        }
    }

    private static JsonObject error(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("error", message);
        return o;
    }

    private static void send(HttpServletResponse resp, int status, JsonElement body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (Writer w = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8)) {
            GSON.toJson(body, w);
        }
    }
}
