package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file back with networkx (read_gexf, read_graphml, or json_graph.cytoscape_graph for {@code cyjs}) and
 * returns its nodes and edges as JSON.
 */
final class NetworkxReader {
    private static final String SCRIPT = """
            import json, sys
            import networkx as nx
            fmt, path = sys.argv[1], sys.argv[2]
            if fmt == "gexf":
                g = nx.read_gexf(path)
            elif fmt == "cyjs":
                with open(path, encoding="utf-8") as f:
                    g = nx.cytoscape_graph(json.load(f))
            else:
                g = nx.read_graphml(path)
            out = {
                "version": nx.__version__,
                "directed": g.is_directed(),
                "multigraph": g.is_multigraph(),
                "nodes": {n: d for n, d in g.nodes(data=True)},
                "edges": [[u, v, d] for u, v, d in g.edges(data=True)],
                "graph": g.graph,
            }
            print(json.dumps(out, ensure_ascii=False, default=str))
            """;

    private NetworkxReader() {
    }

    /** {@code fmt} is {@code gexf}, {@code graphml} or {@code cyjs}. */
    static JsonObject read(Path dir, String fmt, byte[] content) throws IOException {
        Path file = dir.resolve("network." + fmt);
        Files.write(file, content);
        ExternalTool.Result r = ExternalTool.python(dir, SCRIPT, fmt, file.toString());
        assertEquals(0, r.exit(), () -> "networkx failed: " + r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }
}
