package org.newskg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.ExtractRulesTest.assertFound;
import static org.newskg.extract.ExtractRulesTest.assertNotMentioned;
import static org.newskg.extract.ExtractRulesTest.expected;
import static org.newskg.extract.ExtractRulesTest.run;

/**
 * Appointment notices, agency names with a conjunction inside, specialist hospitals, mines and nature reserves
 * (sentences written for these tests in the style of county portals and city papers of Sichuan, Hainan, Anhui,
 * Jiangsu, Heilongjiang, Fujian, Xinjiang, Inner Mongolia, Jiangxi and Shanxi).
 */
class NoticesAndBodiesTest {

    @ParameterizedTest(name = "orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 和 or 与 between the parts of an agency's full name, one word of it cut into a character (竹/ng 产业)
            区检察院、区林业和竹产业局建立生态修复基地。 | 区林业和竹产业局:GovernmentAgency
            福建省海洋与渔业局、泉州市自然资源局有关负责人出席。 | 福建省海洋与渔业局:GovernmentAgency; 泉州市自然资源局:GovernmentAgency
            # a preposition glued to the level character of the body after it (查由县/nr 妇联)
            筛查由县妇联、县卫健委和省肿瘤医院联合开展。 | 县妇联:Other; 县卫健委:GovernmentAgency; 省肿瘤医院:Hospital
            # specialist hospitals of which a province or city keeps one (guideline 11)
            市第一人民医院和市儿童医院派出专家。 | 市第一人民医院:Hospital; 市儿童医院:Hospital
            # 与 before a company is a preposition, not part of a name
            村集体与北大荒农垦集团合作种植水稻。 | 北大荒农垦集团:Company
            # a township's party committee after a verb of appointment HanLP cut in two (拟/v 任渔泽/nr)
            王建军现任屯留区渔泽镇党委副书记、镇长，拟任渔泽镇党委书记。 | 渔泽镇党委:PartyOrganization
            # 原 (former) before the owning county belongs to the title; no city name across it (原平)
            原平遥县人大常委会副主任郭志明同志因病逝世。 | 平遥县人大常委会:GovernmentAgency
            # an administration named by a scenic area whose name HanLP cut into characters, owned by the district
            淮阳区太昊陵景区管理处主任刘峰介绍，景区新增了智能导览服务。 | 淮阳区太昊陵景区管理处:GovernmentAgency
            实践所联合黎坪国家森林公园管理处开展森林防火宣传。 | 黎坪国家森林公园管理处:GovernmentAgency
            # a registered company's name opening with province and city written short
            湖南常德鼎城谢家铺黄茶有限公司董事长谢文明说。 | 湖南常德鼎城谢家铺黄茶有限公司:Company
            # a university's short name of three characters before the hospital's number (山/n 医大/nis 一/m 院)
            山医大一院副院长李保出席签约仪式。 | 山医大一院:Hospital
            # a unit written after its parent body, later by its own name (guideline 2)
            邢台市公安局信都分局与银行签订协议。信都分局党委书记、局长赵明远签字。 | 邢台市公安局信都分局:GovernmentAgency; 信都分局:GovernmentAgency
            # county centres of agricultural extension and government services
            区农技中心高级农艺师张红梅现场指导，县政务服务中心主任王强介绍。 | 区农技中心:Other; 县政务服务中心:Other
            # a registered company whose trade name HanLP cut into a preposition and a character (以/p 岭/ng)
            鹿泉区铜冶镇的河北以岭药业股份有限公司车间里，生产线满负荷运转。 | 河北以岭药业股份有限公司:Company
            # a company's trade name with its industry word, written alone after the full name
            雁石镇的福建龙净环保股份有限公司举行大赛。龙净环保党委书记、董事长林冰致辞。 | 龙净环保:Company
            # a registered company written short as its trade name and a later word of its full name
            沁源县的山西沁新能源集团股份有限公司揭牌。沁新集团董事长孙宏原出席。 | 沁新集团:Company
            鹿泉区的河北以岭药业股份有限公司投产。以岭药业董事长吴相君介绍。 | 以岭药业:Company
            长子县的长子县鹏程牧业有限公司投产。鹏程牧业负责人郭鹏说，计划出栏生猪2万头。 | 鹏程牧业:Company
            # a trade word HanLP tags as a job title inside a county body's name (兽医/nnt)
            县畜牧兽医服务中心主任赵卫东介绍，全县生猪存栏达35万头。 | 县畜牧兽医服务中心:Other
            # an academy of science is research, not a school
            山西白求恩医院（山西医学科学院）副院长李保林到长子县人民医院义诊。 | 山西医学科学院:Other
            # a branch written after a company of the built-in lexicon is one name with it (guideline 13)
            中国移动长治分公司、中国联通长治市分公司联合开展5G进乡村活动。 | 中国联通长治市分公司:Company; 中国移动长治分公司:Company
            # state forest farms
            塞罕坝机械林场党委书记李强介绍，林场今年造林3000亩。 | 塞罕坝机械林场:Other
            # a police brigade written with its detachment, later by its own name
            长治市公安局交警支队城区大队开展整治行动。城区大队大队长王强说，整治将持续。 | 城区大队:GovernmentAgency
            # a bank or a hospital registered as a company is a bank or a hospital
            长治银行股份有限公司与潞州区政府签订战略合作协议。 | 长治银行股份有限公司:Bank
            长治和平医院有限公司院长李明说，医院新开设了康复科。 | 长治和平医院有限公司:Hospital
            # a township of the Mongolian region with a long name HanLP cut into words, before its party committee
            阿拉坦额莫勒镇党委书记苏和说，镇里为牧民发放了防寒物资。 | 阿拉坦额莫勒镇党委:PartyOrganization
            """)
    void orgs(String text, String orgs) {
        assertFound(text, EntityType.Organization, orgs);
    }

    @ParameterizedTest(name = "not mentioned: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            王建军现任屯留区渔泽镇党委副书记、镇长，拟任渔泽镇党委书记。 | 拟任渔泽镇党委; 拟任渔泽镇
            # no name follows a distributive pronoun (每/rz 班下井/nr)
            工作面实现远程控制，每班下井人数由原来的27人减少到9人。 | 班下井
            盐城市大丰区草庙镇毗邻江苏大丰麋鹿国家级自然保护区。 | 江苏
            淮阳区太昊陵景区管理处主任刘峰介绍，景区新增了智能导览服务。 | 昊陵景区
            湖南常德鼎城谢家铺黄茶有限公司董事长谢文明说。 | 湖南; 鼎城谢家铺黄茶有限公司
            山医大一院副院长李保出席签约仪式。 | 医大一院
            # a noun ending in a level character (保护区) is no level prefix of the body after it
            保护区管理局副局长程爱兴介绍，红外相机拍摄到珍稀动物。 | 区管理局
            九龙瀑布银装素裹。 | 九龙
            全县建成示范村、重点村等一批村庄。 | 示范村; 重点村
            辛安镇刘庄，曾是舞阳县的穷村。 | 穷村
            # an adjective and the adverbial particle 地 that HanLP read as a name after a cue word (村民)
            村民高兴地说：“以后吃水再也不用发愁了。” | 高兴地
            # list items that are words and bodies are no names
            参加的有市委、县委、刘红梅等。 | 市委、县委; 县委、刘红梅
            # a district and a locative (区里: "in the district"), no person
            鹿泉区人社局副局长杨志勇说，区里将为企业提供用工对接服务。 | 区里
            雁石镇的福建龙净环保股份有限公司举行大赛。龙净环保党委书记、董事长林冰致辞。 | 龙净
            """)
    void notMentioned(String text, String not) {
        assertNotMentioned(text, not);
    }

    @ParameterizedTest(name = "places: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 的 after a township ends the chain: the village after it stands on its own (光明/ntc 村)
            昭通市鲁甸县龙头山镇的光明村迎来新一批易地搬迁群众。 | 龙头山镇:Township; 光明村:Village
            # a village named by an ordinary word, in a list beside a village found
            沿途可见砖壁村、王家峪村的八路军总部旧址。 | 砖壁村:Village; 王家峪村:Village
            # waterfalls, old castles and residences as landmarks
            九龙瀑布银装素裹，湘峪古堡修缮完工，柳氏民居也将纳入景区管理。 | 九龙瀑布:ScenicSpot; 湘峪古堡:ScenicSpot; 柳氏民居:ScenicSpot
            # a street with a direction after its name; villages and communities of that name end longer
            在英雄中路与太行东街交叉口开展整治，城关镇东街村、西街社区的居民参加。 | 太行东街:Other; 东街村:Village; 西街社区:Village
            # a county's short form before a direction word (北部) in a list
            沁县、武乡、襄垣北部有中雪。 | 沁县:County; 武乡:County; 襄垣:County
            # a nature reserve named with its province and county is one region (guideline 9, 16)
            盐城市大丰区草庙镇毗邻江苏大丰麋鹿国家级自然保护区。 | 江苏大丰麋鹿国家级自然保护区:Other; 草庙镇:Township
            """)
    void places(String text, String places) {
        assertFound(text, EntityType.Place, places);
    }

    @ParameterizedTest(name = "persons: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a Uyghur name HanLP took for a proper noun before ·, right after a post title
            村党支部书记买买提·艾力说，今年村民收入有望突破2万元。 | 买买提·艾力
            # the first names of a list, which HanLP read as words (张/q 建国/vi), before a name it read
            获奖的有张建国、刘红梅、赵亮等同志。 | 张建国; 刘红梅; 赵亮
            # a mine's head (矿长) is a post title before the name
            补连塔煤矿矿长张宏介绍，工作面实现远程控制。 | 张宏
            # a Mongolian name HanLP cut into words, between a post title and a cue word
            新右旗农牧和科技局局长乌云其木格介绍，全旗储备饲草料3.2亿斤。 | 乌云其木格
            """)
    void persons(String text, String names) {
        assertFound(text, EntityType.Person, names);
    }

    @ParameterizedTest(name = "positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # an appointment notice: profile items, then 现任 and the organisation after its places
            张丽萍，女，汉族，1982年7月生，大学学历，中共党员，现任长治市潞州区东街街道党工委副书记、办事处主任，拟任潞州区商务局局长。 | 张丽萍/副书记/东街街道党工委
            王建军，男，汉族，1979年3月生，在职研究生学历，现任屯留区渔泽镇党委副书记、镇长。 | 王建军/副书记/渔泽镇党委
            李强，男，1975年10月出生，山西长治人，中共党员，现任县交通运输局局长。 | 李强/局长/县交通运输局
            原平遥县人大常委会副主任郭志明同志因病逝世。 | 郭志明/副主任/平遥县人大常委会
            邢台市公安局信都分局与银行签订协议。信都分局党委书记、局长赵明远签字。 | 赵明远/局长/信都分局
            新右旗农牧和科技局局长乌云其木格介绍，全旗储备饲草料3.2亿斤。 | 乌云其木格/局长/新右旗农牧和科技局
            # posts at two bodies joined by ，: the ones before the comma are the same person's
            市委常委、秘书长，市直机关工委书记王志刚主持会议。 | 王志刚/书记/市直机关工委; 王志刚/常委/市委; 王志刚/秘书长/市委
            市卫健委党组书记、主任，市中医药管理局局长刘建军在讲话中指出。 | 刘建军/局长/市中医药管理局; 刘建军/主任/市卫健委
            # traditional characters: titles carried over 、 and 兼 are judged in simplified form
            廣東省人民醫院黨委書記、院長余學清出席簽約儀式。 | 余學清/院長/廣東省人民醫院
            民進長治市委主委王立群、副主委張華、李強出席。 | 張華/副主委/民進長治市委; 李強/副主委/民進長治市委
            # the body's other name in brackets between it and the title
            山西白求恩医院（山西医学科学院）副院长李保林到长子县人民医院义诊。 | 李保林/副院长/山西白求恩医院
            # professional grades at a centre (高级农艺师)
            区农技中心高级农艺师张红梅现场指导。 | 张红梅/高级农艺师/区农技中心
            """)
    void positions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    @ParameterizedTest(name = "no positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a person the body sent to serve elsewhere holds no post of it (派驻, 选派)
            北林区委组织部派驻永安村第一书记于海涛说。 | 于海涛/派驻永安村第一书记/北林区委组织部; 于海涛/第一书记/北林区委组织部
            # profile items that do not end in 现任 give no post; 拟任 (to be appointed) is no post held
            张丽萍，女，汉族，大学学历，拟任潞州区商务局局长。 | 张丽萍/局长/潞州区商务局
            # the head of a government holds no post at the body named before in a list (人大常委会 … 副县长)
            出席会议的还有：县人大常委会副主任赵国庆，副县长王海军、刘丽娟，县政协副主席陈志远。 | 王海军/副县长/县人大常委会; 刘丽娟/副县长/县人大常委会
            # a clause with a verb before the comma is another person's
            县委书记张三主持，县人大常委会主任李四讲话。 | 李四/书记/县委
            # a Han name and a cue word after the title are no minority name
            光裕堡乡人大主席魏秀德同志说，代表们认真履职。 | 魏秀德同志/主席/光裕堡乡人大
            """)
    void noPositions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertFalse(got.contains(r), () -> r + " wrongly in " + got);
    }

    @ParameterizedTest(name = "bylines: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 文/图 before the credits: each name credited after it also took the photos
            文/图 本报记者 王建 通讯员 李娜 | 王建/reporter; 王建/photographer; 李娜/correspondent; 李娜/photographer
            图/文 记者 刘强 | 刘强/reporter; 刘强/photographer
            # a second name under one role word that is also a common word, closing the credit (高峰)
            （记者 王明 通讯员 李华 高峰）近日，县里召开会议。 | 李华/correspondent; 高峰/correspondent
            # names set off by spaces before 文/图 share it
            来源：县委新闻办   作者：李永春 陈进宇 文/图 | 李永春/photographer; 陈进宇/photographer
            """)
    void bylines(String text, String rows) {
        List<String> got = run(text).bylines().stream().map(b -> b.person() + "/" + b.role()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    @ParameterizedTest(name = "persons without role: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the review credits of a county portal name persons, no byline role (guideline: credits without a role word)
            一审：王丽 二审：赵刚 三审：孙明 | 王丽; 赵刚; 孙明
            """)
    void reviewCredits(String text, String names) {
        assertFound(text, EntityType.Person, names);
        assertTrue(run(text).bylines().isEmpty());
    }

    /** Every prefix of sentences that exercise the rules at the text's end extracts without error (index bounds). */
    @ParameterizedTest(name = "prefixes: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            张丽萍，女，汉族，1982年7月生，大学学历，中共党员，现任长治市潞州区东街街道党工委副书记。
            区林业和竹产业局，福建省海洋与渔业局，每班下井，拟任渔泽镇
            文/图 本报记者 王建 通讯员 李娜
            """)
    void prefixes(String text) {
        for (int n = 1; n <= text.length(); n++) {
            String prefix = text.substring(0, n);
            assertDoesNotThrow(() -> run(prefix), prefix);
        }
    }
}
