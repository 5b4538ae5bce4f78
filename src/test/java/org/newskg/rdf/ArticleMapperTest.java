package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.ingest.Article;
import org.newskg.link.Entity;
import org.newskg.link.LinkedArticle;

class ArticleMapperTest {
    private final ArticleMapper mapper = new ArticleMapper();

    @Test
    void mapsTheArticleToTheExpectedGraph() {
        MappedArticle m = mapper.map(Fixtures.article());
        assertEquals(ArticleMapper.graphName("cz-20250102-p2-1"), m.graphName());
        Graph expected = Fixtures.turtle("/rdf/article-expected.ttl");
        assertTrue(m.graph().isIsomorphicWith(expected), () -> "mapped graph differs from rdf/article-expected.ttl:\n" + turtle(m.graph()));
        assertTrue(mapper.toGraph(Fixtures.article()).isIsomorphicWith(expected), "toGraph is the article graph of map");
    }

    @Test
    void divisionsAreDescribedBesideTheArticleGraph() {
        MappedArticle m = mapper.map(Fixtures.article());
        assertEquals(List.of("140000", "140400", "140427", "140427101"), List.copyOf(m.divisions().keySet()), "codes, normalised");
        Graph divisions = Fixtures.divisions(m);
        Graph expected = Fixtures.turtle("/rdf/divisions-expected.ttl");
        assertTrue(divisions.isIsomorphicWith(expected), () -> "divisions differ from rdf/divisions-expected.ttl:\n" + turtle(divisions));
        m.divisions().forEach((code, d) -> d.forEach(t -> assertEquals(Iris.division(code), t.getSubject())));
        assertEquals(27, m.divisionTriples());
        // the article graph keeps the places as the article names them, but describes no division
        assertFalse(m.graph().contains(Node.ANY, RDF.type.asNode(), NK.AdministrativeDivision.asNode()), () -> turtle(m.graph()));
        assertFalse(m.graph().contains(Node.ANY, NK.level.asNode(), Node.ANY));
        assertFalse(m.graph().contains(Node.ANY, NK.divisionCode.asNode(), Node.ANY), "codes are in the descriptions");
        assertFalse(m.graph().contains(Iris.division("140400"), Node.ANY, Node.ANY), "an ancestor nobody names is not in the article");
    }

    @Test
    void aCodedPlaceWithoutDivisionRecordKeepsItsCodeInTheArticle() {
        LinkedArticle la = Fixtures.simple("a11", "壶关县", List.of(new Mention("壶关县", EntityType.Place, "County", 0, 3)),
                List.of("place/140427"), List.of(new Entity("place/140427", EntityType.Place, "County", "壶关县", "140427", Set.of())));
        MappedArticle m = mapper.map(la);
        assertTrue(m.divisions().isEmpty());
        Node place = Iris.division("140427");
        assertTrue(m.graph().contains(place, NK.divisionCode.asNode(), NodeFactory.createLiteralString("140427")), () -> turtle(m.graph()));
        assertTrue(m.graph().contains(place, NK.level.asNode(), NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)));
        assertTrue(Shapes.validate(m.graph()).conforms(), () -> report(Shapes.validate(m.graph())));
    }

    @Test
    void aDivisionIsDescribedAlikeByEveryArticleTouchingIt() {
        LinkedArticle first = Fixtures.article();
        String text = "壶关县召开会议。";
        LinkedArticle second = new LinkedArticle(Article.of("cz-20250103-p1-1", text),
                new Extraction(List.of(new Mention("壶关县", EntityType.Place, "County", 0, 3)), List.of(), List.of(), List.of()),
                Map.of("place/140427", first.entities().get("place/140427")), List.of("place/140427"), List.of(), List.of(),
                first.divisions().subList(1, 4), List.of());
        MappedArticle a = mapper.map(first), b = mapper.map(second);
        assertEquals(List.of("140000", "140400", "140427"), List.copyOf(b.divisions().keySet()));
        // what the divisions graph gets is the same whichever article writes it first
        b.divisions().forEach((code, d) -> assertEquals(Set.copyOf(a.divisions().get(code)), Set.copyOf(d), code));
    }

    @Test
    void mappedGraphConformsToTheShapes() {
        MappedArticle m = mapper.map(Fixtures.article());
        ValidationReport alone = Shapes.validate(m.graph());
        assertTrue(alone.conforms(), () -> report(alone));
        ValidationReport withDivisions = Shapes.validate(Fixtures.union(m));
        assertTrue(withDivisions.conforms(), () -> report(withDivisions));
    }

    @Test
    void graphNameIsTheArticleIri() {
        assertEquals(NodeFactory.createURI("https://w3id.org/newskg/id/article/cz-20250102-p2-1"),
                ArticleMapper.graphName("cz-20250102-p2-1"));
    }

    @Test
    void everythingDerivedFromTheArticleIsNamedUnderItsIri() {
        Graph g = mapper.toGraph(Fixtures.article());
        String articleIri = ArticleMapper.graphName("cz-20250102-p2-1").getURI();
        List<Triple> mentions = g.find(Node.ANY, NK.refersTo.asNode(), Node.ANY).toList();
        assertFalse(mentions.isEmpty(), "no mention");
        for (Triple t : mentions) assertTrue(t.getSubject().getURI().startsWith(articleIri + "#char="), t.getSubject() + " outside " + articleIri);
        for (Node cls : List.of(NK.Membership.asNode(), NK.Byline.asNode(), NK.SameAsCandidate.asNode())) {
            List<Triple> typed = g.find(Node.ANY, RDF.type.asNode(), cls).toList();
            assertFalse(typed.isEmpty(), "no " + cls);
            for (Triple t : typed)
                assertTrue(t.getSubject().getURI().startsWith(articleIri + "#"), t.getSubject() + " outside " + articleIri);
        }
    }

    @Test
    void unionOfTwoArticlesSharingEntitiesStillConforms() {
        LinkedArticle first = Fixtures.article();
        String text = "壶关县文化和旅游局召开会议。";
        LinkedArticle second = Fixtures.simple("cz-20250103-p1-1", text,
                List.of(new Mention("壶关县文化和旅游局", EntityType.Organization, "GovernmentAgency", 0, 9)),
                List.of("org/壶关县文化和旅游局"),
                List.of(first.entities().get("org/壶关县文化和旅游局")));
        Graph union = GraphFactory.createDefaultGraph();
        Fixtures.union(mapper.map(first)).find().forEach(union::add);
        Fixtures.union(mapper.map(second)).find().forEach(union::add);
        ValidationReport report = Shapes.validate(union);
        assertTrue(report.conforms(), () -> report(report));
    }

    @Test
    void administrativePlaceWithoutDivisionRecordTakesItsLevelFromTheSubtype() {
        String text = "平顺县北社乡东青北村";
        LinkedArticle la = Fixtures.simple("a1", text,
                List.of(new Mention("北社乡", EntityType.Place, "Township", 3, 6)), List.of("place/北社乡"),
                List.of(new Entity("place/北社乡", EntityType.Place, "Township", "北社乡", null, Set.of())));
        Graph g = mapper.toGraph(la);
        Node place = Iris.entity("place/北社乡");
        assertTrue(g.contains(place, RDF.type.asNode(), NK.Township.asNode()));
        assertTrue(g.contains(place, RDF.type.asNode(), NK.AdministrativeDivision.asNode()));
        assertTrue(g.contains(place, NK.level.asNode(), NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger)));
        assertTrue(Shapes.validate(g).conforms(), () -> report(Shapes.validate(g)));
    }

    @Test
    void unknownSubtypeKeepsTheCoarseClassOnly() {
        LinkedArticle la = Fixtures.simple("a2", "长治某某中心成立",
                List.of(new Mention("长治某某中心", EntityType.Organization, "Foundation", 0, 6)), List.of("org/长治某某中心"),
                List.of(new Entity("org/长治某某中心", EntityType.Organization, "Foundation", "长治某某中心", null, Set.of())));
        Graph g = mapper.toGraph(la);
        assertEquals(1, g.find(Iris.entity("org/长治某某中心"), RDF.type.asNode(), Node.ANY).toList().size());
    }

    @Test
    void oneSpanNamingTwoEntitiesKeepsBoth() {
        String text = "张伟张伟";
        Entity a = new Entity("person/张伟", EntityType.Person, null, "张伟", null, Set.of());
        Entity b = new Entity("person/张伟/2", EntityType.Person, null, "张伟", null, Set.of());
        LinkedArticle la = Fixtures.simple("a3", text,
                List.of(new Mention("张伟", EntityType.Person, null, 0, 2), new Mention("张伟", EntityType.Person, null, 0, 2)),
                List.of("person/张伟", "person/张伟/2"), List.of(a, b));
        Graph g = mapper.toGraph(la);
        assertEquals(2, g.find(Iris.span("a3", 0, 2), NK.refersTo.asNode(), Node.ANY).toList().size());
        assertTrue(Shapes.validate(g).conforms(), () -> report(Shapes.validate(g)));
    }

    @Test
    void mentionNotAtItsOffsetsIsRejected() {
        // offsets counted in code points instead of UTF-16 units: 𠈓 shifts everything after it by one
        String text = "王𠈓和李明";
        LinkedArticle la = Fixtures.simple("a4", text,
                List.of(new Mention("李明", EntityType.Person, null, 3, 5)), List.of("person/李明"),
                List.of(new Entity("person/李明", EntityType.Person, null, "李明", null, Set.of())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mapper.toGraph(la));
        assertTrue(e.getMessage().contains("a4") && e.getMessage().contains("李明"), e.getMessage());
    }

    @Test
    void mentionOfUnknownEntityIsRejected() {
        LinkedArticle la = Fixtures.simple("a5", "李明说", List.of(new Mention("李明", EntityType.Person, null, 0, 2)),
                List.of("person/李明"), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mapper.toGraph(la));
        assertTrue(e.getMessage().contains("person/李明"), e.getMessage());
    }

    @Test
    void partOfUnknownPlaceIsRejected() {
        LinkedArticle base = Fixtures.article();
        LinkedArticle la = new LinkedArticle(base.article(), base.extraction(), base.entities(), base.mentionKeys(),
                base.positions(), List.of(Map.entry("place/140427101", "place/不存在县")), base.divisions(), base.possiblySame());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mapper.toGraph(la));
        assertTrue(e.getMessage().contains("place/不存在县"), e.getMessage());
    }

    @Test
    void malformedDateIsRejected() {
        Article a = new Article("a6", "a6", null, "2025年1月2日", null, null, null, "正文", null, 0);
        LinkedArticle la = new LinkedArticle(a, Extraction.empty(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mapper.toGraph(la));
        assertTrue(e.getMessage().contains("a6"), e.getMessage());
    }

    @Test
    void minimalArticleConforms() {
        LinkedArticle la = new LinkedArticle(Article.of("a7", "正文"), Extraction.empty(), Map.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        Graph g = mapper.toGraph(la);
        assertTrue(g.contains(Iris.article("a7"), RDF.type.asNode(), NK.Article.asNode()));
        assertTrue(Shapes.validate(g).conforms(), () -> report(Shapes.validate(g)));
    }

    @Test
    void bylineWithoutMentionAtItsOffsetIsLinkedToTheOnlyPersonSoNamed() {
        String text = "记者 李明\n李明在会上讲话。";
        Entity liMing = new Entity("person/李明", EntityType.Person, null, "李明", null, Set.of());
        LinkedArticle la = new LinkedArticle(Article.of("a8", text),
                new Extraction(List.of(new Mention("李明", EntityType.Person, null, 6, 8)), List.of(), List.of(),
                        List.of(new org.newskg.extract.Byline("李明", org.newskg.extract.Byline.Role.reporter, 3))),
                Map.of(liMing.key(), liMing), List.of(liMing.key()), List.of(), List.of(), List.of(), List.of());
        Graph g = mapper.toGraph(la);
        Node byline = Iris.inArticle("a8", "b3");
        assertTrue(g.contains(byline, NK.person.asNode(), Iris.entity("person/李明")), () -> turtle(g));
        assertTrue(g.contains(byline, NK.span.asNode(), Iris.span("a8", 3, 5)));
        assertTrue(Shapes.validate(g).conforms(), () -> report(Shapes.validate(g)));
    }

    @Test
    void bylineWithAnAmbiguousNameAndNoMentionIsNotLinked() {
        String text = "李明 摄";
        Entity a = new Entity("person/李明/甲", EntityType.Person, null, "李明", null, Set.of());
        Entity b = new Entity("person/李明/乙", EntityType.Person, null, "李明", null, Set.of());
        LinkedArticle la = new LinkedArticle(Article.of("a9", text),
                new Extraction(List.of(), List.of(), List.of(),
                        List.of(new org.newskg.extract.Byline("李明", org.newskg.extract.Byline.Role.photographer, 0))),
                Map.of(a.key(), a, b.key(), b), List.of(), List.of(), List.of(), List.of(), List.of());
        Graph g = mapper.toGraph(la);
        assertFalse(g.contains(Iris.inArticle("a9", "b0"), NK.person.asNode(), Node.ANY));
        assertTrue(g.contains(Iris.inArticle("a9", "b0"), NK.role.asNode(), NK.Photographer.asNode()));
    }

    @Test
    void malformedEntityCodeIsRejectedNamingTheEntity() {
        LinkedArticle la = Fixtures.simple("a10", "壶关县", List.of(new Mention("壶关县", EntityType.Place, "County", 0, 3)),
                List.of("place/壶关县"), List.of(new Entity("place/壶关县", EntityType.Place, "County", "壶关县", "1404271", Set.of())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mapper.toGraph(la));
        assertTrue(e.getMessage().contains("a10") && e.getMessage().contains("place/壶关县"), e.getMessage());
    }

    static String report(ValidationReport report) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, report.getGraph(), Lang.TURTLE);
        return w.toString();
    }

    static String turtle(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.TURTLE);
        return w.toString();
    }
}
