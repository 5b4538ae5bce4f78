package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.gazetteer.AdminDivision;
import org.newskg.gazetteer.Gazetteer;

class PlaceResolverTest {
    private static final PlaceResolver R = new PlaceResolver(Gazetteer.loadDefault());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            黄河新闻网长治讯 10月27日，为期3天的义诊活动正式启动。 | 140400
            新华社北京10月27日电 记者从国家卫健委获悉。           | 110000
            本报平顺讯 连日来，北社乡组织村民采摘连翘。           | 140425
            本报讯 3月18日是第19个“世界社会工作日”。              |
            小店街道电子街社区以情景剧的形式再现暖心瞬间。        |
            """)
    void datelinePlace(String text, String code) {
        assertEquals(code, R.datelinePlace(text).map(AdminDivision::code).orElse(null));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            140425206216 | 140425206    | 9
            140425206216 | 140400       | 4
            140427100    | 140425206    | 4
            140404       | 140406       | 4
            140404       | 141021       | 2
            110101       | 140400       | 0
            140400       | 140400       | 4
            """)
    void sharedDepthCountsCommonLevels(String a, String b, int depth) {
        Gazetteer g = R.gazetteer();
        assertEquals(depth, PlaceResolver.sharedDepth(g.byCode(a).orElseThrow(), g.byCode(b).orElseThrow()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            潞城经济技术开发区 | Other    | 140406400
            长治市             | City     | 140400
            汾河               | Other    |
            八泉峡             | ScenicSpot |
            """)
    void developmentZonesAreResolvedThoughNotAdministrativeByType(String text, String subtype, String code) {
        var r = R.resolve(java.util.List.of(new PlaceResolver.Query(text, subtype)), java.util.Map.of(), java.util.List.of());
        AdminDivision d = r.get(text).division();
        assertEquals(code, d == null ? null : d.code());
    }
}
