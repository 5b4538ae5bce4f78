package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.gazetteer.AdminDivision;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.Level;
import org.newskg.gazetteer.AgencyTable;
import org.newskg.ingest.Article;

class CorpusGeneratorTest {
    static Gazetteer gazetteer;
    static List<CorpusGenerator.Agency> agencies;
    static CorpusGenerator shanxi;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadDefault();
        agencies = CorpusGenerator.agencies(AgencyTable.loadDefault());
        shanxi = new CorpusGenerator(gazetteer, agencies, "14", 7);
    }

    private static String jsonl(CorpusGenerator g, long first, long count) throws IOException {
        StringWriter w = new StringWriter();
        g.writeJsonl(first, count, w);
        return w.toString();
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherArticles() throws IOException {
        String a = jsonl(shanxi, 1, 200);
        assertEquals(a, jsonl(new CorpusGenerator(gazetteer, agencies, "14", 7), 1, 200));
        assertNotEquals(a, jsonl(new CorpusGenerator(gazetteer, agencies, "14", 8), 1, 200));
        // any article can be made alone and is the same as in a run
        assertEquals(a.lines().skip(150).findFirst().orElseThrow(), jsonl(shanxi, 151, 1).strip());
    }

    @Test
    void everyRecordIsMarkedSynthetic() throws IOException {
        List<String> lines = jsonl(shanxi, 1, 300).lines().toList();
        assertEquals(300, lines.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonObject o = JsonParser.parseString(lines.get(i)).getAsJsonObject();
            assertEquals(CorpusGenerator.SOURCE, o.get("source").getAsString());
            assertEquals("syn-" + (i + 1), o.get("id").getAsString());
            assertTrue(ids.add(o.get("id").getAsString()));
            assertTrue(o.get("date").getAsString().matches("20\\d\\d-\\d\\d-\\d\\d"), o.get("date").getAsString());
            String text = o.get("text").getAsString();
            assertTrue(text.length() > 100, "article " + (i + 1) + " too short: " + text);
            assertFalse(text.contains("null"), text);
        }
    }

    @Test
    void placesAreRealDivisionsWithTheirRealChains() {
        for (long n = 1; n <= 300; n++) {
            List<AdminDivision> chain = shanxi.places(n);
            Article a = shanxi.article(n);
            assertEquals(List.of(Level.VILLAGE, Level.TOWNSHIP, Level.COUNTY, Level.CITY),
                    chain.stream().map(AdminDivision::level).toList(), "article " + n);
            for (int i = 0; i < chain.size(); i++) {
                AdminDivision d = chain.get(i);
                assertEquals(d, gazetteer.byCode(d.code()).orElseThrow(), "article " + n);
                assertTrue(d.code().startsWith("14"), d.toString());
                if (i + 1 < chain.size()) assertEquals(chain.get(i + 1).code(), d.parentCode(), "article " + n + ": " + d);
            }
            // the township (every template names it) and the village or county appear in the text as the gazetteer spells them
            assertTrue(a.text().contains(chain.get(1).name()), "article " + n + " lacks " + chain.get(1).name() + ": " + a.text());
            assertTrue(a.text().contains(chain.get(0).name()) || a.text().contains(chain.get(2).name()), a.text());
        }
    }

    @Test
    void officialsOfACountyRecurAcrossArticles() {
        // the same county head is named in different articles about that county
        Map<String, Long> byCounty = java.util.stream.LongStream.rangeClosed(1, 2000).boxed()
                .collect(Collectors.groupingBy(n -> shanxi.places(n).get(2).code(), Collectors.counting()));
        String busiest = byCounty.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String head = shanxi.person("chief", busiest);
        long mentioning = java.util.stream.LongStream.rangeClosed(1, 2000)
                .filter(n -> shanxi.places(n).get(2).code().equals(busiest))
                .filter(n -> shanxi.article(n).text().contains(head)).count();
        assertTrue(mentioning >= 2, "county head " + head + " of " + busiest + " named in " + mentioning + " articles");
    }

    @Test
    void aCountyRegionKeepsToThatCounty() {
        CorpusGenerator pingshun = new CorpusGenerator(gazetteer, agencies, "140425", 1);
        assertEquals(1, pingshun.countyCount());
        for (long n = 1; n <= 50; n++) {
            assertEquals("140425", pingshun.places(n).get(2).code());
            assertTrue(pingshun.article(n).text().contains("平顺县") || pingshun.article(n).text().contains("平顺讯"));
        }
    }

    @Test
    void badRegionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(gazetteer, agencies, "1", 1));
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(gazetteer, agencies, "990000", 1));
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(gazetteer, List.of(), "14", 1));
        assertThrows(IllegalArgumentException.class, () -> shanxi.article(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            人力资源和社会保障局 | 人社局     | 局长
            市场监督管理局       | 市监局     | 局长
            卫生健康委员会       | 卫健委     | 主任
            应急管理局           | 应急局     | 局长
            自然资源局           | 自然资源局 | 局长
            """)
    void agenciesComeFromTheAgencyTableWithTheirCurrentShortForm(String full, String shortName, String head) {
        assertTrue(agencies.contains(new CorpusGenerator.Agency(full, shortName, head)), agencies.toString());
    }

    @Test
    void formerNamesAndNationalBodiesAreNotUsedAsAgencies() {
        Set<String> shorts = agencies.stream().map(CorpusGenerator.Agency::shortName).collect(Collectors.toSet());
        for (String former : List.of("国土局", "工商局", "环保局", "安监局", "卫计委", "交行", "委", "政府"))
            assertFalse(shorts.contains(former), former);
    }
}
