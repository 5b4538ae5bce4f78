package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.gazetteer.ReferenceData;
import org.newskg.ingest.Article;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.IngestConfig;
import org.newskg.ingest.PageEvidence;

/** The home region inferred from a page when none is given, and --home winning over it. */
class HomeInferenceTest {
    private static final ReferenceData REF = ReferenceData.bundled();
    private static final DefaultLinker PLAIN = new DefaultLinker(LinkerConfig.defaults(), REF);
    private static final String BUREAU = "市人社局";

    /**
     * A page of three articles; {@code {head}} is the page header, {@code {first}} the first article's body. Only
     * the header or the first article names the city; the second names no place; the third says 市人社局.
     */
    static String page(String head, String first) {
        return (head.isEmpty() ? "" : head.replace("/", "\n") + "\n\n")
                + "春季招聘会举行\n"
                + first + "\n\n"
                + "高标准农田建设稳步推进\n"
                + "本报讯（记者 王芳）今年以来，各地加大投入，新建高标准农田5万亩，带动农民增收。\n\n"
                + "就业服务送到家门口\n"
                + "本报讯（记者 赵刚）近日，" + BUREAU + "组织工作人员走进社区，为居民提供政策咨询和岗位推荐服务。\n";
    }

    static List<Article> read(String page, String source) {
        return new CorpusReader(new IngestConfig(source, null)).pageArticles("p-20250312", page, "p-20250312.txt");
    }

    /** The third article linked with a hand-made extraction: its one organisation 市人社局. */
    static LinkedArticle linkBureau(DefaultLinker linker, Article a) {
        int at = a.text().indexOf(BUREAU);
        assertTrue(at >= 0, a.text());
        Extraction x = new Extraction(List.of(new Mention(BUREAU, EntityType.Organization, null, at, at + BUREAU.length())),
                List.of(), List.of(), List.of());
        return linker.link(a, x);
    }

    static Article third(List<Article> articles) {
        assertEquals(3, articles.size(), () -> "three articles: " + articles);
        Article a = articles.get(2);
        assertFalse(a.text().contains("长治") || a.text().contains("晋城"), "the third article names no city: " + a.text());
        return a;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            masthead only         | 长治日报/2025年3月12日 星期三 | 本报讯（记者 李明）3月10日，春季大型招聘会在体育中心举行，200余家企业参会。       | 长治市 | 140400 | paper name 长治日报
            first article only    |                               | 本报讯（记者 李明）3月10日，长治市春季大型招聘会举行，长治市各县区200余家企业参会。 | 长治市 | 140400 | 2 of 2 place names
            dateline only         |                               | 本报长治讯（记者 李明）3月10日，春季大型招聘会在体育中心举行，200余家企业参会。   | 长治市 | 140400 | dateline 长治讯
            another city's paper  | 晋城日报                      | 本报讯（记者 李明）3月10日，晋城市春季大型招聘会举行，200余家企业参会。           | 晋城市 | 140500 | paper name 晋城日报; 1 of 1 place names
            """)
    void withoutFlagsTheBureauIsTheCitysOfThePage(String name, String head, String first, String city, String code,
                                                  String evidence) {
        Article a = third(read(page(head == null ? "" : head, first), null));
        LinkedArticle linked = linkBureau(PLAIN, a);
        // the same key as the linker gives with --home of that city
        DefaultLinker withHome = new DefaultLinker(new LinkerConfig(city), REF);
        String expected = linkBureau(withHome, a).mentionKeys().get(0);
        assertEquals("org/" + city + "人力资源和社会保障局", expected);
        assertEquals(expected, linked.mentionKeys().get(0));
        HomeRegion home = linked.home();
        assertNotNull(home, "a home region is inferred");
        assertEquals(code, home.division().code());
        assertTrue(home.inferred());
        assertEquals(evidence, home.evidence());
        assertTrue(linked.divisions().stream().anyMatch(d -> d.code().equals(code)), "the home division is described");
    }

    @Test
    void anArticleAboutACountyOfAnotherCityKeepsItsCounty() {
        String page = "长治日报\n\n春季招聘会举行\n本报讯（记者 李明）长治市春季大型招聘会举行，长治市200余家企业参会。\n\n"
                + "观摩学习\n本报讯（记者 赵刚）近日，平定县考察团来访，县委组织部负责人介绍了平定县的做法。\n";
        List<Article> articles = read(page, null);
        Article a = articles.get(articles.size() - 1);
        String text = a.text();
        List<Mention> ms = new java.util.ArrayList<>();
        for (String[] m : new String[][] {{"平定县", "Place", "County"}, {"县委组织部", "Organization", null}}) {
            for (int at = text.indexOf(m[0]); at >= 0; at = text.indexOf(m[0], at + 1))
                ms.add(new Mention(m[0], EntityType.valueOf(m[1]), m[2], at, at + m[0].length()));
        }
        ms.sort(java.util.Comparator.comparingInt(Mention::start));
        LinkedArticle linked = PLAIN.link(a, new Extraction(ms, List.of(), List.of(), List.of()));
        assertEquals("140400", linked.home().division().code(), "the page's home is 长治市");
        String org = linked.mentionKeys().get(ms.indexOf(ms.stream().filter(m -> m.type() == EntityType.Organization).findFirst().orElseThrow()));
        assertEquals("org/中共平定县委员会组织部", org, "the county level still comes from the article's own places");
    }

    @Test
    void givenHomeWinsOverThePage() {
        Article a = third(read(page("长治日报", "本报长治讯（记者 李明）长治市春季大型招聘会举行，长治市200余家企业参会。"), null));
        LinkedArticle linked = linkBureau(new DefaultLinker(new LinkerConfig("晋城市"), REF), a);
        assertEquals("org/晋城市人力资源和社会保障局", linked.mentionKeys().get(0));
        assertEquals("140500", linked.home().division().code());
        assertFalse(linked.home().inferred());
        assertEquals("given", linked.home().evidence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two cities equally           | 本报讯（记者 李明）长治市与晋城市联合举办春季招聘会，长治市、晋城市200余家企业参会。
            one place name written once  | 本报讯（记者 李明）春季招聘会在长治市举行，200余家企业参会。
            a province only              | 本报讯（记者 李明）山西省春季招聘会举行，山西省200余家企业参会。
            """)
    void noClearHomeNoGuess(String name, String first) {
        Article a = third(read(page("", first), null));
        LinkedArticle linked = linkBureau(PLAIN, a);
        assertNull(linked.home(), () -> "no home: " + linked.home());
        assertEquals("org/" + BUREAU, linked.mentionKeys().get(0));
    }

    @Test
    void twoPapersOfTwoCitiesEquallyInferNothing() {
        Article a = third(read(page("长治日报/晋城日报", "本报讯（记者 李明）春季大型招聘会举行，200余家企业参会。"), null));
        assertNull(linkBureau(PLAIN, a).home());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            光明日报 | 据光明日报报道，春季大型招聘会举行。据光明日报消息，200余家企业参会。
            解放日报 | 据解放日报报道，春季大型招聘会举行。据解放日报消息，200余家企业参会。
            新民晚报 | 据新民晚报报道，春季大型招聘会举行。据新民晚报消息，200余家企业参会。
            矿区     | 本报讯 春季大型招聘会在矿区举行，矿区200余家企业参会。
            """)
    void outletsAndNounsThatOnlyLookLikeAPlaceVoteForNothing(String name, String first) {
        Article a = third(read(page("", first), null));
        assertNull(linkBureau(PLAIN, a).home(), name);
    }

    @Test
    void aSourceNameCountsAsThePapersName() {
        Article a = third(read(page("", "本报讯（记者 李明）春季大型招聘会举行，200余家企业参会。"), "长治日报"));
        LinkedArticle linked = linkBureau(PLAIN, a);
        assertEquals("org/长治市人力资源和社会保障局", linked.mentionKeys().get(0));
        assertEquals("source name 长治日报", linked.home().evidence());
    }

    @Test
    void everyArticleOfAPageCarriesThePagesEvidence() {
        List<Article> articles = read(page("长治日报", "本报长治讯（记者 李明）长治市春季大型招聘会举行。"), null);
        PageEvidence e = articles.get(0).page();
        assertNotNull(e);
        for (Article a : articles) assertEquals(e, a.page());
        assertEquals(List.of("长治日报"), e.papers());
        assertTrue(e.datelines().contains("本报长治"), e.datelines().toString());
        assertTrue(e.placeNames().contains("长治市"), e.placeNames().toString());
    }

    @Test
    void anArticleReadAloneIsItsOwnEvidence() {
        String text = "本报讯 长治市春季招聘会举行，长治市200余家企业参会。" + BUREAU + "现场发布岗位信息。";
        LinkedArticle linked = linkBureau(PLAIN, Article.of("alone", text));
        assertEquals("org/长治市人力资源和社会保障局", linked.mentionKeys().get(0));
        assertTrue(linked.home().inferred());
    }
}
