package org.newskg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.ExtractRulesTest.assertFound;
import static org.newskg.extract.ExtractRulesTest.assertNotMentioned;
import static org.newskg.extract.ExtractRulesTest.expected;
import static org.newskg.extract.ExtractRulesTest.run;

/**
 * Patterns of papers outside Shanxi (sentences written for these tests in the style of Guangdong, Zhejiang, Henan and
 * Gansu local news): credits with a slash, committees of autonomous prefectures and counties written short, a township
 * glued to its head's title, democratic-party 委会, village names HanLP reads as persons, titles shared along a list.
 */
class ProvincialPatternsTest {

    @ParameterizedTest(name = "bylines: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            南方日报讯 (记者/李明辉 通讯员/陈小娟)12月1日，社区举办邻里节。 | 李明辉/reporter; 陈小娟/correspondent
            本报讯（记者｜王晓东）近日，全市秋粮收购进度过半。 | 王晓东/reporter
            """)
    void bylines(String text, String rows) {
        List<String> got = run(text).bylines().stream().map(b -> b.person() + "/" + b.role().name().toLowerCase()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    @ParameterizedTest(name = "places: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # HanLP glues the township's ending to its head's title (王店/nr 乡乡/q 长/a)
            王店乡乡长李军陪同调研。 | 王店乡:Township
            # autonomous prefectures and counties written with their one-character ending
            专家团队走进临夏州东乡县开展巡回医疗。 | 临夏州:City; 东乡县:County
            """)
    void places(String text, String places) {
        assertFound(text, EntityType.Place, places);
    }

    @ParameterizedTest(name = "orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            民盟嘉兴市委会主委沈建华出席会议。 | 民盟嘉兴市委会:PartyOrganization
            桂城街道党工委副书记何志坚、夏西社区党委书记梁国强出席活动。 | 夏西社区党委:PartyOrganization
            """)
    void orgs(String text, String orgs) {
        assertFound(text, EntityType.Organization, orgs);
    }

    @ParameterizedTest(name = "not mentioned: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a village name read as a person's (夏西/nr 社区/n), and a title taken for a committee's ending (主委)
            桂城街道党工委副书记何志坚、夏西社区党委书记梁国强出席活动。 | 夏西
            民盟嘉兴市委会主委沈建华出席会议。 | 盟嘉兴市委会主委; 民盟嘉兴市委
            # a doubled 镇 with no head's title after it names no township
            全县镇镇建有综合文化站。 | 全县镇
            """)
    void notMentioned(String text, String not) {
        assertNotMentioned(text, not);
    }

    @ParameterizedTest(name = "positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            民盟嘉兴市委会主委沈建华，副主委王立群、徐红出席会议。 | 沈建华/主委/民盟嘉兴市委会; 王立群/副主委/民盟嘉兴市委会; 徐红/副主委/民盟嘉兴市委会
            县人民医院副院长张伟、李强、赵敏参加义诊。 | 张伟/副院长/县人民医院; 李强/副院长/县人民医院; 赵敏/副院长/县人民医院
            """)
    void positions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    @ParameterizedTest(name = "no positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a head's title is one person's: the name after it holds no post here
            县人民医院院长张伟、李强等参加义诊。 | 李强/院长/县人民医院
            """)
    void noPositions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertFalse(got.contains(r), () -> r + " wrongly in " + got);
    }
}
