package org.newskg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.ingest.Article;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule families on sentences in the style of local news (written for these tests, not taken from the dev gold). */
class ExtractRulesTest {
    static final NewsExtractor X = new NewsExtractor(ExtractConfig.defaults(), org.newskg.gazetteer.ReferenceData.bundled());

    static Extraction run(String text) {
        return X.extract(Article.of("t", text));
    }

    static List<String> entities(Extraction e, EntityType type) {
        return e.mentions().stream().filter(m -> m.type() == type)
                .map(m -> m.subtype() == null ? m.text() : m.text() + ":" + m.subtype()).distinct().toList();
    }

    /**
     * Asserts that every entity of the cell is found in the text with that type: {@code 名称:Subtype} must match the
     * subtype too, a bare {@code 名称} any subtype.
     */
    static void assertFound(String text, EntityType type, String cell) {
        List<String> got = entities(run(text), type);
        List<String> bare = got.stream().map(s -> s.replaceAll(":.*", "")).toList();
        for (String o : expected(cell)) assertTrue(o.contains(":") ? got.contains(o) : bare.contains(o), () -> o + " not in " + got);
    }

    /** Asserts that no mention of the text, of any type, is one of the cell's strings. */
    static void assertNotMentioned(String text, String cell) {
        List<String> got = run(text).mentions().stream().map(Mention::text).toList();
        for (String o : expected(cell)) assertFalse(got.contains(o), () -> o + " wrongly in " + got);
    }

    static List<String> expected(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).toList();
    }

    @ParameterizedTest(name = "places: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            近日，襄垣县夏店镇东邯郸村的田间地头一派繁忙景象。 | 襄垣县:County; 夏店镇:Township; 东邯郸村:Village
            调研组一行来到沁县故县镇。 | 沁县:County; 故县镇:Township
            壶关县的西红柿远近闻名，“壶关旱地番茄”品牌越叫越响。 | 壶关县:County; 壶关:County
            长治市潞州区东街街道组织开展志愿服务活动。 | 长治市:City; 潞州区:County; 东街街道:Township
            今年山西的粮食产量再创新高，长治的小米远销各地。 | 山西:Province; 长治:City
            青田、缙云、景宁三地联合推介农产品。 | 青田:County; 缙云:County; 景宁:County
            武乡县八路军太行纪念馆今年接待游客超过百万人次。 | 武乡县:County; 八路军太行纪念馆:ScenicSpot
            游客在红豆峡、青龙峡和王莽岭景区流连忘返。 | 红豆峡:ScenicSpot; 青龙峡:ScenicSpot; 王莽岭景区:ScenicSpot
            与会人员实地观摩了灵空山景区、花坡景区的项目建设。 | 灵空山景区:ScenicSpot; 花坡景区:ScenicSpot
            近年来，潞州区英雄南路社区坚持党建引领。 | 潞州区:County; 英雄南路社区:Village
            """)
    void places(String text, String places) {
        List<String> got = entities(run(text), EntityType.Place);
        for (String p : expected(places)) assertTrue(got.contains(p), () -> p + " not in " + got);
    }

    @ParameterizedTest(name = "not places: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            带动当地乡村经济发展，推进城乡融合。 | 当地乡村; 乡村; 城乡
            激励广大社区工作者加强学习，提高本领。 | 广大社区; 社区
            全镇上下积极行动，各村干部深入农户家中。 | 全镇; 各村
            打造系列侨乡品牌，让游子记住家乡。 | 系列侨乡; 侨乡; 家乡
            持续加大惠民力度，让群众得实惠。 | 惠民
            """)
    void notPlaces(String text, String not) {
        assertNotMentioned(text, not);
    }

    @ParameterizedTest(name = "partOf: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            近日，襄垣县夏店镇东邯郸村的田间地头一派繁忙景象。 | 夏店镇>襄垣县; 东邯郸村>夏店镇
            长子县丹朱镇的大棚蔬菜喜获丰收。 | 丹朱镇>长子县
            武乡县八路军太行纪念馆今年接待游客超过百万人次。 | 八路军太行纪念馆>武乡县
            """)
    void partOf(String text, String pairs) {
        List<String> got = run(text).partOf().stream().map(p -> p.child() + ">" + p.parent()).toList();
        assertEquals(expected(pairs), got);
    }

    @ParameterizedTest(name = "orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            沁源县卫健局局长王建国带队深入一线开展督导检查。 | 沁源县卫健局:GovernmentAgency
            市卫健委、市医保局联合召开专题会议。 | 市卫健委:GovernmentAgency; 市医保局:GovernmentAgency
            长治市人民医院与山西医科大学签订合作协议。 | 长治市人民医院:Hospital; 山西医科大学:School
            中国建设银行长治分行与沁县农商行开展业务交流。 | 中国建设银行长治分行:Bank; 沁县农商行:Bank
            山西潞安化工集团有限公司召开年度工作会议。 | 山西潞安化工集团有限公司:Company
            长治日报社、长治电视台的记者来到现场。 | 长治日报社:Media; 长治电视台:Media
            屯留区政协召开常委会议，区委、区政府有关负责人参加。 | 屯留区政协:Other; 区委:PartyOrganization; 区政府:GovernmentAgency
            长子县丹朱镇鲍店村党支部组织党员学习。 | 鲍店村党支部:PartyOrganization
            上党医学院附属康宁医院承办了这次义诊。 | 上党医学院附属康宁医院:Hospital
            由武乡县云起太行文旅发展有限公司统一运营。 | 武乡县云起太行文旅发展有限公司:Company
            西营镇党委书记张晓光主持会议。 | 西营镇党委:PartyOrganization
            县政府办公室印发通知，要求各乡镇抓好落实。 | 县政府办公室:GovernmentAgency
            由长治市文化和旅游局主办的非遗展演活动举行。 | 长治市文化和旅游局:GovernmentAgency
            据了解，长治医学院附属和济医院今年新增床位200张。 | 长治医学院附属和济医院:Hospital
            由共青团长治市委、长治市青年联合会主办的创业大赛启动。 | 共青团长治市委:Other; 长治市青年联合会:Other
            经省教育厅批准，长治学院更名。 | 省教育厅:GovernmentAgency; 长治学院:School
            在丽水市“巾帼荟·共富工坊”，工人正在缝纫。 | 巾帼荟·共富工坊:Company
            黎城县东阳关镇富农种植专业合作社理事长赵建平说，今年收成不错。 | 东阳关镇富农种植专业合作社:Company
            长治市中级人民法院、黎城县人民法院联合开展普法宣传。 | 长治市中级人民法院:GovernmentAgency; 黎城县人民法院:GovernmentAgency
            """)
    void orgs(String text, String orgs) {
        List<String> got = entities(run(text), EntityType.Organization);
        for (String o : expected(orgs)) assertTrue(got.contains(o), () -> o + " not in " + got);
    }

    @ParameterizedTest(name = "not orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            患者被送往县医院救治，该院医生全力抢救。 | 县医院; 该院
            小店区举办社区工作展演活动。 | 小店区举办
            在卫健局会议厅召开座谈会。 | 卫健局会议厅
            市人社局和市医保局联合开展检查。 | 市人社局和市医保局
            推动区域医疗中心提质增效。 | 区域医疗中心
            会上党员服务中心负责人介绍了经验。 | 上党员服务中心
            """)
    void notOrgs(String text, String not) {
        assertNotMentioned(text, not);
    }

    @ParameterizedTest(name = "persons: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            在县领导王建平、李志刚、赵丽娟的陪同下，调研组来到田间。 | 王建平; 李志刚; 赵丽娟
            山西潞安化工集团有限公司董事长王志清主持会议。 | 王志清
            村民靳秋玲满脸笑容地说，日子越过越好。 | 靳秋玲
            县文旅局局长郭志毅表示，将打造冬季旅游品牌。 | 郭志毅
            市领导刘予强、常青、潘海燕先后陪同。 | 刘予强; 常青; 潘海燕
            王刚和妻子一起经营着一家农家乐。 | 王刚
            “现在日子好了。”今年68岁的张秀英老人高兴地告诉记者。 | 张秀英
            """)
    void persons(String text, String names) {
        List<String> got = entities(run(text), EntityType.Person);
        assertEquals(expected(names), got);
    }

    @ParameterizedTest(name = "not persons: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            省委十二届九次全会暨省委经济工作会议提出重点任务。 | 全会暨
            切实推动金融惠企政策落地见效。 | 惠企
            团队由县医院专家、乡镇卫生院医生和村医组成。 | 和村医
            几名学生支起画架写生。 | 支起
            问起各家情况，老支书心里都有本账。 | 都有本
            丰富冬季文旅产品供给，激发冬季文旅消费活力。 | 文旅
            黎城县举办农民丰收节。 | 丰收节
            家住该小区的退休教师刘大爷说，社区办了不少实事。 | 刘大爷
            社区党组织书记与社会工作者代表等450余人齐聚一堂。 | 余人齐
            """)
    void notPersons(String text, String not) {
        List<String> got = entities(run(text), EntityType.Person);
        for (String p : expected(not)) assertFalse(got.contains(p), () -> p + " wrongly in " + got);
    }

    @ParameterizedTest(name = "positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            沁源县卫健局党组书记、局长王建国带队检查。 | 王建国/党组书记/沁源县卫健局; 王建国/局长/沁源县卫健局
            长治市人民医院党委书记、院长李明华介绍情况。 | 李明华/党委书记/长治市人民医院; 李明华/院长/长治市人民医院
            山西潞安化工集团有限公司董事、总经理王志清主持会议。 | 王志清/董事/山西潞安化工集团有限公司; 王志清/总经理/山西潞安化工集团有限公司
            襄垣县县委副书记、县长赵刚出席。 | 赵刚/副书记/襄垣县县委
            黎城县山水太行旅游开发有限公司董事长兼总经理李志明介绍了项目。 | 李志明/董事长/黎城县山水太行旅游开发有限公司; 李志明/总经理/黎城县山水太行旅游开发有限公司
            西营镇党委书记张晓光主持会议。 | 张晓光/书记/西营镇党委
            县委常委、政府副县长申明亮参加。 | 申明亮/常委/县委
            长治医学院附属和平医院心内科主任医师刘红说，患者已经康复。 | 刘红/心内科主任医师/长治医学院附属和平医院
            县长赵刚主持会议。 |
            """)
    void positions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        assertEquals(expected(rows), got);
    }

    @ParameterizedTest(name = "bylines: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            本报讯（记者 张晓东 通讯员 李红梅）日前，黎城县举办活动。 | 张晓东:reporter; 李红梅:correspondent
            □本报见习记者 王一凡 | 王一凡:reporter
            本报讯 通讯员赵婷婷 孙建峰报道：当前正值防火关键期。 | 赵婷婷:correspondent; 孙建峰:correspondent
            图为农民在收割谷子。 王晓峰 摄 | 王晓峰:photographer
            本报记者 李文华 文/图 | 李文华:reporter; 李文华:photographer
            责任编辑： 刘洋 | 刘洋:editor
            （通讯员 赵 敏） | 赵 敏:correspondent
            记者了解到，今年全县粮食丰收。 |
            """)
    void bylines(String text, String credits) {
        Extraction e = run(text);
        List<String> got = e.bylines().stream().map(b -> b.person() + ":" + b.role()).toList();
        assertEquals(expected(credits), got);
        List<String> persons = entities(e, EntityType.Person);
        for (Byline b : e.bylines()) assertTrue(persons.contains(b.person()), () -> b.person() + " credited but no Person");
    }

    @ParameterizedTest(name = "traditional: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            長治市潞州區東街街道辦事處組織開展活動，區委書記張國強參加。 | 長治市; 潞州區; 東街街道辦事處; 區委; 張國強
            潞城區人民醫院院長王麗華表示，醫院將加強學科建設。 | 潞城區人民醫院; 王麗華
            """)
    void traditional(String text, String surfaces) {
        Extraction e = run(text);
        List<String> got = e.mentions().stream().map(Mention::text).toList();
        for (String s : expected(surfaces)) assertTrue(got.contains(s), () -> s + " not in " + got);
        for (Mention m : e.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets index the original text");
    }

    @ParameterizedTest(name = "offsets: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            近日，襄垣县夏店镇东邯郸村的田间地头一派繁忙景象。
            本报讯（记者 张晓东 通讯员 李红梅）日前，黎城县举办活动。
            """)
    void offsets(String text) {
        Extraction e = run(text);
        assertFalse(e.mentions().isEmpty());
        for (Mention m : e.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()));
        String order = e.mentions().stream().map(m -> String.valueOf(m.start())).collect(Collectors.joining(","));
        assertEquals(e.mentions().stream().map(Mention::start).sorted().map(String::valueOf).collect(Collectors.joining(",")), order);
    }
}
