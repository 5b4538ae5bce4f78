package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.ingest.Article;
import org.newskg.link.Entity;
import org.newskg.link.LinkedArticle;

class UnresolvedPlacesTest {
    static LinkedArticle article(List<String> candidates, EntityType type) {
        String text = "梧桐社区开展志愿服务。";
        Entity e = new Entity("place/梧桐社区", type, "Village", "梧桐社区", null, Set.of());
        Extraction x = new Extraction(List.of(new Mention("梧桐社区", type, "Village", 0, 4)), List.of(), List.of(), List.of());
        return new LinkedArticle(Article.of("u1", text), x, Map.of(e.key(), e), List.of(e.key()), List.of(), List.of(),
                List.of(), List.of(), Map.of(e.key(), candidates));
    }

    @Test
    void unlinkedPlaceKeepsItsCandidatesCapped() {
        List<String> codes = IntStream.range(0, 34).mapToObj(i -> String.format("1404%02d001001", i)).toList();
        Graph g = new ArticleMapper().toGraph(article(codes, EntityType.Place));
        Node place = Iris.entity("place/梧桐社区");
        assertEquals(ArticleMapper.MAX_CANDIDATES, g.find(place, NK.candidateDivision.asNode(), Node.ANY).toList().size());
        assertEquals("34", g.find(place, NK.candidateCount.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertTrue(g.contains(place, NK.candidateDivision.asNode(), Iris.division("140400001001")));
        assertFalse(g.contains(place, NK.divisionCode.asNode(), Node.ANY), "no code is guessed");
        assertTrue(Shapes.validate(g).conforms());
    }

    @Test
    void candidatesForANonPlaceAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ArticleMapper().toGraph(article(List.of("140400001001"), EntityType.Organization)));
    }
}
