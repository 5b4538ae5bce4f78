package org.newskg.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.rdf.Iris;
import org.newskg.rdf.Namespaces;
import org.newskg.store.KgStore;
import org.newskg.store.Statistics;

/**
 * Every curated query in queries/ runs with its default parameters against a fixture store and returns the
 * expected rows (src/test/resources/queries/expected/NAME.csv, rows compared as a sorted list).
 */
class CuratedQueriesTest {
    static final Path QUERIES = Path.of("queries");
    static KgStore store;

    @BeforeAll
    static void load() throws Exception {
        store = KgStore.inMemory();
        DatasetGraph dsg = store.datasetGraph();
        try (InputStream in = CuratedQueriesTest.class.getResourceAsStream("/queries/fixture.trig")) {
            Txn.executeWrite(dsg, () -> RDFParser.source(in).lang(Lang.TRIG).parse(dsg));
        }
        // the fixture holds article graphs as written; the statistics graph the store keeps beside them is counted
        Statistics.rebuild(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<String> names() throws Exception {
        return Files.readAllLines(QUERIES.resolve("index.txt")).stream().filter(l -> !l.isBlank());
    }

    @Test
    void indexListsEveryQueryFile() throws Exception {
        try (Stream<Path> files = Files.list(QUERIES)) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
            assertEquals(onDisk, names().sorted().toList());
        }
        assertTrue(onDiskCount() >= 12, "at least 12 curated queries");
    }

    static long onDiskCount() throws Exception {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).count();
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void documentedHeader(String name) {
        QueryTemplate t = QueryTemplate.load(QUERIES.resolve(name));
        assertTrue(t.description().startsWith("Question"), name + " starts with its question");
        assertTrue(t.description().contains("Columns"), name + " documents its columns");
        for (QueryTemplate.Param p : t.params().values())
            assertTrue(t.text().contains("?" + p.name()), name + ": parameter " + p.name() + " is used");
    }

    /** The queries that walk nk:partOf are checked against divisions described in the divisions graph only. */
    @Test
    void fixtureDescribesDivisionsInTheDivisionsGraphOnly() {
        String prologue = Namespaces.sparqlPrologue();
        String divisions = "<" + Iris.DIVISIONS_GRAPH + ">";
        assertEquals(6, count(prologue + "SELECT (COUNT(*) AS ?n) { GRAPH " + divisions + " { ?d a nk:AdministrativeDivision } }"));
        assertEquals(5, count(prologue + "SELECT (COUNT(*) AS ?n) { GRAPH " + divisions + " { ?d nk:partOf ?p } }"));
        assertEquals(0, count(prologue + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?d nk:level ?l } FILTER(?g != " + divisions + ") }"));
        assertEquals(0, count(prologue + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?d nk:partOf ?p . ?p nk:divisionCode ?c } FILTER(?g != "
                + divisions + ") }"));
    }

    private static long count(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(store.dataset()).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void parametersReachSubqueries() {
        QueryTemplate t = QueryTemplate.load(QUERIES.resolve("person-org-comention.rq"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = QueryRunner.run(store.dataset(), t, Map.of("min", "2"), QueryRunner.Format.csv, out);
        assertEquals(1, rows, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("郜振华"));
    }

    /**
     * A top N per group (LIMIT ?top inside LATERAL) keeps N rows of each group, taken from the group's largest counts
     * (on the fixture all counts of a month or reporter tie, so any N of the group's rows).
     */
    @Test
    void topNPerGroupFollowsItsParameter() {
        List<String> all = rows("top-entities-per-month.rq", Map.of());
        List<String> top1 = rows("top-entities-per-month.rq", Map.of("top", "1"));
        assertEquals(all.get(0), top1.get(0));
        assertEquals(List.of("2025-01", "2025-02"), top1.stream().skip(1).map(r -> r.substring(0, 7)).toList(), "one row per month");
        assertTrue(all.containsAll(top1), top1.toString());
        List<String> two = rows("reporters-and-places.rq", Map.of("top", "2"));
        assertEquals(3, two.size(), "two places of the one reporter: " + two);
        assertTrue(rows("reporters-and-places.rq", Map.of()).containsAll(two), two.toString());
        assertEquals(1, rows("top-entities-per-month.rq", Map.of("top", "0")).size(), "top 0: the header only");
        var e = assertThrows(org.newskg.InvalidInputException.class, () -> rows("top-entities-per-month.rq", Map.of("top", "-1")));
        assertTrue(e.getMessage().contains("0 or more"), e.getMessage());
        // the class is a parameter: organisations, one per month
        List<String> orgs = rows("top-entities-per-month.rq", Map.of("type", "nk:Organization", "top", "1"));
        assertEquals(3, orgs.size(), orgs.toString());
    }

    /** The co-mention network's default keeps pairs of 20 articles or more (none in the fixture); min 1 gives every pair. */
    @Test
    void everyCoMentionPairWithMinOne() throws Exception {
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/queries/expected/person-org-comention.min1.csv"), StandardCharsets.UTF_8);
        List<String> actual = rows("person-org-comention.rq", Map.of("min", "1"));
        assertEquals(expected.get(0), actual.get(0));
        assertEquals(expected.subList(1, expected.size()).stream().sorted().toList(), actual.subList(1, actual.size()).stream().sorted().toList());
        assertEquals(1, rows("person-org-comention.rq", Map.of()).size(), "no pair of 20 articles in the fixture");
    }

    private static List<String> rows(String name, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), QueryTemplate.load(QUERIES.resolve(name)), params, QueryRunner.Format.csv, out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @ParameterizedTest
    @MethodSource("names")
    void returnsTheExpectedRowsWithDefaults(String name) throws Exception {
        QueryTemplate t = QueryTemplate.load(QUERIES.resolve(name));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), t, Map.of(), QueryRunner.Format.csv, out);
        List<String> actual = out.toString(StandardCharsets.UTF_8).lines().toList();
        Path expectedFile = Path.of("src/test/resources/queries/expected", name.replace(".rq", ".csv"));
        assertTrue(Files.exists(expectedFile), "expected rows for " + name + "; actual:\n" + String.join("\n", actual));
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        assertEquals(expected.get(0), actual.get(0), name + ": columns");
        assertEquals(expected.subList(1, expected.size()).stream().sorted().toList(),
                actual.subList(1, actual.size()).stream().sorted().toList(), name + ": rows");
    }
}
