package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.extract.Mention;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestConfig;
import org.newskg.store.KgStore;
import org.newskg.link.Division;
import org.newskg.link.Entity;
import org.newskg.link.LinkedArticle;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.Iris;
import org.newskg.rdf.MappedArticle;

/**
 * Hand-built linked articles touching a few divisions of 长治市, run through the real mapper and ingest pipeline
 * (extraction and linking are skipped: the linker hands back the prepared article). For the tests of the shared
 * divisions graph.
 * <ul>
 * <li>d1 (2025-01-02): names 壶关县 and 店上镇, and says 店上镇 lies in 壶关县;</li>
 * <li>d2 (2025-02-03): names 壶关县文旅局 only, located in 壶关县 (a division the text does not name);</li>
 * <li>d3 (2025-03-04): names 平顺县.</li>
 * </ul>
 */
public final class DivisionFixtures {
    public static final String SHANXI = "140000";
    public static final String CHANGZHI = "140400";
    public static final String HUGUAN = "140427";
    public static final String DIANSHANG = "140427101";
    public static final String PINGSHUN = "140425";

    /** The gazetteer records, with the 2- and 4-digit source codes the linker passes on. */
    private static final Map<String, Division> GAZETTEER = Map.of(
            SHANXI, new Division("14", "山西省", "Province", null),
            CHANGZHI, new Division("1404", "长治市", "City", "14"),
            HUGUAN, new Division(HUGUAN, "壶关县", "County", "1404"),
            DIANSHANG, new Division(DIANSHANG, "店上镇", "Township", HUGUAN),
            PINGSHUN, new Division(PINGSHUN, "平顺县", "County", "1404"));

    private DivisionFixtures() {}

    /** The three articles, in order. */
    public static List<LinkedArticle> articles() {
        return List.of(
                places("d1", "2025-01-02", "壶关县店上镇", List.of(HUGUAN, DIANSHANG), List.of(Map.entry("place/" + DIANSHANG, "place/" + HUGUAN))),
                organisation("d2", "2025-02-03", "壶关县文旅局召开会议。", "壶关县文旅局", HUGUAN),
                places("d3", "2025-03-04", "平顺县", List.of(PINGSHUN), List.of()));
    }

    /** The graph name of an article. */
    public static Node graph(String articleId) {
        return ArticleMapper.graphName(articleId);
    }

    /** Ingests the articles through the pipeline with the real mapper. */
    public static IngestPipeline.Summary ingest(KgStore store, List<LinkedArticle> articles, IngestPipeline.Options options) {
        Map<String, LinkedArticle> byId = new HashMap<>();
        for (LinkedArticle la : articles) byId.put(la.article().id(), la);
        ArticlePipeline stages = new ArticlePipeline(IngestConfig.defaults(), article -> Extraction.empty(),
                (article, x) -> byId.get(article.id()), new ArticleMapper()::map);
        IngestPipeline p = new IngestPipeline(store, stages, options, null);
        return p.run((sink, skipped) -> articles.forEach(la -> sink.accept(la.article())));
    }

    /**
     * Writes the articles as the store held them before the divisions graph: each article graph with the
     * descriptions of its divisions inside it.
     */
    public static void writeEachWithItsDivisions(KgStore store, List<LinkedArticle> articles) {
        List<Map.Entry<Node, Graph>> graphs = new ArrayList<>();
        for (LinkedArticle la : articles) {
            MappedArticle m = new ArticleMapper().map(la);
            Graph g = GraphFactory.createDefaultGraph();
            m.graph().find().forEach(g::add);
            m.divisions().values().forEach(d -> d.forEach(g::add));
            graphs.add(Map.entry(m.graphName(), g));
        }
        store.replaceGraphs(graphs);
    }

    /** A copy of the store's divisions graph. */
    public static Graph divisionsGraph(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(Iris.divisionsGraph()).find().forEach(g::add);
            return g;
        });
    }

    private static LinkedArticle places(String id, String date, String text, List<String> codes,
                                        List<Map.Entry<String, String>> partOf) {
        List<Mention> mentions = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (String code : codes) {
            Division d = GAZETTEER.get(code);
            int start = text.indexOf(d.name());
            mentions.add(new Mention(d.name(), EntityType.Place, d.level(), start, start + d.name().length()));
            keys.add("place/" + code);
            entities.put("place/" + code, new Entity("place/" + code, EntityType.Place, d.level(), d.name(), code, Set.of()));
        }
        return new LinkedArticle(article(id, date, text), new Extraction(mentions, List.of(), List.of(), List.of()), entities,
                keys, List.of(), partOf, chains(codes), List.of());
    }

    private static LinkedArticle organisation(String id, String date, String text, String name, String locatedIn) {
        String key = "org/" + name;
        Entity org = new Entity(key, EntityType.Organization, "GovernmentAgency", name, null, Set.of());
        int start = text.indexOf(name);
        return new LinkedArticle(article(id, date, text),
                new Extraction(List.of(new Mention(name, EntityType.Organization, "GovernmentAgency", start, start + name.length())),
                        List.of(), List.of(), List.of()),
                Map.of(key, org), List.of(key), List.of(), List.of(Map.entry(key, "place/" + locatedIn)), chains(List.of(locatedIn)),
                List.of());
    }

    private static Article article(String id, String date, String text) {
        return new Article(id, id, null, date, null, null, null, text, null, 0);
    }

    /** The divisions of these codes and all their ancestors. */
    private static List<Division> chains(List<String> codes) {
        Map<String, Division> out = new LinkedHashMap<>();
        for (String code : codes)
            for (String c = code; c != null; ) {
                Division d = GAZETTEER.get(Iris.normalizeCode(c));
                out.putIfAbsent(d.code(), d);
                c = d.parentCode();
            }
        return List.copyOf(out.values());
    }
}
