package org.newskg.serve.web;

import java.io.InputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.newskg.store.KgStore;

/** The hand-made store of the workbench tests: workbench-fixture.trig (three fictional articles). */
final class WorkbenchFixture {
    static final String ID = "https://w3id.org/newskg/id/";
    static final String GAO = ID + "person/郜振华";
    static final String DUAN = ID + "person/段文彬";
    static final String QIN = ID + "person/秦雅楠";
    static final String WANG = ID + "person/王晓东/壶关县森源旱地西红柿专业合作社";
    static final String BUREAU = ID + "org/潞城区卫生健康局";
    static final String HOSPITAL = ID + "org/上党医学院附属康宁医院";
    static final String LUCHENG = ID + "place/140406";
    static final String HUGUAN = ID + "place/140427";
    static final String CHANGZHI = ID + "place/140400";
    static final String SHANXI = ID + "place/140000";
    static final String WEIZI = ID + "place/微子镇";
    static final String MANLIUHE = ID + "place/漫流河村";
    static final String A1 = ID + "article/luchengqu-yizhen-manliuhe";
    static final String A2 = ID + "article/demo-luchengqu-jiatingyisheng";
    static final String A3 = ID + "article/huguan-senzhang-xihongshi";

    private WorkbenchFixture() {}

    static KgStore store() {
        KgStore store = KgStore.inMemory();
        Txn.executeWrite(store.dataset(), () -> {
            try (InputStream in = WorkbenchFixture.class.getResourceAsStream("workbench-fixture.trig")) {
                RDFParser.source(in).lang(Lang.TRIG).parse(store.datasetGraph());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return store;
    }
}
