package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.Byline;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.extract.PartOf;
import org.newskg.extract.Position;
import org.newskg.ingest.Article;

class DefaultLinkerTest {
    private static final DefaultLinker PLAIN = new DefaultLinker(LinkerConfig.defaults(), org.newskg.gazetteer.ReferenceData.bundled());
    private static final DefaultLinker CHANGZHI = new DefaultLinker(new LinkerConfig("长治市"), org.newskg.gazetteer.ReferenceData.bundled());

    /** Builds an extraction by hand: each spec is "text:Type[:Subtype]", found in order in the text. */
    private static Extraction mentions(String text, String... specs) {
        List<Mention> ms = new ArrayList<>();
        int from = 0;
        for (String spec : specs) {
            String[] f = spec.split(":");
            int at = text.indexOf(f[0], from);
            if (at < 0) at = text.indexOf(f[0]);
            if (at < 0) throw new IllegalArgumentException(f[0] + " not in " + text);
            ms.add(new Mention(f[0], EntityType.valueOf(f[1]), f.length > 2 ? f[2] : null, at, at + f[0].length()));
            from = at + f[0].length();
        }
        return new Extraction(ms, List.of(), List.of(), List.of());
    }

    private static String key(LinkedArticle a, String text) {
        for (int i = 0; i < a.extraction().mentions().size(); i++)
            if (a.extraction().mentions().get(i).text().equals(text)) return a.mentionKeys().get(i);
        throw new AssertionError(text + " is not a mention");
    }

    private static Entity entity(LinkedArticle a, String text) {
        return a.entities().get(key(a, text));
    }

    /** A village written without 村 after its township: the township's only child X村 (X alone names a 刘庄镇 elsewhere). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            北京市通州区永顺镇刘庄的菜农一早就把菜送进了城。 | 刘庄 | 110112120204
            北京市通州区永顺镇张王庄今年新修了两条路。       | 张王庄 |
            """)
    void villageWithoutSuffixUnderItsTownship(String text, String village, String code) {
        Extraction base = mentions(text, "北京市:Place:Province", "通州区:Place:County", "永顺镇:Place:Township", village + ":Place:Village");
        Extraction x = new Extraction(base.mentions(), List.of(), List.of(new PartOf("通州区", "北京市", 3, 0),
                new PartOf("永顺镇", "通州区", 6, 3), new PartOf(village, "永顺镇", 9, 6)), List.of());
        LinkedArticle a = PLAIN.link(Article.of("v1", text), x);
        assertEquals("110112120", entity(a, "永顺镇").code());
        assertEquals(code, entity(a, village).code());
    }

    @Test
    void placeChainGetsCodesAncestorsAndPartOf() {
        String text = "在平顺县北社乡东青北村，村民正在采摘连翘。";
        Extraction base = mentions(text, "平顺县:Place:County", "北社乡:Place:Township", "东青北村:Place:Village");
        Extraction x = new Extraction(base.mentions(), List.of(),
                List.of(new PartOf("北社乡", "平顺县", 4, 1), new PartOf("东青北村", "北社乡", 7, 4)), List.of());
        LinkedArticle a = PLAIN.link(Article.of("a1", text), x);
        assertEquals(List.of("place/140425", "place/140425206", "place/140425206216"), a.mentionKeys());
        assertEquals("140425206216", entity(a, "东青北村").code());
        assertEquals("Village", entity(a, "东青北村").subtype());
        assertEquals(List.of(Map.entry("place/140425206", "place/140425"), Map.entry("place/140425206216", "place/140425206")),
                a.partOf());
        assertEquals(List.of("140000", "140400", "140425", "140425206", "140425206216"),
                a.divisions().stream().map(Division::code).toList());
        Division village = a.divisions().get(4);
        assertEquals("Village", village.level());
        assertEquals("140425206", village.parentCode());
        assertNull(a.divisions().get(0).parentCode());
    }

    @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            本报壶关讯 龙泉镇今年新建蔬菜大棚200座。          | 龙泉镇 | 140427100 | plain
            龙泉镇今年新建蔬菜大棚200座。                      | 龙泉镇 | 140427100 | changzhi
            龙泉镇今年新建蔬菜大棚200座。                      | 龙泉镇 |           | plain
            黄河新闻网长治讯 10月27日，潞城特色产品展在京开幕。 | 潞城   | 140406    | plain
            临汾市曲沃縣開展安全生產大檢查。                   | 曲沃縣 | 141021    | plain
            来自北京、省内的15名专家开展义诊。                 | 北京   | 110000    | plain
            吉林的冰雪旅游持续升温。                            | 吉林   |           | plain
            潞城区黄牛蹄乡青口村的村民种植了中药材。           | 青口村 |           | plain
            """)
    void placesAreResolvedFromContextOrLeftUnlinked(String text, String place, String code, String linker) {
        DefaultLinker l = linker.equals("changzhi") ? CHANGZHI : PLAIN;
        List<String> specs = new ArrayList<>();
        for (String p : List.of("临汾市", "潞城区", "黄牛蹄乡")) if (text.contains(p)) specs.add(p + ":Place");
        specs.add(place + ":Place");
        DefaultLinker.Result r = l.resolve(Article.of("a", text), mentions(text, specs.toArray(String[]::new)));
        PlaceResolution res = r.places().stream().filter(p -> p.text().equals(place)).findFirst().orElseThrow();
        Entity e = entity(r.linked(), place);
        if (code == null) {
            assertFalse(res.linked(), res.toString());
            assertEquals("place/" + place, e.key());
            assertNull(e.code());
            assertTrue(res.candidates().size() > 1, "unresolved names keep their candidates: " + res);
        } else {
            assertEquals(code, e.code(), res.toString());
            assertEquals("place/" + code, e.key());
        }
    }

    @ParameterizedTest(name = "{2} in \"{0}\" -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            潞城区史回村、贾村等村发展小杂粮种植。     | 潞城区:Place:County 史回村:Place:Village 贾村:Place:Township | 贾村 | 140406003201
            长治市各项惠民政策落实到位。               | 长治市:Place:City 惠民:Place:County                          | 惠民 |
            惠民的冬枣远近闻名。                       | 惠民:Place:County                                            | 惠民 | 371621
            来自北京、省内的15名专家来到长治开展义诊。 | 北京:Place:Province 长治:Place:City                          | 北京 | 110000
            微子镇漫流河的村民种上了连翘。             | 微子镇:Place:Township 漫流河:Place:Village                   | 漫流河 | 140406101218
            漫流河的村民种上了连翘。                   | 漫流河:Place:Village                                         | 漫流河 |
            """)
    void subtypeIsAHintAndBareCountyShortFormsNeedContext(String text, String specs, String place, String code) {
        LinkedArticle a = PLAIN.link(Article.of("a", text), mentions(text, specs.split(" ")));
        assertEquals(code, entity(a, place).code());
    }

    @Test
    void homeRegionMustBeOneDivision() {
        assertEquals("140400", new DefaultLinker(new LinkerConfig("1404"), org.newskg.gazetteer.ReferenceData.bundled()).link(Article.of("a", "王芳说。"),
                mentions("王芳说。", "王芳:Person")).mentionKeys().get(0).substring("person/王芳/".length()));
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.newskg.InvalidInputException.class,
                () -> new DefaultLinker(new LinkerConfig("吉林"), org.newskg.gazetteer.ReferenceData.bundled()));
        assertTrue(e.getMessage().contains("吉林"));
    }

    @Test
    void nonAdministrativePlacesAreNotLinked() {
        String text = "游客在八泉峡景区欣赏红叶。";
        LinkedArticle a = PLAIN.link(Article.of("a", text), mentions(text, "八泉峡景区:Place:ScenicSpot"));
        assertEquals("place/八泉峡景区", a.mentionKeys().get(0));
        assertEquals("ScenicSpot", entity(a, "八泉峡景区").subtype());
        assertTrue(a.divisions().isEmpty());
    }

    @Test
    void shortVillageNameNextToItsFullName() {
        String text = "付中权来到西合营镇海子洼村，察看海子洼香瓜种植情况。";
        LinkedArticle a = PLAIN.link(Article.of("a", text),
                mentions(text, "西合营镇:Place:Township", "海子洼村:Place:Village", "海子洼:Place:Village"));
        assertEquals("130726102218", entity(a, "海子洼").code());
        assertEquals(key(a, "海子洼村"), key(a, "海子洼"));
        assertEquals(java.util.Set.of("海子洼"), entity(a, "海子洼").altLabels());
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            市人社局联合长治幼儿师范高等专科学校举办招聘会。 | 市人社局         | 长治市人力资源和社会保障局 | GovernmentAgency
            省卫健委专家组到长治调研。                       | 省卫健委         | 山西省卫生健康委员会       | GovernmentAgency
            交行长治分行为企业发放贷款。                     | 交行长治分行     | 交通银行长治分行           | Bank
            壶关县文旅局局长郭志毅介绍了景区情况。           | 壶关县文旅局     | 壶关县文化和旅游局         | GovernmentAgency
            市委宣传部组织开展理论宣讲。                     | 市委宣传部       | 中共长治市委员会宣传部     | PartyOrganization
            """)
    void organisationsGetCanonicalNames(String text, String org, String canonical, String subtype) {
        LinkedArticle a = CHANGZHI.link(Article.of("a", text), mentions(text, org + ":Organization"));
        Entity e = entity(a, org);
        assertEquals("org/" + canonical, e.key());
        assertEquals(canonical, e.label());
        assertEquals(subtype, e.subtype());
        assertTrue(e.altLabels().contains(org));
    }

    @Test
    void levelPrefixWithoutAKnownRegionStaysAsWritten() {
        String text = "市人社局举办招聘会。";
        LinkedArticle a = PLAIN.link(Article.of("a", text), mentions(text, "市人社局:Organization"));
        assertEquals("org/市人社局", a.mentionKeys().get(0));
    }

    @Test
    void shortOrganisationNameTakesTheFullNameOfTheArticle() {
        String text = "长治医学院附属和平医院血液科主任徐良介绍，和平医院今年完成移植手术30例。";
        LinkedArticle a = PLAIN.link(Article.of("a", text),
                mentions(text, "长治医学院附属和平医院:Organization:Hospital", "徐良:Person", "和平医院:Organization:Hospital"));
        assertEquals("org/长治医学院附属和平医院", key(a, "和平医院"));
        assertEquals(key(a, "长治医学院附属和平医院"), key(a, "和平医院"));
    }

    @Test
    void sameCanonicalOrganisationInTwoArticlesGetsOneKey() {
        String t1 = "壶关县文旅局局长郭志毅介绍了景区情况。";
        String t2 = "壶关县文化和旅游局举办红叶节。";
        LinkedArticle a1 = PLAIN.link(Article.of("a1", t1), mentions(t1, "壶关县文旅局:Organization"));
        LinkedArticle a2 = PLAIN.link(Article.of("a2", t2), mentions(t2, "壶关县文化和旅游局:Organization"));
        assertEquals(a1.mentionKeys().get(0), a2.mentionKeys().get(0));
    }

    @Test
    void personsKeyedByTheirPostAndNeverMergedAcrossContexts() {
        String t1 = "壶关县文旅局局长郭志毅介绍了景区情况。";
        Extraction x1 = withPositions(mentions(t1, "壶关县文旅局:Organization", "郭志毅:Person"),
                new Position("郭志毅", "局长", "壶关县文旅局", 0, 11));
        String t2 = "壶关县文化和旅游局局长郭志毅出席活动。";
        Extraction x2 = withPositions(mentions(t2, "壶关县文化和旅游局:Organization", "郭志毅:Person"),
                new Position("郭志毅", "局长", "壶关县文化和旅游局", 0, 14));
        String t3 = "平顺县农业农村局局长郭志毅察看连翘长势。";
        Extraction x3 = withPositions(mentions(t3, "平顺县农业农村局:Organization", "郭志毅:Person"),
                new Position("郭志毅", "局长", "平顺县农业农村局", 0, 13));
        LinkedArticle a1 = PLAIN.link(Article.of("a1", t1), x1);
        LinkedArticle a2 = PLAIN.link(Article.of("a2", t2), x2);
        LinkedArticle a3 = PLAIN.link(Article.of("a3", t3), x3);
        String k1 = key(a1, "郭志毅"), k2 = key(a2, "郭志毅"), k3 = key(a3, "郭志毅");
        assertEquals("person/郭志毅/壶关县文化和旅游局", k1);
        assertEquals(k1, k2, "same name, same organisation");
        assertNotEquals(k1, k3, "same name, other organisation");
        assertEquals(new LinkedPosition(k1, "局长", "org/壶关县文化和旅游局", 0, 11), a1.positions().get(0));
        var pairs = PersonKeys.possiblySame(k3, List.of(k1, "person/王芳/140400"));
        assertEquals(1, pairs.size());
        assertEquals(k1, pairs.get(0).keyB());
        assertTrue(pairs.get(0).evidence().contains("郭志毅"));
    }

    @Test
    void personWithoutContextIsScopedToTheArticle() {
        String text = "王芳说，今年的收成不错。";
        LinkedArticle a = PLAIN.link(Article.of("a9", text), mentions(text, "王芳:Person"));
        assertEquals("person/王芳/article:a9", a.mentionKeys().get(0));
        LinkedArticle b = CHANGZHI.link(Article.of("a10", text), mentions(text, "王芳:Person"));
        assertEquals("person/王芳/140400", b.mentionKeys().get(0));
    }

    @Test
    void bylinePersonsAreKeyedByTheSource() {
        String text = "本报记者 潘银丽";
        Extraction base = mentions(text, "潘银丽:Person");
        Extraction x = new Extraction(base.mentions(), List.of(), List.of(), List.of(new Byline("潘银丽", Byline.Role.reporter, 5)));
        Article art = new Article("p1", "p1", null, null, "长治日报", null, text, text, null, 0);
        LinkedArticle a = PLAIN.link(art, x);
        assertEquals("person/潘银丽/长治日报", a.mentionKeys().get(0));
    }

    private static Extraction withPositions(Extraction x, Position... positions) {
        return new Extraction(x.mentions(), List.of(positions), x.partOf(), x.bylines());
    }
}
