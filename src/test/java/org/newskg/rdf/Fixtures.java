package org.newskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.extract.Byline;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.extract.PartOf;
import org.newskg.extract.Position;
import org.newskg.ingest.Article;
import org.newskg.link.Division;
import org.newskg.link.Entity;
import org.newskg.link.LinkedArticle;
import org.newskg.link.LinkedPosition;

/** Hand-built linked articles for the RDF tests. */
final class Fixtures {
    static final String TEXT = "本报记者 李明 通讯员 王𠈓\n"
            + "1月2日，壶关县文化和旅游局局长张伟在壶关县店上镇调研。张伟说，店上镇今年要办好乡村旅游。";

    private Fixtures() {}

    /** The article of rdf/article-expected.ttl. */
    static LinkedArticle article() {
        Article article = new Article("cz-20250102-p2-1", "cz-20250102-p2", "壶关县调研文旅工作", "2025-01-02", "长治日报",
                "https://example.org/cz/2025-01-02/p2/1", "本报记者 李明 通讯员 王𠈓", TEXT, "data/cz/2025-01-02-p2.html", 0);
        List<Mention> mentions = List.of(
                mention("李明", EntityType.Person, null),
                mention("王𠈓", EntityType.Person, null),
                mention("壶关县文化和旅游局", EntityType.Organization, "GovernmentAgency"),
                mention("张伟", EntityType.Person, null),
                at("壶关县", EntityType.Place, "County", 35),
                at("店上镇", EntityType.Place, "Township", 38),
                at("张伟", EntityType.Person, null, 44),
                at("店上镇", EntityType.Place, "Township", 48));
        List<String> keys = List.of("person/李明", "person/王𠈓", "org/壶关县文化和旅游局", "person/张伟/壶关县",
                "place/140427", "place/140427101", "person/张伟/壶关县", "place/140427101");
        Extraction extraction = new Extraction(mentions,
                List.of(new Position("张伟", "局长", "壶关县文化和旅游局", 21, 34)),
                List.of(new PartOf("店上镇", "壶关县", 38, 35)),
                List.of(new Byline("李明", Byline.Role.reporter, 5), new Byline("王𠈓", Byline.Role.correspondent, 12)));
        Map<String, Entity> entities = Map.of(
                "person/李明", new Entity("person/李明", EntityType.Person, null, "李明", null, Set.of()),
                "person/王𠈓", new Entity("person/王𠈓", EntityType.Person, null, "王𠈓", null, Set.of()),
                "person/张伟/壶关县", new Entity("person/张伟/壶关县", EntityType.Person, null, "张伟", null, Set.of("张伟")),
                "org/壶关县文化和旅游局", new Entity("org/壶关县文化和旅游局", EntityType.Organization, "GovernmentAgency",
                        "壶关县文化和旅游局", null, Set.of("壶关县文旅局")),
                "place/140427", new Entity("place/140427", EntityType.Place, "County", "壶关县", "140427", Set.of()),
                "place/140427101", new Entity("place/140427101", EntityType.Place, "Township", "店上镇", "140427101", Set.of()));
        return new LinkedArticle(article, extraction, entities, keys,
                List.of(new LinkedPosition("person/张伟/壶关县", "局长", "org/壶关县文化和旅游局", 21, 34)),
                List.of(Map.entry("place/140427101", "place/140427")),
                List.of(new Division("140427101", "店上镇", "Township", "140427"),
                        new Division("140427", "壶关县", "County", "1404"),
                        new Division("1404", "长治市", "City", "14"),
                        new Division("14", "山西省", "Province", null)),
                List.of(new LinkedArticle.PossiblySame("person/张伟/壶关县", "person/张伟", "同名；本文中任壶关县文化和旅游局局长")));
    }

    /** A linked article with the given text, mentions, keys and entities, and nothing else. */
    static LinkedArticle simple(String id, String text, List<Mention> mentions, List<String> keys, List<Entity> entities) {
        Map<String, Entity> byKey = new java.util.HashMap<>();
        for (Entity e : entities) byKey.put(e.key(), e);
        return new LinkedArticle(Article.of(id, text), new Extraction(mentions, List.of(), List.of(), List.of()),
                byKey, keys, List.of(), List.of(), List.of(), List.of());
    }

    /** The first occurrence of text in TEXT. */
    static Mention mention(String text, EntityType type, String subtype) {
        return at(text, type, subtype, TEXT.indexOf(text));
    }

    static Mention at(String text, EntityType type, String subtype, int start) {
        return new Mention(text, type, subtype, start, start + text.length());
    }

    /** The division descriptions of a mapped article as one graph (what the shared divisions graph gets from it). */
    static Graph divisions(MappedArticle m) {
        Graph g = GraphFactory.createDefaultGraph();
        m.divisions().values().forEach(d -> d.forEach(g::add));
        return g;
    }

    /** The article graph and the division descriptions together: what a store's union graph holds of the article. */
    static Graph union(MappedArticle m) {
        Graph g = divisions(m);
        m.graph().find().forEach(g::add);
        return g;
    }

    /** A Turtle file from the test classpath. */
    static Graph turtle(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("no test resource " + resource);
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
