package org.newskg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://w3id.org/newskg/id/person/郜振华                | /entity/person/%E9%83%9C%E6%8C%AF%E5%8D%8E
            https://w3id.org/newskg/id/place/140406                 | /entity/place/140406
            https://w3id.org/newskg/id/org/A%20B公司                | /entity?iri=https%3A%2F%2Fw3id.org%2Fnewskg%2Fid%2Forg%2FA%2520B%E5%85%AC%E5%8F%B8
            https://w3id.org/newskg/id/person/王晓东/壶关县合作社      | /entity/person/%E7%8E%8B%E6%99%93%E4%B8%9C/%E5%A3%B6%E5%85%B3%E5%8E%BF%E5%90%88%E4%BD%9C%E7%A4%BE
            http://example.org/x#y                                  | /entity?iri=http%3A%2F%2Fexample.org%2Fx%23y
            """)
    void entityPagePathsRoundTrip(String iri, String path) {
        assertEquals(path, Pages.entityPath(iri));
        if (path.startsWith("/entity/")) assertEquals(iri, Pages.iriOfPath(path.substring("/entity/".length())));
        else assertEquals(iri, Pages.decode(path.substring("/entity?iri=".length())));
    }
}
