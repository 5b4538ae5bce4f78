package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IrisTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            person/郭志毅                 | https://w3id.org/newskg/id/person/郭志毅
            person/郭志毅/壶关县文旅局      | https://w3id.org/newskg/id/person/郭志毅/壶关县文旅局
            org/长治医学院附属和平医院       | https://w3id.org/newskg/id/org/长治医学院附属和平医院
            person/王𠈓                   | https://w3id.org/newskg/id/person/王𠈓
            place/140427                 | https://w3id.org/newskg/id/place/140427
            place/140427101              | https://w3id.org/newskg/id/place/140427101
            place/14                     | https://w3id.org/newskg/id/place/140000
            place/1404                   | https://w3id.org/newskg/id/place/140400
            place/太行山大峡谷             | https://w3id.org/newskg/id/place/太行山大峡谷
            "org/长治 日报"               | https://w3id.org/newskg/id/org/长治%20日报
            org/长治日报（农村版）           | https://w3id.org/newskg/id/org/长治日报%EF%BC%88农村版%EF%BC%89
            "org/a#b?c%d"                | https://w3id.org/newskg/id/org/a%23b%3Fc%25d
            person/../etc                | https://w3id.org/newskg/id/person/%2E%2E/etc
            person/买买提·艾力             | https://w3id.org/newskg/id/person/买买提%C2%B7艾力
            """)
    void entityIris(String key, String iri) {
        String minted = Iris.entity(key).getURI();
        assertEquals(iri, minted);
        assertFalse(IRIx.create(minted).hasViolations(), () -> minted + " has IRI violations");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            changzhi-daily-2025-01-02-p2-3 | https://w3id.org/newskg/id/article/changzhi-daily-2025-01-02-p2-3
            batch.jsonl:2                  | https://w3id.org/newskg/id/article/batch.jsonl%3A2
            长治日报/2025/01/02#1           | https://w3id.org/newskg/id/article/长治日报%2F2025%2F01%2F02%231
            """)
    void articleIrisKeepNoSlashOrFragment(String id, String iri) {
        assertEquals(iri, Iris.article(id).getURI());
        assertFalse(IRIx.create(iri).hasViolations());
    }

    @Test
    void spanIriIsTheArticleIriWithAnRfc5147Fragment() {
        String iri = Iris.span("a/1", 120, 123).getURI();
        assertEquals("https://w3id.org/newskg/id/article/a%2F1#char=120,123", iri);
        assertFalse(IRIx.create(iri).hasViolations());
        assertEquals(new Iris.Span("https://w3id.org/newskg/id/article/a%2F1", 120, 123), Iris.parseSpan(iri));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            https://w3id.org/newskg/id/article/a1#char=5,3   | end before begin
            https://w3id.org/newskg/id/article/a1#char=5     | no end
            https://w3id.org/newskg/id/article/a1#char=,3    | no begin
            https://w3id.org/newskg/id/article/a1#char=-1,3  | a sign
            https://w3id.org/newskg/id/article/a1#p12-30     | a post, not a span
            https://w3id.org/newskg/id/article/a1#char=1,2x  | trailing letters
            """)
    void whatIsNotASpanIsNull(String iri, String why) {
        assertNull(Iris.parseSpan(iri), why);
    }

    @Test
    void spanOffsetsAreCodePointsAndConvertToUtf16() {
        String text = "𠈓李明说"; // 𠈓 is two UTF-16 units
        Iris.Span s = Iris.parseSpan(Iris.span("a1", 1, 3).getURI());
        int[] u = s.utf16(text);
        assertEquals("李明", text.substring(u[0], u[1]));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            place/140427
            org/壶关县文化和旅游局
            person/郭志毅/壶关县文化和旅游局
            person/徐良/山西省血液系统疾病（骨髓增殖性肿瘤）临床医学研究中心
            org/a b+c%d
            """)
    void theKeyComesBackFromTheEntityIri(String key) {
        assertEquals(key, Iris.key(Iris.entity(key).getURI()));
    }

    @Test
    void articlesAndGraphsHaveNoKey() {
        assertNull(Iris.key(Iris.article("a1").getURI()));
        assertNull(Iris.key(Iris.DIVISIONS_GRAPH));
        assertNull(Iris.key("http://example.org/x"));
    }

    @Test
    void divisionAndPlaceEntityWithTheSameCodeShareTheIri() {
        assertEquals(Iris.division("140427"), Iris.entity("place/140427"));
        assertEquals(Iris.division("1404"), Iris.division("140400"));
    }

    @Test
    void encodingIsInjective() {
        assertNotEquals(Iris.entity("org/a b"), Iris.entity("org/a%20b"));
        assertNotEquals(Iris.article("a/b"), Iris.article("a%2Fb"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1404270
            14042a
            ''
            """)
    void badDivisionCodesAreRejected(String code) {
        assertThrows(IllegalArgumentException.class, () -> Iris.division(code));
    }
}
