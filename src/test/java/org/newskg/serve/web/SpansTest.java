package org.newskg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.rdf.Iris;

/** The workbench reads span IRIs and keys as the mapping writes them (org.newskg.rdf.Iris), without depending on it. */
class SpansTest {
    private static final String TEXT = "𠈓李明在壶关县讲话。"; // 𠈓 is one code point, two UTF-16 units

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 | 3 | 李明
            4 | 7 | 壶关县
            0 | 1 | 𠈓
            """)
    void spansAreConvertedFromCodePointsToUtf16(int begin, int end, String words) {
        Spans.Span s = Spans.utf16(Iris.span("a/1", begin, end).getURI(), TEXT);
        assertEquals(Iris.article("a/1").getURI(), s.article());
        assertEquals(words, TEXT.substring(s.begin(), s.end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://w3id.org/newskg/id/article/a1#char=3,99    | beyond the text
            https://w3id.org/newskg/id/article/a1#char=3,2     | end before begin
            https://w3id.org/newskg/id/article/a1#char=a,2     | not a number
            https://w3id.org/newskg/id/article/a1#p1-3         | a post, not a span
            https://w3id.org/newskg/id/article/a1#char=1,99999999999 | too long a number
            """)
    void whatIsNoSpanOfTheTextIsNull(String iri, String why) {
        assertNull(Spans.utf16(iri, TEXT), why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            place/140427
            org/壶关县文化和旅游局
            person/徐良/山西省血液系统疾病（骨髓增殖性肿瘤）临床医学研究中心
            org/a b+c%d
            """)
    void keysAreReadAsIrisMintsThem(String key) {
        assertEquals(key, Spans.key(Iris.entity(key).getURI()));
        assertEquals(Iris.key(Iris.entity(key).getURI()), Spans.key(Iris.entity(key).getURI()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            https://w3id.org/newskg/id/article/a1
            https://w3id.org/newskg/id/graph/divisions
            http://example.org/x
            """)
    void articlesAndGraphsHaveNoKey(String iri) {
        assertNull(Spans.key(iri));
    }
}
