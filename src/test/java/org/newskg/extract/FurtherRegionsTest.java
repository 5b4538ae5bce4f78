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
 * Patterns of the north-west, south-west and north-east (sentences written for these tests in the style of Gansu,
 * Qinghai, Ningxia, Guizhou, Chongqing, Jilin, Liaoning, Guangxi, Hebei and Shaanxi local news): courts and committees
 * written short, residents' committees in full, names HanLP cut or read as words, scenic areas with a numeral inside.
 */
class FurtherRegionsTest {

    @ParameterizedTest(name = "orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a city's intermediate court and a province's high court written short
            市中院党组成员、副院长王新华通报全市审判工作。 | 市中院:GovernmentAgency
            案件由省高院发回重审，最终由酒泉中院审结。 | 省高院:GovernmentAgency; 酒泉中院:GovernmentAgency
            # residents' and villagers' committees in full are Other (guideline 12)
            东城区幸福社区居民委员会主任王芳介绍。 | 幸福社区居民委员会:Other
            红旗村村民委员会主任韩东说。 | 红旗村村民委员会:Other
            王家庄村村委主任刘军说。 | 王家庄村村委:Other
            # a verb of acting together after the clause's subject is no part of the company's name
            街道联合营口港集团开展志愿服务。 | 营口港集团:Company
            # a national university named by the centre (中央/n 民族/n 大学)
            中央民族大学、中央财经大学的学生到村里支教。 | 中央民族大学:School; 中央财经大学:School
            # the last outlet of a list closed by 等媒体 (X网 alone needs a media cue)
            河北日报、长城网等媒体记者参加了发布会。 | 长城网:Media
            # a level prefix and an agency's abbreviation that HanLP read as a person (区卫健/nr 委)
            区卫健委党委书记、主任曾庆华出席。 | 区卫健委:GovernmentAgency
            # a banner written by its customary short name (察哈尔右翼前旗 → 察右前旗)
            察右前旗林业和草原局局长白音仓介绍。 | 察右前旗林业和草原局:GovernmentAgency
            # a fire and rescue station written with its brigade (guidelines 12, 13); an office stationed elsewhere (驻)
            青田县消防救援大队温溪消防救援站迅速出警。 | 青田县消防救援大队温溪消防救援站:GovernmentAgency
            长治市驻北京办事处主任王明介绍。 | 长治市驻北京办事处:GovernmentAgency
            # an office of a bank's federation is a bank's (湖南省农村信用社联合社郴州办事处)
            湖南省农村信用社联合社郴州办事处党委书记、主任刘振华一行到汝城调研。 | 湖南省农村信用社联合社郴州办事处:Bank
            # a village's name HanLP read as a person (王家庄/nr) before a station of the village
            王家庄农业服务站站长李强说，今年推广新品种。 | 王家庄农业服务站:GovernmentAgency
            # a power supply bureau of the southern grid, written with its company (guideline 13)
            国网黔西南供电公司兴义市供电局组织党员服务队进村检修线路。 | 国网黔西南供电公司兴义市供电局:Company
            # a company's name found elsewhere, here with its legal form after a split HanLP made (与美/b 的/ude1 集团)
            镇政府与美的集团股份有限公司签署协议。美的集团副总裁王建国介绍，集团将投资建厂。 | 美的集团股份有限公司:Company; 美的集团:Company
            # campuses, branches and business departments written with their institution (guideline 13)
            郑州大学第一附属医院河医院区与登封市人民医院签约。 | 郑州大学第一附属医院河医院区:Hospital
            西北大学附属中学大荔分校、陕西师范大学长安校区的学生参加。 | 西北大学附属中学大荔分校:School; 陕西师范大学长安校区:School
            中国工商银行股份有限公司资阳分行营业部开展宣传活动。 | 中国工商银行股份有限公司资阳分行营业部:Bank
            # community health centres; a nine-year school named by its township (九/m 年/qt)
            嵩阳街道社区卫生服务中心、城关镇九年一贯制学校派员参加。 | 嵩阳街道社区卫生服务中心:Hospital; 城关镇九年一贯制学校:School
            # a county's armed forces department, archives and library; a party committee's history office
            县人民武装部部长林志勇、长汀县档案馆、县图书馆的同志参加，市委党史研究室主办。 | 县人民武装部:GovernmentAgency; 长汀县档案馆:Other; 县图书馆:Other; 市委党史研究室:PartyOrganization
            # a registered company's name opening with its province and county written short
            婺源县江湾镇的江西婺源旅游股份有限公司总经理吴向阳说。 | 江西婺源旅游股份有限公司:Company
            # a police station named by a township whose name is an ordinary word, where the article names the township
            共享法庭在诸暨市枫桥镇启用。枫桥派出所所长周伟说，经验可复制。 | 枫桥派出所:GovernmentAgency
            # 和 before a level character joins two bodies: no county 和县 swallows the second one's level prefix
            市委和县委主要领导参加，省卫健委和县人民医院专家会诊，市档案馆和县图书馆联合办展。 | 县委:PartyOrganization; 县人民医院:Hospital; 县图书馆:Other
            # a registered company's name with a bracket inside keeps its owner county
            阳城县皇城相府（集团）实业有限公司也参与了景区运营。 | 阳城县皇城相府（集团）实业有限公司:Company
            """)
    void orgs(String text, String orgs) {
        assertFound(text, EntityType.Organization, orgs);
    }

    @ParameterizedTest(name = "persons: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a dictionary noun right after a post title, then a list mark or a verb, is a name (周波/n)
            街道党工委书记周波、区消防救援支队政治委员王鹏出席。 | 周波; 王鹏
            县委书记高峰出席会议并讲话。 | 高峰
            # a lone bound character after a two-character name is its last (黄丽/nr 萍/nz 作/v)
            县委常委、组织部部长黄丽萍作开班动员。 | 黄丽萍
            # surnames of the south (赖, 洪)
            医院副院长赖晓东说，村民洪小平也来了。 | 赖晓东; 洪小平
            # a Tibetan name of two parts (格桑/nrf 卓嘎/nr); a Uyghur name's part before · runs back to the title
            乡党委书记格桑卓嘎说，合作社已带动46户群众增收。 | 格桑卓嘎
            州卫生健康委员会党组书记、主任阿不都热依木·吐尔逊出席会议并讲话。 | 阿不都热依木·吐尔逊
            # the word after the name swallowed its last character and what is left opens a locative adverb (山一/nz 起: 一起)
            致富带头人金宝山一起登台领奖。 | 金宝山
            """)
    void persons(String text, String names) {
        assertFound(text, EntityType.Person, names);
    }

    @ParameterizedTest(name = "places: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a numeral and measure inside a scenic area's name after a place name (西江/ns 千户/q 苗寨)
            活动在西江千户苗寨景区开幕。 | 西江千户苗寨景区:ScenicSpot
            # customary short names of banners
            科右中旗、达茂旗的牧民参加了比赛。 | 科右中旗:County; 达茂旗:County
            # a reservoir named by a township HanLP cut into characters (皂/n 市/n 水库)
            石门县皂市镇依托皂市水库发展乡村旅游。 | 皂市水库:Other
            # a demonstration park named with its county is one span (guideline 16)
            学生走进大荔县农业科技示范园开展研学活动。 | 大荔县农业科技示范园:Other
            # a museum named by its county or province is one span with it
            主题展在长汀县博物馆开展，学生还参观了河南省科技馆。 | 长汀县博物馆:ScenicSpot; 河南省科技馆:ScenicSpot
            马鞍山市和县历阳镇的农户。 | 和县:County
            """)
    void places(String text, String places) {
        assertFound(text, EntityType.Place, places);
    }

    @ParameterizedTest(name = "not mentioned: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # every court or hospital of a level is none of them
            全市法院共审结环境资源案件312件，全省检察院也开展了专项活动。 | 市法院; 省检察院
            街道联合营口港集团开展志愿服务。 | 街道联合营口港集团
            # a township named by an ordinary word is that word when written alone (玫瑰镇 → 玫瑰种植)
            平阴县玫瑰镇南石硖村发展玫瑰种植。 | 玫瑰
            # a name token before a lone settlement character is a place's name (郎德上/nr 寨/ng)
            丹寨万达小镇、郎德上寨等景点接待游客。 | 郎德上
            # a numeral opening a name needs a proper name before it
            游客来到千户苗寨景区。 | 千户苗寨景区
            县委书记高峰期间坚守岗位。 | 高峰期
            区卫健委党委书记曾庆华出席。 | 区卫健
            # a bare 乡 or 镇 prefix names no body (level prefixes count down to the county)
            乡党委书记带领乡农业服务中心干部调研。 | 乡农业服务中心
            # a lone measure word after a name token is no name's last character (温溪/nr 段/q: a road's section)
            称在330国道温溪段发生一起交通事故。 | 温溪段
            # a lexicon name whose last character opens a word running past it (交通运输部门) is none
            兰山区、罗庄区交通运输部门负责人介绍了农村公路建设情况。 | 交通运输部
            # items of a list of villages closed by 等村 are no persons; a township named by a word names no hamlet
            县里正在推进骆驼湾、顾家台等村的民宿建设。 | 顾家台
            实地了解各村幸福屋场建设情况。 | 幸福屋场
            石门县皂市镇依托皂市水库发展乡村旅游。 | 皂市
            """)
    void notMentioned(String text, String not) {
        assertNotMentioned(text, not);
    }

    @ParameterizedTest(name = "positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            市中院党组成员、副院长王新华通报全市审判工作。 | 王新华/副院长/市中院; 王新华/党组成员/市中院
            中央民族大学教授杨圣敏作主旨演讲。 | 杨圣敏/教授/中央民族大学
            区卫健委党委书记、主任曾庆华出席。 | 曾庆华/党委书记/区卫健委; 曾庆华/主任/区卫健委
            # a note in brackets between the title and the name
            惠水县委常委、副县长（挂职）刘晓东陪同。 | 刘晓东/常委/惠水县委
            县农业农村局局长（正科级）王明说。 | 王明/局长/县农业农村局
            # one person's titles joined by 、 and ，, all at the organisation before them
            遂宁市中心医院党委书记、院长，主任医师、二级教授，博士研究生导师何国栋介绍。 | 何国栋/院长/遂宁市中心医院; 何国栋/主任医师/遂宁市中心医院; 何国栋/博士研究生导师/遂宁市中心医院
            # one organisation heading a list of people, the second with two titles joined by 、
            县农业农村局党组书记、局长王明，党组成员、副局长李强，总农艺师赵刚参加调研。 | 李强/党组成员/县农业农村局; 李强/副局长/县农业农村局; 赵刚/总农艺师/县农业农村局
            """)
    void positions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    @ParameterizedTest(name = "no positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a title after 、 naming another body (办事处) is no post of the leading one
            东湖街道党工委副书记、办事处主任程丽参加活动。 | 程丽/办事处主任/东湖街道党工委
            """)
    void noPositions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertFalse(got.contains(r), () -> r + " wrongly in " + got);
    }

    @ParameterizedTest(name = "bylines: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a two-character name padded with a space before 摄
            图为村民在采摘冬枣。 通讯员 薛 涛 摄 | 薛 涛/correspondent; 薛 涛/photographer
            图为村民在采摘冬枣。（李 强 摄） | 李 强/photographer
            """)
    void bylines(String text, String rows) {
        List<String> got = run(text).bylines().stream().map(b -> b.person() + "/" + b.role()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    /** Every prefix of sentences that exercise the rules at the text's end extracts without error (index bounds). */
    @ParameterizedTest(name = "prefixes: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            县委常委、组织部部长黄丽萍作开班动员，街道党工委书记周波出席。
            活动在西江千户苗寨景区开幕，郎德上寨等景点接待游客。
            惠水县委常委、副县长（挂职）刘晓东陪同，长治市驻北京办事处主任王明。
            图为村民在采摘冬枣。 通讯员 薛 涛 摄
            """)
    void prefixes(String text) {
        for (int n = 1; n <= text.length(); n++) {
            String prefix = text.substring(0, n);
            assertDoesNotThrow(() -> run(prefix), prefix);
        }
    }
}
