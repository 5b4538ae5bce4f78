package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.Extraction;
import org.newskg.ingest.Article;
import org.newskg.link.Division;
import org.newskg.link.HomeRegion;
import org.newskg.link.LinkedArticle;

/** The article's home region in its graph: the division, given or inferred, and the evidence. */
class HomeRegionMappingTest {
    static final Division SHANXI = new Division("140000", "山西省", "Province", null);
    static final Division CHANGZHI = new Division("140400", "长治市", "City", "140000");

    static LinkedArticle linked(HomeRegion home, List<Division> divisions) {
        return new LinkedArticle(Article.of("h1", "市人社局举办招聘会。"), Extraction.empty(), Map.of(), List.of(), List.of(),
                List.of(), divisions, List.of(), Map.of(), home);
    }

    @ParameterizedTest(name = "inferred={0}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | paper name 长治日报; 3 of 4 place names
            false | given
            """)
    void homeRegionIsWrittenWithHowItWasFound(boolean inferred, String evidence) {
        MappedArticle m = new ArticleMapper().map(linked(new HomeRegion(CHANGZHI, inferred, evidence), List.of(SHANXI, CHANGZHI)));
        Graph g = m.graph();
        Node article = Iris.article("h1");
        assertTrue(g.contains(article, NK.homeRegion.asNode(), Iris.division("140400")));
        assertTrue(g.contains(article, NK.homeRegionInferred.asNode(),
                NodeFactory.createLiteralByValue(inferred, XSDDatatype.XSDboolean)));
        assertTrue(g.contains(article, NK.homeRegionEvidence.asNode(), NodeFactory.createLiteralString(evidence)));
        assertTrue(m.divisions().containsKey("140400"), "the home division is described beside the graph");
        Graph union = GraphFactory.createDefaultGraph();
        g.find().forEach(union::add);
        m.divisions().values().forEach(d -> d.forEach(union::add));
        assertTrue(Shapes.validate(union).conforms());
        assertTrue(Shapes.validate(g).conforms(), "the article graph alone conforms too");
    }

    @Test
    void noHomeNoTriples() {
        Graph g = new ArticleMapper().toGraph(linked(null, List.of()));
        assertEquals(0, g.find(Node.ANY, NK.homeRegion.asNode(), Node.ANY).toList().size());
        assertEquals(0, g.find(Node.ANY, NK.homeRegionInferred.asNode(), Node.ANY).toList().size());
        assertEquals(0, g.find(Node.ANY, NK.homeRegionEvidence.asNode(), Node.ANY).toList().size());
    }

    @Test
    void homeOutsideTheArticlesDivisionsIsRefused() {
        HomeRegion home = new HomeRegion(new Division("140500", "晋城市", "City", "140000"), true, "dateline 晋城讯");
        assertThrows(IllegalArgumentException.class, () -> new ArticleMapper().map(linked(home, List.of(SHANXI, CHANGZHI))));
    }
}
