package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row breaks one rule in a valid mapped graph; the shapes must report it at the right node. */
class ShapesTest {
    /**
     * The mapped fixture article with the descriptions of its divisions, as a store's union graph holds them; it
     * conforms (ArticleMapperTest.mappedGraphConformsToTheShapes).
     */
    private static final Graph FIXTURE = Fixtures.union(new ArticleMapper().map(Fixtures.article()));
    private static final String PREFIXES = """
            PREFIX nk: <https://w3id.org/newskg/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            BASE <https://w3id.org/newskg/id/>
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            article with two texts      | INSERT DATA { <article/cz-20250102-p2-1> schema:text "另一个正文" }                                        | article/cz-20250102-p2-1
            article without text        | DELETE WHERE { <article/cz-20250102-p2-1> schema:text ?t }                                          | article/cz-20250102-p2-1
            article with two titles     | INSERT DATA { <article/cz-20250102-p2-1> schema:headline "另一个标题" }                                   | article/cz-20250102-p2-1
            date not a date             | DELETE WHERE { <article/cz-20250102-p2-1> schema:datePublished ?d } ; INSERT DATA { <article/cz-20250102-p2-1> schema:datePublished "2025-01-02" } | article/cz-20250102-p2-1
            span begin after end        | INSERT DATA { <article/cz-20250102-p2-1#char=7,5> nk:refersTo <person/李明> }                                 | article/cz-20250102-p2-1#char=7,5
            empty span                  | INSERT DATA { <article/cz-20250102-p2-1#char=5,5> nk:refersTo <person/李明> }                                 | article/cz-20250102-p2-1#char=5,5
            span beyond the text        | INSERT DATA { <article/cz-20250102-p2-1#char=5,100000> nk:refersTo <person/李明> }                            | article/cz-20250102-p2-1#char=5,100000
            offset not an integer       | INSERT DATA { <article/cz-20250102-p2-1#char=a,7> nk:refersTo <person/李明> }                                 | article/cz-20250102-p2-1#char=a,7
            negative offset             | INSERT DATA { <article/cz-20250102-p2-1#char=-1,3> nk:refersTo <person/李明> }                                | article/cz-20250102-p2-1#char=-1,3
            mention not a span          | INSERT DATA { <article/cz-20250102-p2-1#m5-7> nk:refersTo <person/李明> }                                     | article/cz-20250102-p2-1#m5-7
            span of no article's text   | INSERT DATA { <article/未知#char=0,2> nk:refersTo <person/李明> }                          | article/未知#char=0,2
            mention of an untyped node  | INSERT DATA { <article/cz-20250102-p2-1#char=0,2> nk:refersTo <person/无名> }                                 | article/cz-20250102-p2-1#char=0,2
            mention of a literal        | INSERT DATA { <article/cz-20250102-p2-1#char=0,2> nk:refersTo "李明" }                                        | article/cz-20250102-p2-1#char=0,2
            post span beyond the text   | INSERT DATA { <article/cz-20250102-p2-1#p21-34> nk:span <article/cz-20250102-p2-1#char=21,90000> }                                 | article/cz-20250102-p2-1#char=21,90000
            post with two spans         | INSERT DATA { <article/cz-20250102-p2-1#p21-34> nk:span <article/cz-20250102-p2-1#char=0,2> }                                      | article/cz-20250102-p2-1#p21-34
            person without label        | DELETE WHERE { <person/李明> rdfs:label ?l }                                                          | person/李明
            code of seven digits        | DELETE WHERE { <place/140427> nk:divisionCode ?c } ; INSERT DATA { <place/140427> nk:divisionCode "1404271" } | place/140427
            code that does not fit level | DELETE WHERE { <place/140427101> nk:divisionCode ?c } ; INSERT DATA { <place/140427101> nk:divisionCode "140427" } | place/140427101
            division without level      | DELETE WHERE { <place/140400> nk:level ?l }                                                          | place/140400
            division with level 6       | DELETE WHERE { <place/140400> nk:level ?l } ; INSERT DATA { <place/140400> nk:level 6 }              | place/140400
            part of a non-place         | INSERT DATA { <place/140427> nk:partOf <org/壶关县文化和旅游局> }                                          | place/140427
            post without title          | DELETE WHERE { <article/cz-20250102-p2-1#p21-34> nk:title ?t }                                       | article/cz-20250102-p2-1#p21-34
            post without organisation   | DELETE WHERE { <article/cz-20250102-p2-1#p21-34> org:organization ?o }                               | article/cz-20250102-p2-1#p21-34
            post held by an organisation | DELETE WHERE { <article/cz-20250102-p2-1#p21-34> org:member ?m } ; INSERT DATA { <article/cz-20250102-p2-1#p21-34> org:member <org/壶关县文化和旅游局> } | article/cz-20250102-p2-1#p21-34
            byline with unknown role    | DELETE WHERE { <article/cz-20250102-p2-1#b5> nk:role ?r } ; INSERT DATA { <article/cz-20250102-p2-1#b5> nk:role nk:Person } | article/cz-20250102-p2-1#b5
            identity with one candidate | DELETE WHERE { <article/cz-20250102-p2-1#same1> nk:candidate <person/张伟> }                           | article/cz-20250102-p2-1#same1
            """)
    void shapesReportTheBrokenRule(String rule, String update, String focus) {
        Graph g = GraphFactory.createDefaultGraph();
        FIXTURE.find().forEach(g::add);
        UpdateAction.parseExecute(PREFIXES + update, g);
        ValidationReport report = Shapes.validate(g);
        assertFalse(report.conforms(), rule + " not reported");
        String focusIri = Iris.ID_NS + focus;
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().isURI() && e.focusNode().getURI().equals(focusIri)),
                () -> rule + ": no result at " + focusIri + "\n" + ArticleMapperTest.report(report));
    }
}
