package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.ingest.Article;
import org.newskg.ingest.PageArticle;
import org.newskg.link.Entity;
import org.newskg.link.LinkedArticle;
import org.newskg.link.LinkedPosition;

/** A post's sentence date as nk:eventDate (resolved against the publication date), and captions standing alone. */
class EventDateMappingTest {
    private static final String TEXT = "昨日，壶关县县长李强在八泉峡景区调研冬季旅游。壶关县文旅局局长郭志毅表示，将丰富冬季文旅产品供给。"
            + "2024年12月30日，壶关县农商银行行长崔丽娜参加了年终决算。";

    private static Graph map(String date, PageArticle.Kind kind) {
        Article article = new Article("hg-1", "hg", "壶关县推介冬季旅游", date, "长治日报", null, null, TEXT, "hg.txt", 1, null, kind);
        Map<String, Entity> entities = Map.of(
                "person/李强", new Entity("person/李强", EntityType.Person, null, "李强", null, Set.of()),
                "person/郭志毅", new Entity("person/郭志毅", EntityType.Person, null, "郭志毅", null, Set.of()),
                "person/崔丽娜", new Entity("person/崔丽娜", EntityType.Person, null, "崔丽娜", null, Set.of()),
                "org/壶关县人民政府", new Entity("org/壶关县人民政府", EntityType.Organization, "GovernmentAgency", "壶关县人民政府", null, Set.of()),
                "org/壶关县文化和旅游局", new Entity("org/壶关县文化和旅游局", EntityType.Organization, "GovernmentAgency", "壶关县文化和旅游局", null, Set.of()),
                "org/壶关县农商银行", new Entity("org/壶关县农商银行", EntityType.Organization, "Bank", "壶关县农商银行", null, Set.of()));
        List<LinkedPosition> posts = List.of(
                post("person/李强", "县长", "org/壶关县人民政府", "壶关县县长李强"),
                post("person/郭志毅", "局长", "org/壶关县文化和旅游局", "壶关县文旅局局长郭志毅"),
                post("person/崔丽娜", "行长", "org/壶关县农商银行", "壶关县农商银行行长崔丽娜"));
        LinkedArticle la = new LinkedArticle(article, new Extraction(List.of(), List.of(), List.of(), List.of()), entities, List.of(),
                posts, List.of(), List.of(), List.of());
        return new ArticleMapper().toGraph(la);
    }

    private static LinkedPosition post(String person, String title, String org, String span) {
        int start = TEXT.indexOf(span);
        return new LinkedPosition(person, title, org, start, start + span.length());
    }

    private static Node post(String span) {
        int start = TEXT.indexOf(span);
        return NodeFactory.createURI(Iris.article("hg-1").getURI() + "#p" + start + "-" + (start + span.length()));
    }

    private static Node date(String iso) {
        return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdate);
    }

    @Test
    void postsCarryTheDateOfTheirSentence() {
        Graph g = map("2025-01-02", PageArticle.Kind.ARTICLE);
        assertTrue(g.contains(Iris.article("hg-1"), SchemaDO.datePublished.asNode(), date("2025-01-02")));
        assertTrue(g.contains(post("壶关县县长李强"), NK.eventDate.asNode(), date("2025-01-01")), "昨日 is the day before publication");
        assertFalse(g.contains(post("壶关县文旅局局长郭志毅"), NK.eventDate.asNode(), Node.ANY), "its sentence states no date");
        assertTrue(g.contains(post("壶关县农商银行行长崔丽娜"), NK.eventDate.asNode(), date("2024-12-30")));
        for (String span : List.of("壶关县县长李强", "壶关县文旅局局长郭志毅", "壶关县农商银行行长崔丽娜"))
            assertFalse(g.contains(post(span), NK.date.asNode(), Node.ANY), "the publication date is the article's, not repeated on posts");
        ValidationReport report = Shapes.validate(g);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void withoutAPublicationDateOnlyFullDatesAreEventDates() {
        Graph g = map(null, PageArticle.Kind.ARTICLE);
        assertFalse(g.contains(post("壶关县县长李强"), NK.eventDate.asNode(), Node.ANY));
        assertTrue(g.contains(post("壶关县农商银行行长崔丽娜"), NK.eventDate.asNode(), date("2024-12-30")));
    }

    @Test
    void aCaptionStandingAloneIsAPhotoCaption() {
        assertTrue(map("2025-01-02", PageArticle.Kind.CAPTION).contains(Iris.article("hg-1"), RDF.type.asNode(), NK.PhotoCaption.asNode()));
        Graph article = map("2025-01-02", PageArticle.Kind.ARTICLE);
        assertFalse(article.contains(Iris.article("hg-1"), RDF.type.asNode(), NK.PhotoCaption.asNode()));
        assertEquals(1, article.find(Iris.article("hg-1"), RDF.type.asNode(), Node.ANY).toList().size());
    }
}
