package org.newskg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.InvalidInputException;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.loadDefault();

    @Test
    void holdsEveryLevelOfTheSourceData() {
        for (Level l : Level.values())
            assertTrue(StreamSupport.stream(G.names(l).spliterator(), false).findAny().isPresent(), "names of " + l);
        // 34 provinces (31 + HK, MO, TW), 333 prefectures (pseudo-prefectures 市辖区 etc. dropped),
        // 2,975 counties (3 duplicates of county-less cities dropped), 41,352 townships, 620,573 villages
        assertEquals(34 + 333 + 2975 + 41352 + 620573, G.size());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            长治市      | 140400       | 长治市   | CITY
            山西省      | 140000       | 山西省   | PROVINCE
            上党区      | 140404       | 上党区   | COUNTY
            长治县      | 140404       | 上党区   | COUNTY
            潞城市      | 140406       | 潞城区   | COUNTY
            北社乡      | 140425206    | 北社乡   | TOWNSHIP
            东青北村    | 140425206216 | 东青北村 | VILLAGE
            曲沃縣      | 141021       | 曲沃县   | COUNTY
            堯都區      | 141002       | 尧都区   | COUNTY
            """)
    void findsOfficialOldAndTraditionalNames(String name, String code, String official, Level level) {
        var hit = G.byName(name).stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        assertEquals(official, hit.name());
        assertEquals(level, hit.level());
    }

    @ParameterizedTest(name = "{0} short for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            长治   | 140400
            潞城   | 140406
            山西   | 140000
            上党   | 140404
            北京   | 110000
            新疆   | 650000
            广西   | 450000
            内蒙古 | 150000
            大厂   | 131028
            荫城   | 140404102
            坞城   | 140105001
            来凤   | 422827
            """)
    void shortFormsStripTheLevelSuffix(String shortForm, String code) {
        assertTrue(G.byName(shortForm).stream().anyMatch(d -> d.code().equals(code)), shortForm);
        assertTrue(G.isShortForm(shortForm), shortForm);
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            临夏州   | 622900
            恩施州   | 422800
            东乡县   | 622926
            积石山县 | 622927
            来凤县   | 422827
            """)
    void autonomousDivisionsAreFoundByTheShortNameWithTheLevelEnding(String name, String code) {
        assertTrue(G.byName(name).stream().anyMatch(d -> d.code().equals(code)), name);
        assertFalse(G.isShortForm(name), name + " names the division as fully as its official name");
    }

    @Test
    void noOneCharacterShortFormsAndNoneForVillages() {
        assertTrue(G.byName("城").isEmpty(), "城区 gives no short form");
        assertTrue(G.byName("东青北").isEmpty(), "villages have no short form");
        assertFalse(G.isShortForm("长治市"));
        assertFalse(G.isShortForm("长治县"), "an alternate name is not a short form");
        assertFalse(G.isShortForm("没有这个地方"));
    }

    @Test
    void villageNamesLoseTheCommitteeSuffix() {
        // source rows: 瓜园村委会 (140215100222), 贾村村委会 (140406003201), 云水明珠社区居委会 (140105001018)
        assertEquals("瓜园村", G.byCode("140215100222").orElseThrow().name());
        assertEquals("贾村", G.byCode("140406003201").orElseThrow().name());
        assertEquals("云水明珠社区", G.byCode("140105001018").orElseThrow().name());
        assertTrue(G.byName("瓜园村委会").isEmpty());
    }

    @Test
    void grandchildrenAreVillagesOfTheCountysTownships() {
        // the community 幸福社区 (110101014016) lies in a street (110101014) of 东城区 (110101)
        List<String> codes = G.grandchildrenNamed("幸福社区", "东城区", 64).stream().map(AdminDivision::code).toList();
        assertTrue(codes.contains("110101014016"), codes::toString);
        assertTrue(G.childrenNamed("幸福社区", "东城区", 64).isEmpty(), "not a direct child of the district");
        assertTrue(G.grandchildrenNamed("东城区", "北京市", 64).isEmpty(), "a county is a child of its province, not a grandchild");
    }

    @Test
    void ancestorsGoUpToTheProvince() {
        List<String> chain = G.ancestors("140425206216").stream().map(AdminDivision::name).toList();
        assertEquals(List.of("北社乡", "平顺县", "长治市", "山西省"), chain);
        // counties of a municipality hang directly under the province (no 市辖区 level)
        assertEquals(List.of("北京市"), G.ancestors("110101").stream().map(AdminDivision::name).toList());
        assertEquals("110000", G.byCode("110101").orElseThrow().parentCode());
        // townships of a city without counties hang under the city
        assertEquals(List.of("东莞市", "广东省"), G.ancestors("441900003").stream().map(AdminDivision::name).toList());
        assertEquals(Level.CITY, G.byCode("441900").orElseThrow().level());
    }

    @Test
    void shortCodesAreReadAsSixDigits() {
        assertEquals("山西省", G.byCode("14").orElseThrow().name());
        assertEquals("长治市", G.byCode("1404").orElseThrow().name());
        assertTrue(G.byCode("14x").isEmpty());
        assertTrue(G.byCode("999999").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"长治", "长治市", "东关村", "新村", "荫城", "城关镇", "不存在的地方"})
    void theHighestLevelOfANameIsTheFirstLevelOfAllItsDivisions(String name) {
        List<AdminDivision> all = G.byName(name);
        List<AdminDivision> expected = all.isEmpty() ? List.of()
                : all.stream().filter(d -> d.level() == all.get(0).level()).toList();
        assertEquals(expected, G.byNameHighestLevel(name));
    }

    @Test
    void namesOfALevelAreDistinctAndIncludeShortForms() {
        List<String> cities = new ArrayList<>();
        G.names(Level.CITY).forEach(cities::add);
        assertEquals(cities.size(), cities.stream().distinct().count());
        assertTrue(cities.contains("长治市") && cities.contains("长治"));
        assertFalse(cities.contains("上党区"));
    }

    @Test
    void readsASmallTableAndReportsBadLines() throws Exception {
        String ok = "# test\nP\t140000\t\t山西省\nC\t140400\t140000\t长治市\nX\t140404\t140400\t上党区\t长治县\nT\t140404102\t\t荫城镇\n";
        Gazetteer g = Gazetteer.read(new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)), "t.tsv");
        assertEquals(4, g.size());
        assertEquals(List.of("上党区", "长治市", "山西省"), g.ancestors("140404102").stream().map(AdminDivision::name).toList());
        assertEquals("140404", g.byName("长治县").get(0).code());

        String unordered = "P\t140000\t\t山西省\nX\t140404\t140400\t上党区\nC\t140400\t140000\t长治市\n";
        var e = assertThrows(InvalidInputException.class,
                () -> Gazetteer.read(new ByteArrayInputStream(unordered.getBytes(StandardCharsets.UTF_8)), "u.tsv"));
        assertEquals("u.tsv:3", e.where());
        String orphan = "P\t140000\t\t山西省\nT\t150404102\t\t荫城镇\n";
        assertThrows(InvalidInputException.class,
                () -> Gazetteer.read(new ByteArrayInputStream(orphan.getBytes(StandardCharsets.UTF_8)), "o.tsv"));
    }
}
