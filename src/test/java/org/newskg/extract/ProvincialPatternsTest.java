package org.newskg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.ExtractRulesTest.assertFound;
import static org.newskg.extract.ExtractRulesTest.assertNotMentioned;
import static org.newskg.extract.ExtractRulesTest.expected;
import static org.newskg.extract.ExtractRulesTest.run;

/**
 * Patterns of papers outside Shanxi (sentences written for these tests in the style of Guangdong, Zhejiang, Henan and
 * Gansu local news): credits with a slash, committees of autonomous prefectures and counties written short, a township
 * glued to its head's title, democratic-party 委会, village names HanLP reads as persons, titles shared along a list.
 */
class ProvincialPatternsTest {

    @ParameterizedTest(name = "bylines: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            南方日报讯 (记者/李明辉 通讯员/陈小娟)12月1日，社区举办邻里节。 | 李明辉/reporter; 陈小娟/correspondent
            本报讯（记者｜王晓东）近日，全市秋粮收购进度过半。 | 王晓东/reporter
            """)
    void bylines(String text, String rows) {
        List<String> got = run(text).bylines().stream().map(b -> b.person() + "/" + b.role().name().toLowerCase()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    @ParameterizedTest(name = "persons: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a given name that is an ordinary word, after a title or a cue word (局长张文明, 种植户赵金山)
            高平市委常委、组织部部长常文明，市人大常委会副主任申晓东参加活动。 | 常文明; 申晓东
            局长李和平、副局长张文明参加活动。 | 李和平; 张文明
            种植户赵金山正忙着采摘香菇，网格员王平安入户走访。 | 赵金山; 王平安
            # a name before a bracket closed by a title, also where HanLP missed it (李/ng 明/ag)
            出席会议的有李明（县农业农村局局长）、张华（县人民医院院长）等。 | 李明; 张华
            # 作 opens the predicate (王强/nr 作/v 报告): no part of the name
            中国工程院院士、山西医科大学校长王强作报告。 | 王强
            """)
    void persons(String text, String names) {
        assertFound(text, EntityType.Person, names);
    }

    @ParameterizedTest(name = "places: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # HanLP glues the township's ending to its head's title (王店/nr 乡乡/q 长/a)
            王店乡乡长李军陪同调研。 | 王店乡:Township
            # autonomous prefectures and counties written with their one-character ending
            专家团队走进临夏州东乡县开展巡回医疗。 | 临夏州:City; 东乡县:County
            # roads with a direction are named by any word, a verb too (解放/v 南路)
            解放南路、迎宾大道和长兴北路将完成改造。 | 解放南路:Other; 长兴北路:Other
            沿着滨河东路一路向北就到了。 | 滨河东路:Other
            # rivers and ranges HanLP recognises (长江/ns, 秦岭/ns)
            长江、淮河和秦岭一带降温明显。 | 长江:Other; 淮河:Other; 秦岭:Other
            # development zones are Place/Other, a city's short name inside (guideline 16), also 经/p 开/v 区/n
            长治高新区、长治经开区和潞城经济技术开发区的企业参加招聘。 | 长治高新区:Other; 长治经开区:Other; 潞城经济技术开发区:Other
            # groups numbered after their village, a hamlet after a village whose name starts with a verb (guideline 17)
            澧县城头山镇牌楼村三组的村民王大伟家里。 | 牌楼村:Village; 三组:Other
            红安县华家河镇滚子河村李家湾自然村的农户。 | 滚子河村:Village; 李家湾自然村:Other
            # regions: a mountain area is no district; named economic regions
            太行山区的乡村振兴与京津冀、长三角协同发展。 | 太行山区:Other; 京津冀:Other; 长三角:Other
            # former residences named after a person
            学生们走进蔡锷故居、魏源故居参观。 | 蔡锷故居:ScenicSpot; 魏源故居:ScenicSpot
            """)
    void places(String text, String places) {
        assertFound(text, EntityType.Place, places);
    }

    @ParameterizedTest(name = "orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            民盟嘉兴市委会主委沈建华出席会议。 | 民盟嘉兴市委会:PartyOrganization
            # full names of public bodies hold words HanLP tags as verbs (监督管理/v); abbreviations after a level prefix
            县市场监督管理局执法人员对超市进行检查。 | 县市场监督管理局:GovernmentAgency
            县疾控中心、市公积金中心的工作人员到场服务。 | 县疾控中心:Other; 市公积金中心:Other
            县纪委监委开展警示教育，市监委对此立案调查。 | 县纪委监委:PartyOrganization; 市监委:GovernmentAgency
            省农科院、市社科院的专家现场指导。 | 省农科院:Other; 市社科院:Other
            # the office of a 街道, named by it, also when HanLP cut the name (马/n 尚/d 街道/ns 办事处)
            淄博市张店区马尚街道办事处组织开展活动。 | 马尚街道办事处:GovernmentAgency
            濟南市歷城區港溝街道辦事處主任劉強帶隊檢查。 | 港溝街道辦事處:GovernmentAgency
            # bodies of a zone whose ending HanLP cut into words (新乡/ns 经/p 开/v 区/n 考察团)
            新乡经开区考察团一行到园区参观。 | 新乡经开区考察团:Other
            长治经开区管委会主任王强出席。 | 长治经开区管委会:GovernmentAgency
            # a sub-unit written with its parent is one name (guideline 13)
            鼎城区人民法院石公桥人民法庭依法审结一起案件。 | 鼎城区人民法院石公桥人民法庭:GovernmentAgency
            # a residents' committee after its township, the village's name opening with a stop word of organisations (新)
            资阳区长春镇新码头社区居委会主任曹志强组织志愿者巡逻。 | 新码头社区居委会:Other
            # bodies every county has one of, named by a level prefix alone; bodies of a party committee; the League
            县委老干部局、县委编办、团县委、县红十字会、县人武部、县供电公司参加。 | 县委老干部局:PartyOrganization; 县委编办:PartyOrganization; 团县委:Other; 县红十字会:Other; 县人武部:Other; 县供电公司:Company
            丽水学院、缙云县职业中专的学生参加。 | 丽水学院:School; 缙云县职业中专:School
            # a trade name HanLP cut into characters, right after a verb of founding (创办了/ule 绿/a 源/ng 养殖场)
            他创办了绿源养殖场，带动乡亲增收。 | 绿源养殖场:Company
            # rural credit cooperatives are banks
            光山县农村信用合作联社、县农信联社和白雀园镇信用社参加。 | 光山县农村信用合作联社:Bank; 县农信联社:Bank; 白雀园镇信用社:Bank
            # outlets listed with 、 before one a credit names; an account on a platform, not the platform
            信阳日报社、光山县广播电视台、大河网、映象网记者参加采访。 | 大河网:Media; 映象网:Media
            据“长治发布”微信公众号消息，全市启动冬季供暖。 | 长治发布:Media
            # hospitals called by their number
            患者被送往市一院救治，浙大一院、郑大一附院专家远程会诊。 | 市一院:Hospital; 浙大一院:Hospital; 郑大一附院:Hospital
            # central media and central state-owned enterprises named bare
            人民网、新华网、学习强国平台对此进行了报道。 | 人民网:Media; 新华网:Media; 学习强国:Media
            中国移动、国家电网等企业参加招聘会。 | 中国移动:Company; 国家电网:Company
            桂城街道党工委副书记何志坚、夏西社区党委书记梁国强出席活动。 | 夏西社区党委:PartyOrganization
            """)
    void orgs(String text, String orgs) {
        assertFound(text, EntityType.Organization, orgs);
    }

    @ParameterizedTest(name = "not mentioned: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a village name read as a person's (夏西/nr 社区/n), and a title taken for a committee's ending (主委)
            桂城街道党工委副书记何志坚、夏西社区党委书记梁国强出席活动。 | 夏西
            民盟嘉兴市委会主委沈建华出席会议。 | 盟嘉兴市委会主委; 民盟嘉兴市委
            # without a cue, a name ending in a stop word of names is no name (察看/v 农文旅/nr 融合)
            书记实地察看农文旅融合发展情况。 | 农文旅
            # a park joined by 和 to a body is no part of its name
            他先后调研了凤凰广场、文化公园和体育中心。 | 文化公园和体育中心
            中国工程院院士、山西医科大学校长王强作报告。 | 王强作
            # no trade name: a kind of farm, or a quoted campaign name
            村里新建了大型养殖场。 | 大型养殖场
            全县已建成“共富工坊”77家。 | 共富工坊
            # a number and 组 not right after a village is no group
            会上公布了三组数据。 | 三组
            # a medicine's name before its dosage form is no person (连花清/nr 瘟/v 胶囊)
            义诊现场免费发放连花清瘟胶囊等药品。 | 连花清; 连花清瘟
            据“长治发布”微信公众号消息，全市启动冬季供暖。 | 微信
            # a doubled 镇 with no head's title after it names no township
            全县镇镇建有综合文化站。 | 全县镇
            全县推行一院一策管理。 | 一院; 县一院
            # a court and a tribunal written apart are two
            县法院、石公桥人民法庭联合开展普法宣传。 | 县法院石公桥人民法庭
            学生们走进蔡锷故居参观。 | 蔡锷
            """)
    void notMentioned(String text, String not) {
        assertNotMentioned(text, not);
    }

    @ParameterizedTest(name = "positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            民盟嘉兴市委会主委沈建华，副主委王立群、徐红出席会议。 | 沈建华/主委/民盟嘉兴市委会; 王立群/副主委/民盟嘉兴市委会; 徐红/副主委/民盟嘉兴市委会
            县人民医院副院长张伟、李强、赵敏参加义诊。 | 张伟/副院长/县人民医院; 李强/副院长/县人民医院; 赵敏/副院长/县人民医院
            出席会议的有李明（县农业农村局局长）、张华（县人民医院院长）等。 | 李明/局长/县农业农村局; 张华/院长/县人民医院
            中国工程院院士、山西医科大学校长王强作报告。 | 王强/院士/中国工程院; 王强/校长/山西医科大学
            """)
    void positions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    @ParameterizedTest(name = "no positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a head's title is one person's: the name after it holds no post here
            县人民医院院长张伟、李强等参加义诊。 | 李强/院长/县人民医院
            """)
    void noPositions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertFalse(got.contains(r), () -> r + " wrongly in " + got);
    }
}
