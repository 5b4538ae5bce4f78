package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.newskg.InvalidInputException;

class NetworkWritersTest {
    private static final ExportNode A = new ExportNode("urn:a", "郭志毅", "Person", null, null, 1, "urn:a");
    private static final ExportNode B = new ExportNode("urn:b", "潞城区", "Place", "District", "140406", 1, "urn:b");
    private static final ExportEdge AB = new ExportEdge("urn:a", "urn:b", "coMention", 1, null, null, List.of());

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void nodesMustAllComeBeforeEdges(ExportFormat f) {
        NetworkWriter w = NetworkWriters.create(f, OutputStream.nullOutputStream(), null);
        assertThrows(IllegalStateException.class, () -> w.node(A), "node before begin");
        w.begin();
        assertThrows(IllegalStateException.class, w::begin);
        w.node(A);
        assertThrows(IllegalArgumentException.class, () -> w.node(A), "duplicate id");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> w.edge(AB));
        assertTrue(unknown.getMessage().contains("urn:b"), unknown.getMessage());
        w.node(B);
        w.edge(AB);
        IllegalStateException late = assertThrows(IllegalStateException.class, () -> w.node(
                new ExportNode("urn:c", "c", null, null, null, 0, null)));
        assertTrue(late.getMessage().contains("before the first edge"), late.getMessage());
        w.end();
        assertThrows(IllegalStateException.class, () -> w.edge(AB), "edge after end");
        assertThrows(IllegalStateException.class, w::end);
        w.close();
    }

    @Test
    void emptyNetworksAreWellFormed(@TempDir Path dir) throws IOException {
        ExternalTool.assume("xmllint", "xmllint", "--version");
        for (ExportFormat f : List.of(ExportFormat.GEXF, ExportFormat.GRAPHML)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (NetworkWriter w = NetworkWriters.create(f, out, ExportOptions.defaults())) {
                w.begin();
                w.end();
            }
            Path file = dir.resolve("empty." + f.suffix());
            Files.write(file, out.toByteArray());
            ExternalTool.Result r = ExternalTool.run(dir, "xmllint", "--noout", file.toString());
            assertEquals(0, r.exit(), r::err);
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (NetworkWriter w = NetworkWriters.create(ExportFormat.CYJS, json, ExportOptions.defaults().withIndent(false))) {
            w.begin();
            w.end();
        }
        assertTrue(Fixture.string(json.toByteArray()).contains("\"elements\":{\"nodes\":[],\"edges\":[]}"));
    }

    /** 200,000 edges through every writer that writes edges, to a counting null stream: they hold only node ids. */
    @ParameterizedTest
    @EnumSource(names = {"GEXF", "GRAPHML", "CYJS", "DOT", "CSV_EDGES", "NEO4J_EDGES"})
    void streamsTwoHundredThousandEdges(ExportFormat f) {
        int nodes = 2_000;
        CountingStream out = new CountingStream();
        try (NetworkWriter w = NetworkWriters.create(f, out, ExportOptions.defaults().withDynamic(true))) {
            w.begin();
            for (int i = 0; i < nodes; i++) {
                w.node(new ExportNode("http://newskg.org/id/person/p" + i, "人物" + i, "Person", null, null, i,
                        null));
            }
            for (int i = 0; i < 200_000; i++) {
                w.edge(new ExportEdge("http://newskg.org/id/person/p" + (i % nodes),
                        "http://newskg.org/id/person/p" + ((i * 7 + 1) % nodes), "coMention", 1 + i % 5,
                        "2023-01-01", "2023-12-31", List.of("http://newskg.org/id/article/a" + i)));
            }
            w.end();
        }
        assertTrue(out.count > 200_000L * 50, f + " wrote " + out.count + " bytes");
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gexf        | GEXF
            GraphML     | GRAPHML
            cyjs        | CYJS
            json        | CYJS
            gv          | DOT
            csv-nodes   | CSV_NODES
            nodes.csv   | CSV_NODES
            CSV_EDGES   | CSV_EDGES
            neo4j-nodes | NEO4J_NODES
            neo4j_edges | NEO4J_EDGES
            """)
    void parsesFormatNames(String name, ExportFormat expected) {
        assertEquals(expected, ExportFormat.parse(name));
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ExportFormat.parse("pajek"));
        assertTrue(e.getMessage().contains("'pajek'") && e.getMessage().contains("graphml"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> ExportFormat.parse(null));
    }

    @Test
    void recordsValidateAndNameTheItem() {
        IllegalArgumentException dates = assertThrows(IllegalArgumentException.class,
                () -> new ExportEdge("urn:a", "urn:b", "position", 1, "2023-05-04", "2023-03-01", List.of()));
        assertTrue(dates.getMessage().contains("urn:a -position-> urn:b"), dates.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new ExportEdge("urn:a", "urn:b", "position", 1, "2023-5-4", null, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new ExportEdge("urn:a", "urn:b", "position", -1, null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ExportEdge("urn:a", " ", "position", 1, null, null,
                null));
        IllegalArgumentException mentions = assertThrows(IllegalArgumentException.class,
                () -> new ExportNode("urn:a", "郭志毅", "Person", null, null, -2, null));
        assertTrue(mentions.getMessage().contains("urn:a"), mentions.getMessage());
        assertEquals("urn:a", new ExportNode("urn:a", null, null, null, null, 0, null).label());
    }
}
