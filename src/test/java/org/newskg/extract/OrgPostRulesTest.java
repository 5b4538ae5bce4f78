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
 * Organisation kinds and post lists added for unseen local news (sentences written for these tests): village and
 * township party cells, democratic parties, offices of party committees, courts and police units, media named by
 * their cues, trade-named enterprises; posts listed under one organisation.
 */
class OrgPostRulesTest {

    @ParameterizedTest(name = "orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            近日，桃源县漳江镇枫树坪村党支部组织党员清理河道。 | 枫树坪村党支部:PartyOrganization
            会上，青山乡党委书记何建平作表态发言。 | 青山乡党委:PartyOrganization
            城西乡党委、乡政府把项目建设作为头等大事。 | 城西乡党委:PartyOrganization
            民进衡阳市委主委周文斌带队赴基层调研。 | 民进衡阳市委:PartyOrganization
            九三学社江西省委员会与民盟赣州市委联合举办论坛。 | 九三学社江西省委员会:PartyOrganization; 民盟赣州市委:PartyOrganization
            民进市中心医院支部开展送医下乡活动。 | 民进市中心医院支部:PartyOrganization
            中共江西省委办公厅、江西省人民政府办公厅联合印发实施意见。 | 中共江西省委办公厅; 江西省人民政府办公厅
            县委中心组举行集体学习，省委政法委有关负责同志到会指导。 | 县委中心组:PartyOrganization; 省委政法委:PartyOrganization
            国家卫生健康委基层卫生健康司派员参加培训。 | 国家卫生健康委基层卫生健康司:GovernmentAgency
            赣县区公安局治安大队联合梅林派出所开展清查行动。 | 赣县区公安局治安大队:GovernmentAgency; 梅林派出所:GovernmentAgency
            红网消息 近日，某县启动春季植树活动。 | 红网:Media
            （来源：赣南日报 编辑：刘畅）据江西新闻网报道，活动吸引上千人参加。 | 赣南日报:Media; 江西新闻网:Media
            江西日报·江西新闻客户端讯 记者从省农业农村厅获悉。 | 江西日报:Media; 江西新闻:Media; 省农业农村厅:GovernmentAgency
            瑞金长林酒坊、赣州百草制药和宁都宏盛机械制造三家企业现场签约。 | 瑞金长林酒坊:Company; 赣州百草制药:Company; 宁都宏盛机械制造:Company
            活动现场，黄坑乡丰源养殖场和兴农农民专业合作社展示了特色产品。 | 丰源养殖场:Company
            兴国县委巡察组进驻后，县乡村振兴局积极配合。 | 兴国县委巡察组:Other; 县乡村振兴局:GovernmentAgency
            市委调研督查组组长邱立新一行深入园区。 | 市委调研督查组:Other
            病人先后在县中医院、县妇幼保健院就诊，后转往省人民医院。 | 县中医院:Hospital; 县妇幼保健院:Hospital; 省人民医院:Hospital
            赣南绿源农业发展有限公司负责人介绍了基地情况。 | 赣南绿源农业发展有限公司:Company
            # the outlets every county or city has one of, with a level prefix alone (public)
            据县融媒体中心消息，全县秋收进度过半。 | 县融媒体中心:Media
            市电视台播出了专题片。 | 市电视台:Media
            # a county's supply and marketing cooperative; a party committee's study group
            黎城县供销社主任杨光明介绍情况。 | 黎城县供销社:Company
            县委理论学习中心组举行集体学习。 | 县委理论学习中心组:PartyOrganization
            """)
    void orgs(String text, String orgs) {
        assertFound(text, EntityType.Organization, orgs);
    }

    @ParameterizedTest(name = "not orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            本报记者 周敏 报道：群众纷纷点赞。 | 本报
            他在镇上的工厂上班，每周向家人汇报工作。 | 工厂; 汇报
            人民进一步增强了获得感，农民进城务工更方便。 | 民进一步; 民进城
            互联网记者节当天，电网职工坚守岗位。 | 互联网; 电网
            县医院的专家定期到乡卫生院坐诊。 | 县医院; 乡卫生院
            会议要求各地成立调研组，深入一线。 | 调研组
            """)
    void notOrgs(String text, String not) {
        assertNotMentioned(text, not);
    }

    @ParameterizedTest(name = "positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            民进衡阳市委主委周文斌、副主委李秀英、秘书长陈志刚出席会议。 | 周文斌/主委/民进衡阳市委; 李秀英/副主委/民进衡阳市委; 陈志刚/秘书长/民进衡阳市委
            民建株洲市委：刘建华主委、刘小琴副主委、赵国栋秘书长参加调研。 | 刘建华/主委/民建株洲市委; 刘小琴/副主委/民建株洲市委; 赵国栋/秘书长/民建株洲市委
            南昌大学第一附属医院二级教授、博导、院长吴志强出席开幕式。 | 吴志强/二级教授/南昌大学第一附属医院; 吴志强/博导/南昌大学第一附属医院; 吴志强/院长/南昌大学第一附属医院
            赣县区公安局治安大队副大队长曾凡明介绍了案情。 | 曾凡明/副大队长/赣县区公安局治安大队
            国家卫生健康委基层卫生健康司副司长孙建军一行调研。 | 孙建军/副司长/国家卫生健康委基层卫生健康司
            会上，青山乡党委书记何建平作表态发言。 | 何建平/书记/青山乡党委
            市委调研督查组组长邱立新一行深入园区。 | 邱立新/组长/市委调研督查组
            黎城县供销社主任杨光明介绍情况。 | 杨光明/主任/黎城县供销社
            市委：书记张华、副书记李强、秘书长王刚出席会议。 | 张华/书记/市委; 李强/副书记/市委; 王刚/秘书长/市委
            县委书记张振华县长李明等参加活动。 | 张振华/书记/县委
            """)
    void positions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    @ParameterizedTest(name = "no positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            县委书记刘建国、副县长黄丽华出席仪式。 | 黄丽华/副县长/县委
            # a title never runs across another name (unpunctuated list of leaders)
            县委书记张振华县长李明等参加活动。 | 李明/书记张振华县长/县委; 李明/县长/县委
            """)
    void noPositions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertFalse(got.contains(r), () -> r + " wrongly in " + got);
    }
}
