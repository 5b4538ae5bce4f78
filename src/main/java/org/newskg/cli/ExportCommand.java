package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.newskg.InvalidInputException;
import org.newskg.export.ExportFormat;
import org.newskg.export.ExportOptions;
import org.newskg.export.Selection;
import org.newskg.export.StoreExporter;
import org.newskg.serve.ServeRecord;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a subgraph of the store for network tools or as RDF.",
                "Select by entity ego network (--entity, --hops), by place (--place: everything inside it, the organisations "
                        + "located there and the people holding posts at them), by type, by date range, or with a SPARQL SELECT file.",
                "Formats: gexf (Gephi; --gexf-version 1.2draft for networkx), graphml (yEd, Cytoscape, networkx), cyjs "
                        + "(Cytoscape.js JSON), dot (Graphviz), csv-nodes / csv-edges (Gephi spreadsheet), neo4j-nodes / "
                        + "neo4j-edges (neo4j-admin import), turtle, trig, jsonld, nquads."})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "graphml", description = "output format, one of those listed above (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "output file (default: stdout)")
    Path output;

    @Option(names = "--entity", paramLabel = "NAME|CODE|IRI", description = "centre of an ego network; repeatable")
    List<String> entities = new ArrayList<>();

    @Option(names = "--hops", defaultValue = "1", description = "ego network radius, 0 to 3 (default: ${DEFAULT-VALUE})")
    int hops;

    @Option(names = "--place", paramLabel = "NAME|CODE|IRI", description = "everything inside this place")
    String place;

    @Option(names = "--type", paramLabel = "TYPE", description = "keep only nodes of this type or subtype: a name in any case (Person, Hospital, county), a prefixed name (nk:Company) or the IRI; repeatable")
    List<String> types = new ArrayList<>();

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "only relations from articles dated on or after")
    String from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "only relations from articles dated on or before")
    String to;

    @Option(names = "--relation", paramLabel = "RELATION", description = "follow and draw only this relation (position, partOf, locatedIn, subOrganizationOf, coMention); repeatable; default: all")
    List<String> relations = new ArrayList<>();

    @Option(names = "--no-comention", description = "leave out person–organisation co-mention edges")
    boolean noCoMention;

    @Option(names = "--limit", defaultValue = "0", description = "most nodes: the centres, then the nearest and most mentioned (default: ${DEFAULT-VALUE}, no limit)")
    int limit;

    @Option(names = "--sparql", paramLabel = "FILE.rq", description = "a SELECT with ?s ?relation ?o (and optionally ?sLabel ?sType ?oLabel ?oType ?article ?date) instead of the selection options")
    Path sparql;

    @Option(names = "--gexf-version", defaultValue = "1.3", description = "1.3 (default) or 1.2draft")
    String gexfVersion;

    @Option(names = "--dynamic", description = "GEXF: dynamic graph with spells from article dates")
    boolean dynamic;

    @Override
    public Integer call() throws Exception {
        storeOptions.existing();
        Set<String> followed = new LinkedHashSet<>(relations.isEmpty() ? Selection.RELATIONS : relations);
        if (noCoMention) followed.remove("coMention");
        if (followed.isEmpty()) throw new InvalidInputException("--no-comention", "no relation is left to follow");
        Selection sel = sparql != null ? Selection.ofSparql(Files.readString(sparql, StandardCharsets.UTF_8))
                : new Selection(entities, hops, place, new HashSet<>(types), Selection.date("--from", from),
                        Selection.date("--to", to), followed, limit, null);
        Lang rdf = StoreExporter.rdfLang(format);
        ExportFormat net = rdf == null ? ExportFormat.parse(format) : null;
        ExportOptions opts = ExportOptions.defaults().withDynamic(dynamic).withGraphName(sel.describe()).withGexfVersion(switch (gexfVersion) {
            case "1.3" -> ExportOptions.GexfVersion.V1_3;
            case "1.2", "1.2draft" -> ExportOptions.GexfVersion.V1_2DRAFT;
            default -> throw new InvalidInputException("--gexf-version " + gexfVersion, "use 1.3 or 1.2draft");
        });
        long t0 = System.nanoTime();
        Optional<ServeRecord> served = storeOptions.served();
        if (served.isPresent()) {
            spec.commandLine().getErr().println(StoreOptions.throughServer(served.get()));
            long bytes = throughServer(served.get(), sel, followed);
            spec.commandLine().getErr().printf("export: %d bytes from %s in %.2f s%n", bytes, served.get().exportUrl(),
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        }
        try (KgStore store = KgStore.open(storeOptions.store);
             OutputStream out = output == null ? CommandStreams.bytes(spec.commandLine().getOut())
                     : new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            ProgressDisplay.Export display = ProgressDisplay.export(spec.commandLine().getErr());
            StoreExporter ex = new StoreExporter(store.dataset()).withProgress(display.progress());
            String summary;
            try {
                if (rdf != null) {
                    summary = ex.exportRdf(sel, rdf, out) + " triples";
                } else {
                    int[] n = ex.exportNetwork(sel, net, opts, out);
                    summary = n[0] + " nodes, " + n[1] + " edges";
                }
            } finally {
                display.close().run();
            }
            out.flush();
            spec.commandLine().getErr().printf("export: %s in %.2f s%n", summary, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }

    /**
     * The same export from the server's {@code /newskg/export} (the same engine, so the same file): the selection,
     * already checked here, sent as its form parameters; the body streamed to the output. The server's --timeout
     * applies.
     */
    private long throughServer(ServeRecord server, Selection sel, Set<String> followed) throws Exception {
        List<String[]> form = new ArrayList<>();
        if (sel.sparql() != null) {
            form.add(new String[] {"sparql", sel.sparql()});
        } else {
            sel.entities().forEach(e -> form.add(new String[] {"entity", e}));
            form.add(new String[] {"hops", Integer.toString(sel.hops())});
            if (sel.place() != null) form.add(new String[] {"place", sel.place()});
            sel.types().forEach(t -> form.add(new String[] {"type", t}));
            if (sel.from() != null) form.add(new String[] {"from", sel.from().toString()});
            if (sel.to() != null) form.add(new String[] {"to", sel.to().toString()});
            followed.forEach(r -> form.add(new String[] {"relation", r}));
            form.add(new String[] {"limit", Integer.toString(sel.limit())});
        }
        form.add(new String[] {"format", format});
        if (gexfVersion.startsWith("1.2")) form.add(new String[] {"gexf", "1.2draft"});
        if (dynamic) form.add(new String[] {"dynamic", "true"});
        String body = form.stream().map(kv -> URLEncoder.encode(kv[0], StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(kv[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.exportUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<InputStream> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.io.IOException e) {
            throw new InvalidInputException(server.exportUrl(), "the server of this store does not answer (" + e
                    + "); stop it or wait until it is up");
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                throw new InvalidInputException(server.exportUrl(), "the server answered " + response.statusCode()
                        + ": " + text);
            }
            try (OutputStream out = output == null ? CommandStreams.bytes(spec.commandLine().getOut())
                    : new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
                return in.transferTo(out);
            }
        }
    }
}
