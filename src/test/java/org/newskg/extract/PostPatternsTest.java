package org.newskg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.ExtractRulesTest.run;

/**
 * Common post patterns of county and city news (sentences written for these tests, not taken from any evaluation
 * set), with the exact rows the guidelines give: title before the name, titles joined by 、 or 兼, posts in two
 * organisations, posts written after the name (brackets, comma, verbs of taking a post), lists, and sentences that
 * give no row (bare 副县长, a title of another body carried over 、, a name in another sentence or clause).
 */
class PostPatternsTest {

    static List<String> rows(String text) {
        return run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).sorted().toList();
    }

    static List<String> expected(String cell) {
        if (cell == null || cell.isBlank() || cell.strip().equals("-")) return List.of();
        return java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            昨日，长兴县人民医院院长张志明带领专家团队深入乡镇开展义诊。 | 张志明/院长/长兴县人民医院
            座谈会上，王建平（平阳县农业农村局局长）介绍了全县粮食生产情况。 | 王建平/局长/平阳县农业农村局
            王建平（平阳县农业农村局党组书记、局长）介绍了情况。 | 王建平/党组书记/平阳县农业农村局; 王建平/局长/平阳县农业农村局
            据刘海涛（长兴县人民医院副院长）介绍，手术非常成功。 | 刘海涛/副院长/长兴县人民医院
            西溪镇党委书记、镇长李卫东主持会议。 | 李卫东/书记/西溪镇党委
            浙江华达实业有限公司董事长兼总经理王海涛在签约仪式上致辞。 | 王海涛/董事长/浙江华达实业有限公司; 王海涛/总经理/浙江华达实业有限公司
            县委常委、宣传部部长赵丽萍出席活动并讲话。 | 赵丽萍/常委/县委; 赵丽萍/宣传部部长/县委
            东岭村党支部书记、村委会主任孙国强告诉记者，今年村集体收入突破百万元。 | 孙国强/书记/东岭村党支部
            中国农业银行安吉支行行长陈晓峰表示，将加大信贷支持力度。 | 陈晓峰/行长/中国农业银行安吉支行
            湖州银行长兴支行副行长叶青带领员工开展金融知识宣传。 | 叶青/副行长/湖州银行长兴支行
            副县长刘晓东出席仪式。 | -
            县委书记周建华、县长吴立新、县政协主席郑文斌等领导出席开工仪式。 | 周建华/书记/县委; 郑文斌/主席/县政协
            浙江大学教授、博士生导师林志远作专题报告。 | 林志远/教授/浙江大学; 林志远/博士生导师/浙江大学
            会议宣布，王志刚任县财政局局长。 | 王志刚/局长/县财政局
            钱立群被任命为县应急管理局副局长。 | 钱立群/副局长/县应急管理局
            经研究决定，任命李明华为县交通运输局局长。 | 李明华/局长/县交通运输局
            陈建国任县财政局局长一职已有三年。 | 陈建国/局长/县财政局
            湖州市中心医院副院长、心内科主任医师黄文军现场答疑。 | 黄文军/副院长/湖州市中心医院; 黄文军/心内科主任医师/湖州市中心医院
            上午，县市场监管局党组书记、局长朱建军带队检查食品安全。 | 朱建军/党组书记/县市场监管局; 朱建军/局长/县市场监管局
            活动中，县卫健局局长徐国华与县中医院院长冯志刚共同为基地揭牌。 | 徐国华/局长/县卫健局; 冯志刚/院长/县中医院
            嘉兴学院党委书记、校长沈国明出席开学典礼。 | 沈国明/党委书记/嘉兴学院; 沈国明/校长/嘉兴学院
            会议由县政府办公室主任蒋文涛主持。 | 蒋文涛/主任/县政府办公室
            县人民医院党委书记、办公室主任严冬梅介绍情况。 | 严冬梅/党委书记/县人民医院; 严冬梅/办公室主任/县人民医院
            县委副书记、县长吴立新调研重点项目。 | 吴立新/副书记/县委
            泗安镇党委副书记、镇长潘国良，镇人大主席杨丽华陪同调研。 | 潘国良/副书记/泗安镇党委
            高新区党工委委员、管委会副主任郑国华陪同考察。 | 郑国华/委员/高新区党工委
            县政协副主席、县工商联主席李建明出席会议。 | 李建明/副主席/县政协; 李建明/主席/县工商联
            县委组织部副部长、县人社局局长钱文海作动员讲话。 | 钱文海/副部长/县委组织部; 钱文海/局长/县人社局
            县农商银行党委书记、董事长杨建华，行长吴晓东出席签约仪式。 | 杨建华/党委书记/县农商银行; 杨建华/董事长/县农商银行; 吴晓东/行长/县农商银行
            出席会议的还有县委副书记沈建军，副县长林芳，县人大常委会副主任张国华。 | 沈建军/副书记/县委; 张国华/副主任/县人大常委会
            县公安局党委副书记、政委刘建新带队检查。 | 刘建新/党委副书记/县公安局; 刘建新/政委/县公安局
            省林业局副局长、党组成员袁志强出席会议。 | 袁志强/副局长/省林业局; 袁志强/党组成员/省林业局
            参加座谈的有李文军，县农业农村局局长；王丽，县妇联主席。 | 李文军/局长/县农业农村局; 王丽/主席/县妇联
            张建华，县财政局局长、党组书记，1970年出生。 | 张建华/局长/县财政局; 张建华/党组书记/县财政局
            记者采访了张建华，县财政局局长王立新随后发言。 | 王立新/局长/县财政局
            村民张大爷说，今年收成不错。县长王建国来过村里。 | -
            记者从县文旅局获悉，局长许文斌表示将推出更多线路。 | -
            张三为县人民医院捐款十万元。 | -
            张三（左一）与李四交流。 | -
            县司法局局长、党组书记丁国强出席会议。这次会议很重要。 | 丁国强/局长/县司法局; 丁国强/党组书记/县司法局
            """)
    void rowsAsTheGuidelinesSay(String text, String rows) {
        assertEquals(expected(rows), rows(text));
    }
}
