package org.newskg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.InvalidInputException;

class AgencyTableTest {
    private static final AgencyTable T = AgencyTable.loadDefault();

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            人社局 | 长治市 | false | 长治市人力资源和社会保障局     | GovernmentAgency
            人社局 | 山西省 | true  | 山西省人力资源和社会保障厅     | GovernmentAgency
            卫健委 | 山西省 | true  | 山西省卫生健康委员会           | GovernmentAgency
            文旅局 | 壶关县 | false | 壶关县文化和旅游局             | GovernmentAgency
            委     | 长治市 | false | 中共长治市委员会               | PartyOrganization
            组织部 | 长治市 | false | 中共长治市委员会组织部         | PartyOrganization
            政协   | 来凤县 | false | 中国人民政治协商会议来凤县委员会 | Other
            交行   | 长治市 | false | 交通银行                       | Bank
            """)
    void expandsAbbreviations(String abbreviation, String place, boolean province, String full, String subtype) {
        AgencyTable.Entry e = T.lookup(abbreviation).orElseThrow();
        assertEquals(full, e.fullName(place, province));
        assertEquals(subtype, e.subtype());
    }

    @Test
    void longestSuffixPrefersTheLongerAbbreviation() {
        assertEquals("纪委监委", T.longestSuffix("市纪委监委").orElseThrow().abbreviation());
        assertEquals("委", T.longestSuffix("县委").orElseThrow().abbreviation());
        assertTrue(T.longestSuffix("委").isEmpty(), "one-character abbreviations need a prefix");
        assertFalse(T.lookup("交通银行").isPresent());
        assertFalse(T.entries().isEmpty());
        assertFalse(T.lookup("交行").orElseThrow().placeBound());
    }

    @Test
    void badLinesNameTheLine() {
        var e = assertThrows(InvalidInputException.class,
                () -> AgencyTable.read(new StringReader("# c\n人社局\t{place}人力资源和社会保障局\t-\tBureau\n"), "a.tsv"));
        assertEquals("a.tsv:2", e.where());
    }
}
