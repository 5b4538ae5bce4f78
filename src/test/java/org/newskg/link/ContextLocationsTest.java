package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.EntityType;
import org.newskg.extract.ExtractConfig;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.extract.NewsExtractor;
import org.newskg.extract.PartOf;
import org.newskg.gazetteer.ReferenceData;
import org.newskg.ingest.Article;

/** Locations from the text around places and organisations: stated ({@code 位于}) and from the article's focus. */
class ContextLocationsTest {
    private static final ReferenceData REF = ReferenceData.bundled();
    private static final NewsExtractor EXTRACTOR = new NewsExtractor(ExtractConfig.defaults(), REF);
    private static final DefaultLinker PLAIN = new DefaultLinker(LinkerConfig.defaults(), REF);
    private static final DefaultLinker CHANGZHI = new DefaultLinker(new LinkerConfig("长治市"), REF);

    private static LinkedArticle link(DefaultLinker linker, String text) {
        Article a = Article.of("c1", text);
        return linker.link(a, EXTRACTOR.extract(a));
    }

    /** The label of the place {@code name}'s entity is in (partOf or locatedIn), or null. */
    private static String parentOf(LinkedArticle la, String name) {
        String key = keyOf(la, name);
        for (Map.Entry<String, String> p : la.partOf()) {
            if (!p.getKey().equals(key) || p.getValue().startsWith("org/")) continue;
            Entity e = la.entities().get(p.getValue());
            if (e != null) return e.label();
            String code = p.getValue().substring("place/".length());
            for (Division d : la.divisions()) if (d.code().equals(code)) return d.name();
            return p.getValue();
        }
        return null;
    }

    private static String keyOf(LinkedArticle la, String name) {
        for (Entity e : la.entities().values()) if (e.label().equals(name)) return e.key();
        throw new AssertionError(name + " is not an entity of " + la.entities().keySet());
    }

    @ParameterizedTest(name = "{0} → {1} in {2}, inferred {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # stated next to the name
            神龙湾景区位于平顺县，是当地居民休闲的好去处。                                         | 神龙湾景区   | 平顺县 | false
            位于黎城县的明月湖度假区迎来客流高峰，不少游客专程前来。                                 | 明月湖度假区 | 黎城县 | false
            # a scenic spot of an article about one county
            壶关县多措并举发展冬季旅游。今年冬天，壶关县推出系列冰雪活动，游客可以到红叶谷景区赏雪。 | 红叶谷景区   | 壶关县 | true
            # a company whose name states no place, in an article about one county
            近日，沁源县召开招商推介会。沁源县与晨光新材料有限公司签约，项目落户沁源县。             | 晨光新材料有限公司 | 沁源县 | true
            # a company named after its province, in an article about a city of it
            长治市潞州区新建厂房投产。山西晨光机械股份有限公司在长治市潞州区的新厂房正式投产。       | 山西晨光机械股份有限公司 | 长治市 | true
            """)
    void locations(String text, String thing, String where, boolean inferred) {
        LinkedArticle la = link(PLAIN, text);
        assertEquals(where, parentOf(la, thing), () -> la.partOf().toString());
        assertEquals(inferred, la.locatedByContext().contains(keyOf(la, thing)), () -> la.locatedByContext().toString());
    }

    @ParameterizedTest(name = "{1} keeps {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a government body named after its province is the province's own, wherever the article is
            近日，山西省卫生健康委员会到长治市潞州区调研，潞州区有关负责人陪同。 | 山西省卫生健康委员会 | 山西省
            # a party committee is where its name says, after 中共 (never in the article's focus)
            中共山西省委员会印发通知，壶关县认真贯彻落实，壶关县各部门积极行动。 | 中共山西省委员会   | 山西省
            # a hospital named after its province is the province's own
            长治市潞州区的患者被送到山西省人民医院救治，潞州区医生全程陪同。 | 山西省人民医院       | 山西省
            """)
    void namedPlaceKept(String text, String org, String where) {
        LinkedArticle la = link(PLAIN, text);
        assertEquals(where, parentOf(la, org), () -> la.partOf().toString());
        assertFalse(la.locatedByContext().contains(keyOf(la, org)));
    }

    @ParameterizedTest(name = "{1} not located")
    @CsvSource(delimiter = '|', textBlock = """
            # natural features often span divisions
            壶关县地处太行山南端。近年来，壶关县依托太行山发展旅游。 | 太行山
            # organisations of the nation
            壶关县与中国移动通信集团有限公司签署合作协议，壶关县将建成千兆网络。 | 中国移动通信集团有限公司
            # an outlet reports on places, it is not in them
            据黄河新闻网报道，壶关县今年新建公路百公里，壶关县群众出行更方便。 | 黄河新闻网
            # a name that holds a city outside the focus
            壶关县患儿在首都医科大学附属北京儿童医院接受手术，壶关县医保报销七成。 | 首都医科大学附属北京儿童医院
            """)
    void notLocated(String text, String thing) {
        LinkedArticle la = link(PLAIN, text);
        assertNull(parentOf(la, thing), () -> la.partOf().toString());
    }

    @Test
    void noFocusWithoutDivisions() {
        LinkedArticle la = link(PLAIN, "游客在红叶谷景区赏雪，晨光新材料有限公司总经理李华介绍了项目。");
        assertTrue(la.locatedByContext().isEmpty(), () -> la.partOf().toString());
    }

    @Test
    void nationalLeaderHasNoRegionalKey() {
        LinkedArticle la = link(CHANGZHI, "习近平总书记强调，要推动高质量发展。长治市潞州区居民王建国说，日子越过越好。");
        assertEquals("person/习近平/" + PersonKeys.NATIONAL, keyOf(la, "习近平"));
        assertFalse(keyOf(la, "王建国").endsWith(PersonKeys.NATIONAL), keyOf(la, "王建国"));
        LinkedArticle other = link(CHANGZHI, "国务院总理李强主持召开国务院常务会议。");
        assertEquals("person/李强/" + PersonKeys.NATIONAL, keyOf(other, "李强"));
    }

    @Test
    void candidatesNeverContradictTheStatedParent() {
        // 王家庄村 is a common village name; none lies in 潞城区's 黄牛蹄乡
        String text = "潞城区黄牛蹄乡王家庄村村民喜迁新居。";
        int t = text.indexOf("黄牛蹄乡"), v = text.indexOf("王家庄村"), c = text.indexOf("潞城区");
        Extraction x = new Extraction(List.of(new Mention("潞城区", EntityType.Place, "County", c, c + 3),
                new Mention("黄牛蹄乡", EntityType.Place, "Township", t, t + 4),
                new Mention("王家庄村", EntityType.Place, "Village", v, v + 4)), List.of(),
                List.of(new PartOf("黄牛蹄乡", "潞城区", t, c), new PartOf("王家庄村", "黄牛蹄乡", v, t)), List.of());
        LinkedArticle la = PLAIN.link(Article.of("c2", text), x);
        Entity township = la.entities().get(keyOf(la, "黄牛蹄乡"));
        assertNotNull(township.code(), "黄牛蹄乡 resolves");
        List<String> candidates = la.unresolved().getOrDefault("place/王家庄村", List.of());
        assertTrue(candidates.stream().allMatch(code -> code.startsWith(township.code().substring(0, 9))),
                () -> "candidates outside 黄牛蹄乡: " + candidates);
    }
}
