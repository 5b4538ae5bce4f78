package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed page of the city daily ingested with {@code --source 长治日报 --date 2025-01-02}: every item carries that
 * publication date (not the dates of the events in its body), a date-range export finds its graph and the monthly
 * query puts its people in 2025-01; its captions stand alone and the 八泉峡 article has its headline;
 * {@code officials-in-place 长治市} returns the page's six posts and {@code places-inside 壶关县} the 八泉峡 article's spots.
 */
class PublicationDateCliTest {
    private static final Path SEED = Path.of("..", "shared", "eval", "dev", "changzhi-daily-2025-01-02-p2.json");
    private static final String PREFIXES = "PREFIX nk: <https://w3id.org/newskg/ns#> PREFIX schema: <https://schema.org/> "
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

    @Test
    void seedPageIngestedWithItsDate(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "../shared/eval/dev beside the checkout");
        String page = JsonParser.parseString(Files.readString(SEED)).getAsJsonObject().get("text").getAsString();
        Path in = Files.createDirectories(tmp.resolve("in")).resolve("changzhi-p2.txt"); // no date in the name
        Files.writeString(in, page);
        Path store = tmp.resolve("store");

        CliTest.Run ingest = CliTest.run("ingest", "--store", store.toString(), "--source", "长治日报", "--date", "2025-01-02", in.toString());
        assertEquals(0, ingest.exit(), ingest.err());

        assertEquals(9, CliTest.count(store, CliTest.ARTICLES)); // 7 articles, 2 photo captions of their own
        assertEquals(9, CliTest.count(store, PREFIXES
                + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a nk:Article ; schema:datePublished \"2025-01-02\"^^xsd:date }"));
        assertEquals(0, CliTest.count(store, PREFIXES
                + "SELECT (COUNT(*) AS ?n) { ?a schema:datePublished ?d FILTER(?d != \"2025-01-02\"^^xsd:date) }"));
        assertEquals(2, CliTest.count(store, PREFIXES + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a nk:PhotoCaption }"));
        assertEquals(1, CliTest.count(store, PREFIXES + "SELECT (COUNT(DISTINCT ?a) AS ?n) { "
                + "?a schema:headline \"首届太行山大峡谷八泉峡景区冰雪嘉年华启幕\" ; schema:text ?t FILTER(CONTAINS(?t, \"牛艳阳\")) }"));
        // the 平顺县 caption is no longer in the 荫城镇 and 潞城区 articles
        assertEquals(1, CliTest.count(store, PREFIXES
                + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a schema:text ?t FILTER(CONTAINS(?t, \"东青北村\")) }"));
        // posts are dated by their article (the graph holding them); none of their sentences on this page states a date
        assertEquals(6, CliTest.count(store, PREFIXES + "SELECT (COUNT(DISTINCT ?m) AS ?n) { GRAPH ?a { ?m a nk:Membership } "
                + "?a schema:datePublished \"2025-01-02\"^^xsd:date }"));
        assertEquals(0, CliTest.count(store, PREFIXES + "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a nk:Membership ; nk:eventDate ?d }"));

        Path out = tmp.resolve("day.csv");
        CliTest.Run export = CliTest.run("export", "--store", store.toString(), "--from", "2025-01-02", "--to", "2025-01-02",
                "--format", "csv-nodes", "-o", out.toString());
        assertEquals(0, export.exit(), export.err());
        String nodes = Files.readString(out);
        for (String name : List.of("郭志毅", "刘海兰", "开先", "王河山"))
            assertTrue(nodes.contains(name), () -> name + " missing from the export of 2025-01-02:\n" + nodes);
        CliTest.Run dayBefore = CliTest.run("export", "--store", store.toString(), "--from", "2025-01-01", "--to", "2025-01-01",
                "--format", "csv-nodes", "-o", tmp.resolve("before.csv").toString());
        assertFalse(Files.readString(tmp.resolve("before.csv")).contains("郭志毅"), dayBefore.err());

        // a top N per month: every person of the page's month with a large N, ten by default
        CliTest.Run months = CliTest.run("query", "--store", store.toString(), "top-entities-per-month", "-p", "top=1000", "--format", "csv");
        assertEquals(0, months.exit(), months.err());
        List<String> rows = months.out().lines().skip(1).filter(l -> !l.isBlank()).toList();
        assertTrue(rows.size() > 10, months.out());
        CliTest.Run ten = CliTest.run("query", "--store", store.toString(), "top-entities-per-month", "--format", "csv");
        assertEquals(0, ten.exit(), ten.err());
        assertEquals(10, ten.out().lines().skip(1).filter(l -> !l.isBlank()).count(), ten.out());
        for (String row : rows) assertTrue(row.startsWith("2025-01,"), () -> "a person outside 2025-01: " + row);
        assertTrue(rows.stream().anyMatch(r -> r.contains(",郭志毅,")), months.out());

        // locations from the text: all six posts of the page lie in 长治市, the 八泉峡 article's spots in 壶关县
        CliTest.Run officials = CliTest.run("query", "--store", store.toString(), "officials-in-place", "-p", "place=长治市",
                "--format", "csv");
        assertEquals(0, officials.exit(), officials.err());
        List<String> posts = officials.out().lines().skip(1).filter(l -> !l.isBlank()).toList();
        for (String who : List.of("郭志毅,局长", "开先,董事", "开先,总经理", "徐良,主任", "王河山,负责人", "刘海兰,总经理"))
            assertTrue(posts.stream().anyMatch(r -> r.contains("," + who + ",")), () -> who + " not in " + officials.out());
        CliTest.Run inside = CliTest.run("query", "--store", store.toString(), "places-inside", "-p", "place=壶关县",
                "--format", "csv");
        assertEquals(0, inside.exit(), inside.err());
        for (String spot : List.of("八泉峡", "红豆峡", "青龙峡", "常平温泉小镇"))
            assertTrue(inside.out().contains(spot), () -> spot + " not inside 壶关县:\n" + inside.out());
        assertEquals(0, CliTest.count(store, PREFIXES + "SELECT (COUNT(*) AS ?n) { ?p nk:partOf ?x ; nk:locationInferred true "
                + "FILTER(CONTAINS(STR(?p), \"太行山\") && !CONTAINS(STR(?p), \"景区\")) }"), "a mountain range is put nowhere");
    }

    @Test
    void anImpossibleDateIsBadUsage(@TempDir Path tmp) throws Exception {
        Path in = Files.writeString(tmp.resolve("p.txt"), "壶关县组织护林员开展冬季森林防火巡查。\n");
        CliTest.Run r = CliTest.run("ingest", "--store", tmp.resolve("store").toString(), "--date", "2025-13-01", in.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'--date'") && r.err().contains("2025-13-01"), r.err());
        assertFalse(Files.exists(tmp.resolve("store")), "no store is made for a command line that is refused");
    }
}
