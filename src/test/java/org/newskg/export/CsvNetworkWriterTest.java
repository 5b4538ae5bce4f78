package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvNetworkWriterTest {
    /** Python's csv module reads the file back; rows come out as a JSON array of arrays. */
    private static final String READ_CSV = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8") as f:
                print(json.dumps(list(csv.reader(f, strict=True)), ensure_ascii=False))
            """;

    @TempDir
    Path dir;

    private List<List<String>> readWithPython(ExportFormat format) throws IOException {
        ExternalTool.assume("python3", ExternalTool.PYTHON, "-c", "import csv");
        Path file = dir.resolve("table.csv");
        Files.write(file, Fixture.write(format, ExportOptions.defaults()));
        ExternalTool.Result r = ExternalTool.python(dir, READ_CSV, file.toString());
        assertEquals(0, r.exit(), r::err);
        List<List<String>> rows = new ArrayList<>();
        for (var row : JsonParser.parseString(r.out()).getAsJsonArray()) {
            List<String> cells = new ArrayList<>();
            ((JsonArray) row).forEach(c -> cells.add(c.getAsString()));
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void gephiNodeListReadsBackWithEveryCharacter() throws IOException {
        List<List<String>> rows = readWithPython(ExportFormat.CSV_NODES);
        assertEquals(List.of("Id", "Label", "Type", "Subtype", "Code", "Mentions", "Iri", "FirstDate", "LastDate"),
                rows.get(0));
        assertEquals(Fixture.NODES.size() + 1, rows.size());
        for (int i = 0; i < Fixture.NODES.size(); i++) {
            ExportNode n = Fixture.NODES.get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(n.id(), row.get(0));
            assertEquals(n.label(), row.get(1), "CSV keeps quotes, commas, tabs, CR LF and controls");
            assertEquals(n.code() == null ? "" : n.code(), row.get(4));
            assertEquals(Integer.toString(n.mentions()), row.get(5));
        }
    }

    @Test
    void gephiEdgeList() throws IOException {
        List<List<String>> rows = readWithPython(ExportFormat.CSV_EDGES);
        assertEquals(List.of("Source", "Target", "Weight", "Type", "Label", "Relation", "FirstDate", "LastDate",
                "Articles", "Title"), rows.get(0));
        assertEquals(Fixture.EDGES.size() + 1, rows.size());
        ExportEdge e = Fixture.EDGES.get(2);
        assertEquals(List.of(e.source(), e.target(), "3", "Directed", "coMention", "coMention", "2023-03-01",
                "2023-05-04", String.join(" ", e.articles()), ""), rows.get(3));
        assertEquals(List.of(Fixture.BUREAU, Fixture.LUCHENG, "1", "Directed", "partOf", "partOf", "", "", "", ""),
                rows.get(2));
        assertEquals(Fixture.POSITION_TITLE, rows.get(1).get(9), "the position edge's titles, joined");
    }

    @Test
    void neo4jAdminImportHeaders() throws IOException {
        List<List<String>> nodes = readWithPython(ExportFormat.NEO4J_NODES);
        assertEquals(List.of("id:ID", "label", ":LABEL", "subtype", "code", "mentions:int", "iri", "firstDate:date",
                "lastDate:date"), nodes.get(0));
        assertEquals(List.of(Fixture.LUCHENG, "潞城区", "Place", "District", "140406", "5", Fixture.LUCHENG,
                "2023-01-02", "2023-06-30"), nodes.get(3));
        List<List<String>> edges = readWithPython(ExportFormat.NEO4J_EDGES);
        assertEquals(List.of(":START_ID", ":END_ID", ":TYPE", "weight:int", "firstDate:date", "lastDate:date",
                "articles:string[]", "title"), edges.get(0));
        assertEquals(List.of(Fixture.GUO, Fixture.BUREAU, "position", "2", "2023-03-01", "2023-05-04",
                Fixture.NS + "article/a1;" + Fixture.NS + "article/a7", Fixture.POSITION_TITLE), edges.get(1));
        assertEquals(Fixture.EDGES.size() + 1, edges.size());
    }

    @Test
    void utf8WithoutBomAndLfLineEnds() {
        byte[] bytes = Fixture.write(ExportFormat.CSV_NODES, ExportOptions.defaults());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals('I', text.charAt(0));
        assertEquals("Id,Label,Type,Subtype,Code,Mentions,Iri,FirstDate,LastDate\n", text.substring(0, text.indexOf('\n') + 1));
        assertEquals(Fixture.GUO + ",郭志毅,Person,,,3," + Fixture.GUO + ",2023-03-01,2023-05-04",
                text.split("\n")[1]);
    }
}
