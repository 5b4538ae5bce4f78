package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gazetteer-free hints at a page's home region. */
class PageEvidenceTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            长治日报 2025年3月12日                               | 长治日报     | -        | -
            据上党晚报报道，市民踊跃参加。                        | 据上党晚报   | -        | -
            本报长治讯（记者 李明）春季招聘会举行。                | -            | 本报长治 | -
            □本报讯 记者李明报道：春季招聘会举行。                 | -            | 本报     | -
            黄河新闻网长治讯 招聘会在长治市举行。                  | 黄河新闻网   | 黄河新闻网长治 | 招聘会在长治市
            通讯员王芳介绍，壶关县今年新增就业岗位。               | -            | -        | 介绍，壶关县
            臨汾市曲沃縣開展檢查。                                 | -            | -        | 臨汾市
            """)
    void hintsOfAText(String text, String paper, String dateline, String place) {
        PageEvidence e = PageEvidence.of(text);
        if (paper == null) assertEquals(List.of(), e.papers());
        else assertEquals(paper, e.papers().get(0));
        if (dateline == null) assertEquals(List.of(), e.datelines());
        else assertEquals(List.of(dateline), e.datelines());
        if (place != null) assertTrue(e.placeNames().get(0).endsWith(place.substring(place.lastIndexOf('，') + 1)), e.placeNames().toString());
    }

    @Test
    void placeNamesKeepAtMostTheWindowBeforeTheSuffix() {
        PageEvidence e = PageEvidence.of("今年以来，山西省长治市壶关县龙泉镇与长阳土家族自治县");
        assertEquals(List.of("山西省", "山西省长治市", "山西省长治市壶关县", "泉镇与长阳土家族自治县"), e.placeNames());
    }

    @Test
    void readerAttachesTheEvidenceOfTheWholePageToEachOfItsArticles(@TempDir Path tmp) throws Exception {
        String page = "长治日报\n\n招聘会举行\n本报讯（记者 李明）长治市春季招聘会举行，200余家企业参会。\n\n"
                + "就业服务送到家门口\n本报讯（记者 赵刚）近日，市人社局为居民提供政策咨询服务。\n";
        Files.writeString(tmp.resolve("p.txt"), page);
        Files.writeString(tmp.resolve("one.txt"), "市人社局为居民提供政策咨询服务。");
        List<Article> out = new ArrayList<>();
        new CorpusReader(IngestConfig.defaults()).read(List.of(tmp), out::add, s -> { throw new AssertionError(s.toString()); });
        List<Article> pageArticles = out.stream().filter(a -> a.doc().equals("p")).toList();
        assertEquals(2, pageArticles.size());
        for (Article a : pageArticles) assertEquals(PageEvidence.of(page), a.page());
        assertEquals(List.of("长治日报"), pageArticles.get(1).evidence().papers(), "the second article carries the masthead");
        Article alone = out.stream().filter(a -> a.doc().equals("one")).findFirst().orElseThrow();
        assertNull(alone.page(), "a one-article file is its own evidence");
        assertEquals(PageEvidence.of(alone.text()), alone.evidence());
    }
}
