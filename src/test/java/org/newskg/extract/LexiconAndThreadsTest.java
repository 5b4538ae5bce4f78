package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.InvalidInputException;
import org.newskg.ingest.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconAndThreadsTest {
    static final String TEXT = "八泉峡冰雪节由太行云顶文旅集团承办，游客李晓明说，冰雕很好看。";

    @Test
    void userLexiconAddsNamesAndWinsOverlaps(@TempDir Path dir) throws IOException {
        Path lex = dir.resolve("my.tsv");
        Files.writeString(lex, "# my names\n八泉峡冰雪节\tOrganization\tOther\n太行云顶\tPlace\tScenicSpot\t10\n", StandardCharsets.UTF_8);
        NewsExtractor x = new NewsExtractor(ExtractConfig.defaults().withLexicons(List.of(lex)), org.newskg.gazetteer.ReferenceData.bundled());
        Extraction e = x.extract(Article.of("a", TEXT));
        List<String> got = e.mentions().stream().map(m -> m.text() + ":" + m.type() + ":" + m.subtype()).toList();
        assertTrue(got.contains("八泉峡冰雪节:Organization:Other"), got::toString);
        // priority 10 loses to the rule-found company that contains it
        assertFalse(got.contains("太行云顶:Place:ScenicSpot"), got::toString);
        assertTrue(got.contains("太行云顶文旅集团:Organization:Company"), got::toString);
    }

    @Test
    void badLexiconLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path lex = dir.resolve("bad.tsv");
        Files.writeString(lex, "八泉峡\tPlace\tScenicSpot\n太行\tMountain\tOther\n", StandardCharsets.UTF_8);
        InvalidInputException ex = assertThrows(InvalidInputException.class,
                () -> new NewsExtractor(ExtractConfig.defaults().withLexicons(List.of(lex)), org.newskg.gazetteer.ReferenceData.bundled()));
        assertTrue(ex.getMessage().contains("bad.tsv:2"), ex::getMessage);
        Files.writeString(lex, "八泉峡\tPlace\tScenicSpot\tx\n", StandardCharsets.UTF_8);
        ex = assertThrows(InvalidInputException.class, () -> new NewsExtractor(ExtractConfig.defaults().withLexicons(List.of(lex)), org.newskg.gazetteer.ReferenceData.bundled()));
        assertTrue(ex.getMessage().contains("bad.tsv:1"), ex::getMessage);
    }

    @Test
    void sameResultsFromManyThreads() throws Exception {
        NewsExtractor x = new NewsExtractor(ExtractConfig.defaults(), org.newskg.gazetteer.ReferenceData.bundled());
        List<String> texts = List.of(TEXT, "沁源县卫健局党组书记、局长王建国带队深入灵空山镇开展督导检查。",
                "本报讯（记者 张晓东 通讯员 李红梅）日前，黎城县举办农民丰收节。", "長治市潞州區東街街道辦事處組織開展活動。");
        List<Extraction> expected = texts.stream().map(t -> x.extract(Article.of("a", t))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> fs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int k = i % texts.size();
                fs.add(pool.submit(() -> x.extract(Article.of("a", texts.get(k))).equals(expected.get(k))));
            }
            for (Future<Boolean> f : fs) assertTrue(f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void blankTextGivesNothing() {
        assertEquals(Extraction.empty(), new NewsExtractor(ExtractConfig.defaults(), org.newskg.gazetteer.ReferenceData.bundled()).extract(Article.of("a", "  \n")));
    }
}
