package org.newskg.link;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.EntityType;
import org.newskg.extract.Extraction;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.ingest.Article;

class OrgRelationsTest {
    static final OrgRelations RELATIONS = new OrgRelations(Gazetteer.loadDefault());

    static LinkedArticle withOrg(String name) {
        Entity org = new Entity("org/" + name, EntityType.Organization, null, name, null, Set.of());
        return new LinkedArticle(Article.of("t1", name), Extraction.empty(), Map.of(org.key(), org), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            壶关县文化和旅游局                | place/140427 | -
            长治市人力资源和社会保障局          | place/140400 | -
            交通银行长治分行                  | place/140400 | org/交通银行
            长治医学院附属和平医院              | place/140400 | org/长治医学院
            潞城区潞之锦布艺有限公司            | place/140406 | -
            山西省卫生健康委员会               | place/140000 | -
            大同县园沃黄花专业合作社            | place/140215 | -
            第一临床学院                     | -            | -
            中国共产党                       | -            | -
            """)
    void locationAndParentFromTheName(String name, String place, String parent) {
        LinkedArticle la = RELATIONS.enrich(withOrg(name));
        String key = "org/" + name;
        String located = la.partOf().stream().filter(e -> e.getKey().equals(key) && e.getValue().startsWith("place/"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        String parentKey = la.partOf().stream().filter(e -> e.getKey().equals(key) && e.getValue().startsWith("org/"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        assertEquals(place, located, name);
        assertEquals(parent, parentKey, name);
        if (place != null)
            assertTrue(la.divisions().stream().anyMatch(d -> ("place/" + d.code()).equals(place)), "division written with its chain");
        if (parent != null) assertEquals(EntityType.Organization, la.entities().get(parent).type());
    }
}
