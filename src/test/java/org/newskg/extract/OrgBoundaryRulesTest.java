package org.newskg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.ExtractRulesTest.assertFound;
import static org.newskg.extract.ExtractRulesTest.assertNotMentioned;
import static org.newskg.extract.ExtractRulesTest.entities;
import static org.newskg.extract.ExtractRulesTest.expected;
import static org.newskg.extract.ExtractRulesTest.run;

/**
 * Organisation boundaries and generic descriptions (sentences written for these tests): names joined by ·, trade
 * names HanLP cut into single characters, verbs of motion glued in front, townships before village committees,
 * short forms of agencies, 中央 in a list of committees; descriptions such as 定点医院 or 农业政策性银行 rejected by
 * grammar; posts with chief-specialist titles.
 */
class OrgBoundaryRulesTest {

    @ParameterizedTest(name = "orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            晋城市第二人民医院阳城分院·阳城县人民医院派出医疗队。 | 晋城市第二人民医院阳城分院:Hospital; 阳城县人民医院:Hospital
            专家们来到黔东南州人民医院·凯里市第一人民医院开展会诊。 | 凯里市第一人民医院:Hospital
            代表团参观了赣上果集团宏达种植专业合作社的果园。 | 赣上果集团宏达种植专业合作社:Company
            伤者被紧急转往吕梁市人民医院抢救。 | 吕梁市人民医院:Hospital
            孩子随后被送往太原市儿童医院治疗。 | 太原市儿童医院:Hospital
            # the words before a verb further in are the clause, not the name (患者/n 转往/nz 山西省…)
            长治市潞州区的患者转往山西省人民医院救治。 | 山西省人民医院:Hospital
            村里的孩子考入运城市第一中学读书。 | 运城市第一中学:School
            年轻医生要主动向市人民医院的专家请教。 | 市人民医院:Hospital
            平定县委宣传部近日印发通知。 | 平定县委宣传部:PartyOrganization
            工作组走进灵丘县红石塄乡上北泉村委会，了解群众诉求。 | 上北泉村委会:Other
            市编办负责同志介绍了机构设置情况。 | 市编办
            全县上下认真传达中央、省委、市委关于春耕的部署。 | 中央:PartyOrganization; 省委:PartyOrganization; 市委:PartyOrganization
            """)
    void orgs(String text, String orgs) {
        assertFound(text, EntityType.Organization, orgs);
    }

    @ParameterizedTest(name = "not orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            晋城市第二人民医院阳城分院·阳城县人民医院派出医疗队。 | 晋城市第二人民医院阳城分院·阳城县人民医院
            伤者被紧急转往吕梁市人民医院抢救。 | 转往吕梁市人民医院
            年轻医生要主动向市人民医院的专家请教。 | 向市人民医院
            工作组走进灵丘县红石塄乡上北泉村委会，了解群众诉求。 | 红石塄乡上北泉村委会
            该院被确定为省级定点医院，多家受援医院派人进修。 | 定点医院; 受援医院; 省级定点医院
            这家银行是服务乡村振兴的农业政策性银行。 | 农业政策性银行
            她所在的医院是全省骨科联盟协作医院。 | 全省骨科联盟协作医院
            # a bare media kind is no outlet
            他大学毕业后在电视台工作了五年。 | 电视台
            中央厨房项目落地后，县委高度重视。 | 中央
            """)
    void notOrgs(String text, String not) {
        assertNotMentioned(text, not);
    }

    @ParameterizedTest(name = "positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            省农业农村厅总农艺师宋建华一行来到示范田。 | 宋建华/总农艺师/省农业农村厅
            """)
    void positions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    /** Kind 4: a verb of taking a post glued to the level character (出/v 任县/ns) makes no place 任县. */
    @ParameterizedTest(name = "post verb before a level character: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            王建国出任县交通运输局局长。 | 县交通运输局 | 任县
            刘芳现任市生态环境局副局长。 | 市生态环境局 | 任市
            孙浩兼任县农业农村局局长一职。 | 县农业农村局 | 任县
            李明任县财政局局长。 | 县财政局 | 任县
            """)
    void postVerbGlued(String text, String org, String notPlace) {
        Extraction x = run(text);
        List<String> orgs = entities(x, EntityType.Organization).stream().map(s -> s.replaceAll(":.*", "")).toList();
        assertTrue(orgs.contains(org), () -> org + " not in " + orgs);
        List<String> got = x.mentions().stream().map(Mention::text).toList();
        assertFalse(got.contains(notPlace), () -> notPlace + " wrongly in " + got);
    }

    /** Negative: the county 任县 written after the whole verb, or opening the sentence, stays a place or its agency. */
    @ParameterizedTest(name = "任县 stays: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            王建国出任任县县长。 | 任县
            任县财政局局长王某介绍了预算情况。 | 任县财政局
            """)
    void realCountyStays(String text, String mention) {
        List<String> got = run(text).mentions().stream().map(Mention::text).toList();
        assertTrue(got.contains(mention), () -> mention + " not in " + got);
    }

    /** Kind 1 (guideline 13): a sub-unit named with a quarter (城南/f) after its parent is one span. */
    @ParameterizedTest(name = "sub-unit after its parent: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            长兴县公安局城南派出所民警赶到现场。 | 长兴县公安局城南派出所
            县公安局城北派出所民警迅速出警。 | 县公安局城北派出所
            市中级人民法院城东法庭开庭审理此案。 | 市中级人民法院城东法庭
            县公安局交警大队开展夜查行动。 | 县公安局交警大队
            """)
    void subUnits(String text, String org) {
        List<String> orgs = entities(run(text), EntityType.Organization).stream().map(s -> s.replaceAll(":.*", "")).toList();
        assertTrue(orgs.contains(org), () -> org + " not in " + orgs);
    }

    /** Negative: a position word (东部) or a comma between is no quarter's name; the parent stays alone. */
    @ParameterizedTest(name = "no sub-unit: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            民警从县公安局赶到城南，派出所随即增派警力。 | 县公安局 | 县公安局城南
            县公安局东部片区派出所民警走访群众。 | 县公安局 | 县公安局东部片区派出所
            """)
    void noSubUnit(String text, String org, String not) {
        List<String> orgs = entities(run(text), EntityType.Organization).stream().map(s -> s.replaceAll(":.*", "")).toList();
        assertTrue(orgs.contains(org), () -> org + " not in " + orgs);
        assertFalse(orgs.stream().anyMatch(o -> o.startsWith(not)), () -> not + "… wrongly in " + orgs);
    }

    /** Kind 2: a development zone before its body keeps its name (not 区党工委, not a person 经开区). */
    @ParameterizedTest(name = "zone bodies: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            高新区党工委书记张三主持会议。 | 高新区党工委 | 张三/书记/高新区党工委
            经开区管委会主任李四讲话。 | 经开区管委会 | 李四/主任/经开区管委会
            长治高新区管委会召开项目推进会。 | 长治高新区管委会 |
            """)
    void zoneBodies(String text, String org, String row) {
        Extraction x = run(text);
        List<String> orgs = entities(x, EntityType.Organization).stream().map(s -> s.replaceAll(":.*", "")).toList();
        assertTrue(orgs.contains(org), () -> org + " not in " + orgs);
        List<String> got = x.positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        if (row != null) assertTrue(got.contains(row), () -> row + " not in " + got);
    }

    /** Negative: 全区 is a count of the district, not a zone's name; a bare 区党工委 stays so. */
    @ParameterizedTest(name = "no zone: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            全区党工委书记参加培训。 | 全区党工委
            区党工委召开专题会议。 | 高新区党工委
            """)
    void noZone(String text, String not) {
        List<String> got = run(text).mentions().stream().map(Mention::text).toList();
        assertFalse(got.contains(not), () -> not + " wrongly in " + got);
    }

    /** Kind 4 with the lone verb 任 after a name: the person and the post are found too. */
    @ParameterizedTest(name = "lone 任: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            李明任县财政局局长。 | 李明/局长/县财政局
            """)
    void loneRen(String text, String row) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        assertTrue(got.contains(row), () -> row + " not in " + got);
    }
}
