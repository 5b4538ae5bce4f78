package org.newskg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.ExtractRulesTest.assertNotMentioned;
import static org.newskg.extract.ExtractRulesTest.entities;
import static org.newskg.extract.ExtractRulesTest.expected;
import static org.newskg.extract.ExtractRulesTest.run;

/** Place chains cut by the gazetteer, named non-administrative places, generic phrases, person false positives (sentences written for these tests). */
class PlacePersonRulesTest {

    @ParameterizedTest(name = "chain by gazetteer: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            督导组来到壶关县大峡谷镇大河村查看春播进度。 | 壶关县:County; 大峡谷镇:Township; 大河村:Village
            技术员常年驻守在石坡乡南平头坞村的种植基地。 | 石坡乡:Township; 南平头坞村:Village
            # the township's ending opens HanLP's next token (青龙/nz 乡下/s 河/n 村/n): cut where the known township ends
            她来到青龙乡下河村了解群众诉求。 | 青龙乡:Township; 下河村:Village
            # HanLP reads 于黎城 as a person (位/q 于黎城/nr 县): the county's full name still wins
            景区位于黎城县东部，交通便利。 | 黎城县:County
            这座水库位于于都县境内。 | 于都县:County
            """)
    void chains(String text, String places) {
        List<String> got = entities(run(text), EntityType.Place);
        for (String p : expected(places)) assertTrue(got.contains(p), () -> p + " not in " + got);
    }

    @ParameterizedTest(name = "named spots: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            周末，市民在红安县天舒广场观看文艺演出。 | 天舒广场:ScenicSpot
            学员们参观了高家渡革命历史展览馆。 | 高家渡革命历史展览馆:ScenicSpot
            该镇新建的马踏溪中药材特色产业园已投产。 | 马踏溪中药材特色产业园:Other
            县里把博兴县智能循环水现代渔业产业园列为重点项目。 | 博兴县智能循环水现代渔业产业园:Other
            驻村干部走访了新桥村肖家幸福屋场的农户。 | 新桥村:Village; 肖家幸福屋场:Other
            游客可以到陇上椒甘谷辣椒体验馆品尝特产。 | 陇上椒甘谷辣椒体验馆:ScenicSpot
            # a park or square is named by any word; two joined by 和 are two
            周末，不少市民来到人民公园和滨河公园散步健身。 | 人民公园:ScenicSpot; 滨河公园:ScenicSpot
            晚饭后，居民们在青松广场跳舞。 | 青松广场:ScenicSpot
            # a road named by a place-name token (长兴/ns 路)
            新建的迎宾大道与长兴路交汇处车流量大。 | 长兴路:Other
            """)
    void spots(String text, String places) {
        List<String> got = entities(run(text), EntityType.Place);
        for (String p : expected(places)) assertTrue(got.contains(p), () -> p + " not in " + got);
    }

    @ParameterizedTest(name = "not places: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            全县开展千村示范行动，三镇五村率先达标。 | 千村; 三镇; 五村; 三镇五村
            光山县整村授信工作在白雀园镇信用村启动。 | 整村; 信用村
            会上介绍了光裕堡乡全面推进村干部培训的做法。 | 全面推进村
            园区内还有一片旱地西红柿产业园区正在建设。 | 旱地西红柿产业园区
            # a road of speech, no road
            乡亲们齐心协力铺就致富路。 | 致富路
            # kinds of park, not names
            各社区见缝插针建设口袋公园和湿地公园。 | 口袋公园; 湿地公园
            # a township name written before the word 乡村 is no township
            各地加快建设宜居乡村和美丽家园。 | 宜居乡; 乡村
            """)
    void notPlaces(String text, String not) {
        assertNotMentioned(text, not);
    }

    @ParameterizedTest(name = "local names read as persons: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            白雀园镇地处大别山北麓，白雀园又是茶乡。 | 白雀园:Township
            """)
    void localNames(String text, String places) {
        Extraction e = run(text);
        List<String> got = entities(e, EntityType.Place);
        for (String p : expected(places)) assertTrue(got.contains(p), () -> p + " not in " + got);
        for (String p : expected(places)) assertFalse(entities(e, EntityType.Person).contains(p.split(":")[0]), () -> p + " read as a person");
    }

    @ParameterizedTest(name = "not persons: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            工作队马不停蹄地赶往下一个村。 | 马不停
            会议介绍了村党组织书记和村委主任一肩挑的做法。 | 和村委
            专家们齐聚闫家庄卫生院开展义诊。 | 齐聚闫
            """)
    void notPersons(String text, String not) {
        List<String> got = entities(run(text), EntityType.Person);
        for (String p : expected(not)) assertFalse(got.contains(p), () -> p + " wrongly in " + got);
    }

    @ParameterizedTest(name = "three-character names: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            队长孙立安擦了擦汗。这些年孙立安一直在村里。 | 孙立安
            """)
    void fullNames(String text, String persons) {
        List<String> got = entities(run(text), EntityType.Person);
        for (String p : expected(persons)) assertTrue(got.contains(p), () -> p + " not in " + got);
        assertFalse(got.contains("孙立"), () -> "孙立 in " + got);
    }

    @ParameterizedTest(name = "a modal or adverb after a name is no part of it: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            张明能吃苦，曾在部队服役。 | 张明 | 张明能
            王芳曾在县医院工作多年。 | 王芳 | 王芳曾
            # the three characters standing alone elsewhere in the text: a real name ending in 能
            党支部书记赵国能，1975年生。赵国能也参加了培训。 | 赵国能 | 赵国
            """)
    void predicateOpeners(String text, String person, String not) {
        List<String> got = entities(run(text), EntityType.Person);
        assertTrue(got.contains(person), () -> person + " not in " + got);
        assertFalse(got.contains(not), () -> not + " in " + got);
    }

    @ParameterizedTest(name = "villages missing from the gazetteer, landform names: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            扶贫干部来到城关镇李家洼了解苹果销售情况。 | 城关镇:Township; 李家洼:Village
            合作社设在红星乡王家坪养殖小区旁边。 | 王家坪:Village
            周末不少市民到立夏河森林公园踏青。 | 立夏河森林公园:ScenicSpot
            画家用三年时间描绘吕梁山水之美。 | 吕梁:Other
            """)
    void villagesAndLandforms(String text, String places) {
        List<String> got = entities(run(text), EntityType.Place);
        for (String p : expected(places)) assertTrue(got.contains(p), () -> p + " not in " + got);
    }

    @ParameterizedTest(name = "persons by address and rare surnames: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            “陈朗老师，这道题该怎么解？”同学们围了上来。 | 陈朗
            县委常委、宣传部部长翦明出席开幕式。 | 翦明
            """)
    void addressedAndRareSurnames(String text, String persons) {
        List<String> got = entities(run(text), EntityType.Person);
        for (String p : expected(persons)) assertTrue(got.contains(p), () -> p + " not in " + got);
    }

    /** Kind 5: a name HanLP left untagged before a verb of taking a post, or in an apposition with a post title. */
    @ParameterizedTest(name = "clause names: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            李华明当选为县人大常委会主任。 | 李华明
            王丽，县妇联主席，出席了活动。 | 王丽
            会上，张建军，县教育局局长，作了发言。 | 张建军
            """)
    void clauseNames(String text, String person) {
        List<String> got = entities(run(text), EntityType.Person).stream().map(s -> s.replaceAll(":.*", "")).toList();
        assertTrue(got.contains(person), () -> person + " not in " + got);
    }

    /** Negative: a place or a pronoun before 当选, a clause without a name before the title clause. */
    @ParameterizedTest(name = "no clause names: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            张家口当选为全国文明城市。 | 张家口
            他当选为县人大代表。 | 他当
            同时，县妇联主席出席了活动。 | 同时
            """)
    void noClauseNames(String text, String not) {
        List<String> got = entities(run(text), EntityType.Person).stream().map(s -> s.replaceAll(":.*", "")).toList();
        assertFalse(got.contains(not), () -> not + " wrongly in " + got);
    }
}
