package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.extract.PartOf;
import org.newskg.extract.Position;
import org.newskg.ingest.Article;

/**
 * Place-code accuracy of the linker on the dev gold (../shared/eval/dev) and the demo corpus gold
 * (fictional stories about real places), isolated from extraction: each
 * document's gold entities become the mentions (first occurrence in the text), gold partOf and positions the
 * relations; no home region or source name is given. A second run drops the subtypes and partOf, as a
 * weaker extractor would deliver them. Accuracy = gold entities with a code whose mention is
 * linked to exactly that code / gold entities with a code.
 */
class PlaceLinkingAccuracyTest {

    @ParameterizedTest(name = "{0}, subtypes {1}, partOf {2}: accuracy >= {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ../shared/eval/dev           | true  | true  | 0.95
            ../shared/eval/dev           | false | false | 0.90
            src/test/resources/demo-gold | true  | true  | 0.95
            """)
    void placeCodeAccuracyOnGold(Path dir, boolean withSubtypes, boolean withPartOf, double baseline) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(dir), "gold not present at " + dir.toAbsolutePath());
        DefaultLinker linker = new DefaultLinker(LinkerConfig.defaults(), org.newskg.gazetteer.ReferenceData.bundled());
        int total = 0, correct = 0;
        List<String> misses = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            JsonObject doc = JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
            String text = doc.get("text").getAsString();
            String id = doc.get("id").getAsString();
            List<Mention> mentions = new ArrayList<>();
            List<String> goldCodes = new ArrayList<>();
            for (JsonElement el : doc.getAsJsonArray("entities")) {
                JsonObject e = el.getAsJsonObject();
                String t = e.get("text").getAsString();
                int at = text.indexOf(t);
                if (at < 0) continue;
                mentions.add(new Mention(t, EntityType.valueOf(e.get("type").getAsString()), withSubtypes ? str(e, "subtype") : null,
                        at, at + t.length()));
                goldCodes.add(str(e, "code"));
            }
            List<PartOf> partOf = new ArrayList<>();
            for (JsonElement el : withPartOf ? array(doc, "partOf") : new JsonArray()) {
                JsonObject p = el.getAsJsonObject();
                String c = p.get("child").getAsString(), par = p.get("parent").getAsString();
                partOf.add(new PartOf(c, par, text.indexOf(c), text.indexOf(par)));
            }
            List<Position> positions = new ArrayList<>();
            for (JsonElement el : array(doc, "positions")) {
                JsonObject p = el.getAsJsonObject();
                String person = p.get("person").getAsString();
                int at = Math.max(0, text.indexOf(person));
                positions.add(new Position(person, p.get("title").getAsString(), p.get("org").getAsString(), at, at + person.length()));
            }
            Extraction x = new Extraction(mentions, positions, partOf, List.of());
            LinkedArticle linked = linker.link(Article.of(id, text), x);
            for (int i = 0; i < mentions.size(); i++) {
                String gold = goldCodes.get(i);
                if (gold == null) continue;
                total++;
                String got = linked.entities().get(linked.mentionKeys().get(i)).code();
                if (gold.equals(got)) correct++;
                else misses.add(id + ": " + mentions.get(i).text() + " gold " + gold + " got " + got);
            }
        }
        double accuracy = total == 0 ? 0 : (double) correct / total;
        System.err.printf("place-code accuracy on %s (subtypes %s, partOf %s): %d/%d = %.3f%n",
                dir, withSubtypes, withPartOf, correct, total, accuracy);
        misses.forEach(m -> System.err.println("  miss " + m));
        assertTrue(total > 0, "no gold codes found");
        assertTrue(accuracy >= baseline, String.format("accuracy %.3f below %.2f: %s", accuracy, baseline, misses));
    }

    private static String str(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static JsonArray array(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || !e.isJsonArray() ? new JsonArray() : e.getAsJsonArray();
    }
}
