package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every export format, taken from a store built from the sample corpus with --place 长治市, read back by its real
 * reader (networkx, rdflib, Graphviz, xmllint, Python's csv) with the Chinese labels intact.
 */
class ExportCliTest {
    static final String PY = "/usr/bin/python3";
    @TempDir static Path tmp;
    static Path store;

    @BeforeAll
    static void build() throws Exception {
        CliTest.demoCorpus(tmp.resolve("in"));
        store = tmp.resolve("store");
        CliTest.Run r = CliTest.run("ingest", "--store", store.toString(), "--home", "长治市", tmp.resolve("in").toString());
        assertEquals(0, r.exit(), r.err());
    }

    static boolean has(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static String check(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "reader timed out: " + List.of(cmd));
        assertEquals(0, p.exitValue(), List.of(cmd) + "\n" + out);
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            graphml  | networkx | import networkx as nx,sys; g=nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges()); print('\\n'.join(sorted(d.get('label','') for _,d in g.nodes(data=True))))
            gexf     | networkx | import networkx as nx,sys; g=nx.read_gexf(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges()); print('\\n'.join(sorted(d.get('label','') for _,d in g.nodes(data=True))))
            turtle   | rdflib   | import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format='turtle'); print(len(g)); print('\\n'.join(sorted(str(o) for o in g.objects(None, rdflib.RDFS.label))))
            jsonld   | rdflib   | import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format='json-ld'); print(len(g)); print('\\n'.join(sorted(str(o) for o in g.objects(None, rdflib.RDFS.label))))
            trig     | rdflib   | import rdflib,sys; g=rdflib.Dataset(); g.parse(sys.argv[1], format='trig'); print(len(list(g.quads()))); print('\\n'.join(sorted(str(o) for _,_,o,_ in g.quads((None, rdflib.RDFS.label, None, None)))))
            csv-nodes| csv      | import csv,sys; r=list(csv.DictReader(open(sys.argv[1], encoding='utf-8'))); print(len(r)); print('\\n'.join(sorted(x['Label'] for x in r)))
            cyjs     | json     | import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); n=d['elements']['nodes']; print(len(n)); print('\\n'.join(sorted(x['data']['label'] for x in n)))
            """)
    void readBackByRealReaders(String format, String module, String script) throws Exception {
        assumeTrue(has(PY, "-c", "import " + module), PY + " with " + module);
        Path f = tmp.resolve("place." + format);
        CliTest.Run r = CliTest.run("export", "--store", store.toString(), "--place", "长治市", "--format", format,
                "--gexf-version", "1.2draft", "-o", f.toString());
        assertEquals(0, r.exit(), r.err());
        String out = check(PY, "-c", script, f.toString());
        assertTrue(out.contains("长治市"), out);
        assertTrue(out.contains("潞城区"), out);
        assertFalse(out.startsWith("0"), "something was exported: " + out);
    }

    @ParameterizedTest
    @CsvSource({"1.3", "1.2draft"})
    void gexfAndGraphmlAreWellFormedXml(String version) throws Exception {
        assumeTrue(has("xmllint", "--version"), "xmllint");
        for (String format : List.of("gexf", "graphml")) {
            Path f = tmp.resolve("x-" + version + "." + format);
            assertEquals(0, CliTest.run("export", "--store", store.toString(), "--place", "长治市", "--format", format,
                    "--gexf-version", version, "--dynamic", "-o", f.toString()).exit());
            check("xmllint", "--noout", f.toString());
            assertTrue(Files.readString(f).contains("潞城区"));
        }
    }

    @ParameterizedTest
    @CsvSource({"--place,长治市", "--entity,郜振华", "--type,Hospital"})
    void graphvizRendersTheDot(String option, String value) throws Exception {
        assumeTrue(has("dot", "-V"), "graphviz");
        Path f = tmp.resolve("g" + option.length() + value.hashCode() + ".dot");
        CliTest.Run r = CliTest.run("export", "--store", store.toString(), option, value, "--format", "dot", "-o", f.toString());
        assertEquals(0, r.exit(), r.err());
        String svg = check("dot", "-Tsvg", f.toString());
        assertTrue(svg.contains(value.equals("Hospital") ? "医院" : value), svg.length() > 400 ? svg.substring(0, 400) : svg);
    }

    @ParameterizedTest
    @CsvSource({"--entity,没有这个人", "--place,火星市", "--format,pdf", "--from,2025-13-01"})
    void badSelectionsAreBadInput(String option, String value) {
        CliTest.Run r = CliTest.run("export", "--store", store.toString(), option, value, "--format",
                option.equals("--format") ? value : "graphml");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(value), r.err());
    }
}
