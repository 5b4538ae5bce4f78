package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PageSplitterTest {
    /** The gold dev documents shared by the project (../shared from the project folder). */
    private static final Path DEV = Path.of("..", "shared", "eval", "dev");
    private static final String CHANGZHI = "changzhi-daily-2025-01-02-p2";

    static List<String> devDocs() throws IOException {
        assertTrue(Files.isDirectory(DEV), "dev set not found at " + DEV.toAbsolutePath());
        try (Stream<Path> s = Files.list(DEV)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    static List<String> singleArticleDocs() throws IOException {
        return devDocs().stream().filter(d -> !d.equals(CHANGZHI)).toList();
    }

    private static String devText(String doc) throws IOException {
        String json = Files.readString(DEV.resolve(doc + ".json"));
        return JsonParser.parseString(json).getAsJsonObject().get("text").getAsString();
    }

    /** Non-whitespace code points with their counts. */
    private static Map<Integer, Integer> inkOf(String s) {
        Map<Integer, Integer> m = new TreeMap<>();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0xFEFF)
                .forEach(c -> m.merge(c, 1, Integer::sum));
        return m;
    }

    /** The page without the second and later copies of a caption printed twice (the splitter keeps one). */
    private static String withoutRepeatedCaptions(String page) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        StringBuilder out = new StringBuilder();
        for (String line : page.split("\n", -1)) {
            String t = PageSplitter.strip(line);
            boolean caption = !t.isEmpty() && PageSplitter.kindOf(t).equals("CAPTION")
                    && PageSplitter.captionContent(t).codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .count() >= PageSplitter.MIN_CAPTION_CONTENT;
            if (caption && !seen.add(t)) continue;
            out.append(line).append('\n');
        }
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("devDocs")
    void nothingOfThePageIsLost(String doc) throws IOException {
        String page = devText(doc);
        List<PageArticle> articles = PageSplitter.split(page);
        StringBuilder all = new StringBuilder();
        for (PageArticle a : articles) all.append(a.text());
        assertEquals(inkOf(withoutRepeatedCaptions(page)), inkOf(all.toString()), "characters lost or added in " + doc);
    }

    @Test
    void nothingIsLostOnShuffledPages() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String doc : devDocs()) devText(doc).lines().filter(l -> !l.isBlank()).forEach(paragraphs::add);
        java.util.Random random = new java.util.Random(20250102L);
        for (int round = 0; round < 20; round++) {
            java.util.Collections.shuffle(paragraphs, random);
            StringBuilder page = new StringBuilder();
            for (String p : paragraphs.subList(0, 40)) page.append(p).append("\n".repeat(1 + random.nextInt(3)));
            List<PageArticle> articles = PageSplitter.split(page.toString());
            StringBuilder all = new StringBuilder();
            for (PageArticle a : articles) all.append(a.text());
            assertEquals(inkOf(withoutRepeatedCaptions(page.toString())), inkOf(all.toString()), "round " + round);
        }
    }

    @ParameterizedTest
    @MethodSource("singleArticleDocs")
    void singleArticlesStayWhole(String doc) throws IOException {
        List<PageArticle> articles = PageSplitter.split(devText(doc));
        assertEquals(1, articles.size(), () -> doc + " was split: " + articles.stream().map(PageArticle::title).toList());
        assertEquals(1, articles.get(0).line());
    }

    @Test
    void changzhiPageSplitsIntoItsArticles() throws IOException {
        List<PageArticle> articles = PageSplitter.split(devText(CHANGZHI), 2025);
        List<String> titles = new ArrayList<>();
        List<String> bylines = new ArrayList<>();
        List<PageArticle.Kind> kinds = new ArrayList<>();
        for (PageArticle a : articles) {
            titles.add(a.title());
            bylines.add(a.byline());
            kinds.add(a.kind());
        }
        assertEquals(java.util.Arrays.asList(
                "在高质量发展中增进民生福祉",
                "首届太行山大峡谷八泉峡景区冰雪嘉年华启幕", // its subtitle, printed at the foot of the page, matched by content
                "长医附属和平医院被认定为山西省血液系统疾病临床医学研究中心",
                "交行长治分行携手税务部门推动消费补贴政策落地见效",
                null, // the 平顺县 photo: news of its own
                "上党区荫城镇多措并举筑牢森林防火墙",
                null, // the 征兵 photo: news of its own
                "精准对接“职”等你来",
                "巧手艺里的“致富经”"), titles);
        assertEquals(java.util.Arrays.asList(
                "山西日报评论员文章",
                "□本报记者 潘银丽 通讯员 冯建义",
                "本报讯 记者冯波报道",
                "本报讯 通讯员杜雁军报道",
                "李燎原 摄",
                "本报讯 通讯员韩婷婷 苏昆峰报道",
                "牛子儒 摄",
                "□本报见习记者 黄欣宇",
                "□本报通讯员 段婷婷"), bylines);
        PageArticle.Kind A = PageArticle.Kind.ARTICLE;
        PageArticle.Kind C = PageArticle.Kind.CAPTION;
        assertEquals(List.of(A, A, A, A, C, A, C, A, A), kinds);

        assertTrue(articles.get(0).text().startsWith("在高质量发展中增进民生福祉\n——四论学习贯彻"));
        assertTrue(articles.get(1).text().startsWith("——首届太行山大峡谷八泉峡景区冰雪嘉年华启幕\n□本报记者 潘银丽 通讯员 冯建义\n一座座主题鲜明的冰雪景观"));
        assertTrue(articles.get(1).text().endsWith("推动全县文旅产业高质量发展。"));
        assertEquals(27, articles.get(1).line()); // where its byline stands, not where its subtitle was printed
        // no date of the page's own: 1月1日 (八泉峡) and 2024年12月30日 (交行) are dates of events, not of publication
        assertEquals(java.util.Collections.nCopies(9, null), articles.stream().map(PageArticle::date).toList());
        assertTrue(articles.get(7).text().startsWith("稳就业 惠民生 促发展 |\n精准对接“职”等你来\n□本报见习记者 黄欣宇\n"));
        assertTrue(articles.get(8).text().startsWith("新闻故事\nXINWENGSISHI\n巧手艺里的“致富经”\n——潞城区以企带村发展助力群众增收\n"));

        // each photo caption stands alone, once (the page prints the 平顺县 one twice), and no article holds one
        assertEquals("1月1日，平顺县北社乡东青北村蔬菜大棚里，郁郁葱葱的芹菜散发着阵阵清香，工人在忙着收割、打捆、装袋，现场一派丰收景象。 李燎原 摄",
                articles.get(4).text());
        assertTrue(articles.get(6).text().startsWith("张贴征兵标语横幅") && articles.get(6).text().endsWith("为部队持续输送高素质人才。 牛子儒 摄"));
        for (PageArticle a : articles) {
            if (a.kind() == C) continue;
            assertFalse(a.text().contains(" 摄"), () -> a.title() + " holds a caption");
            assertFalse(a.text().contains("平顺县") || a.text().contains("征兵"), () -> a.title() + " holds a caption's text");
        }
        // nothing of one article's body is in another
        assertFalse(articles.get(2).text().contains("交通银行"));
        assertFalse(articles.get(3).text().contains("和平医院"));
    }

    @Test
    void layoutGapsInTheChangzhiPageAreRepaired() throws IOException {
        String all = String.join("\n", PageSplitter.split(devText(CHANGZHI)).stream().map(PageArticle::text).toList());
        assertTrue(all.contains("大力发展普惠托育和普惠养老服务，鼓励发展社区支持的居家养老"));
        assertTrue(all.contains("蕴含着无限的可能与希望。如今，她们的布老虎样式"));
        assertTrue(all.contains("黄牛蹄村等6个村合作，负责提供原材料供应"));
        assertTrue(all.contains("学生在我们这里登记报名。”汉途文化"));
        // the stray first copy of that quote is followed by an unrelated paragraph: left alone
        assertTrue(all.contains("学生在我们\n招聘现场人头攒动"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            □本报记者 潘银丽 通讯员 冯建义                                            | BYLINE
            □本报见习记者 黄欣宇                                                     | BYLINE
            本报记者 吕汉富 文/图                                                    | BYLINE
            文/图 本报记者 王芳                                                      | BYLINE
            山西日报评论员文章                                                        | BYLINE
            本报讯 记者冯波报道：日前，长治医学院附属和平医院被认定为临床医学研究中心。      | DATELINE
            本报讯（记者 郭华 通讯员 李明）1月1日，壶关县召开冬季旅游推介会。               | DATELINE
            黄河新闻网长治讯(记者冯庆)10月27日,长治义诊活动在市中医药文化公园正式启动。      | DATELINE
            新华社太原1月1日电（记者 王飞航）山西省首届冰雪嘉年华1日启幕。                   | DATELINE
            1月1日，平顺县北社乡东青北村蔬菜大棚里，现场一派丰收景象。 李燎原 摄              | CAPTION
            游客在冰雕前拍照留念。（本报记者 潘银丽 摄）                                 | CAPTION
            本报记者 潘银丽 摄                                                       | CAPTION
            本报记者 郭华 通讯员 李明报道：1月1日，壶关县召开冬季旅游推介会。               | DATELINE
            （下转第二版）                                                           | CREDIT
            长医附属和平医院被认定为山西省血液系统疾病临床医学研究中心                      | HEADLINE
            精准对接“职”等你来                                                       | HEADLINE
            青田:拓宽山区创富路                                                       | HEADLINE
            ——潞城区以企带村发展助力群众增收                                           | SUBTITLE
            '稳就业 惠民生 促发展 |'                                                  | LABEL
            XINWENGSISHI                                                             | LABEL
            責任編輯: 吉政                                                            | CREDIT
            目前，潞城区潞之锦布艺有限公司与青口村、史回村、贾村、黄牛蹄村等6个村            | BODY
            “招聘情况总体不错，现在已有60多位符合条件的学生在我们                         | BODY
            记者从市人社局获悉，今年我市新增就业岗位1080个。                              | BODY
            “我从小就学舞蹈，也很喜欢小朋友，您看我可以去学校面试一下吗？”……              | BODY
            """)
    void linesAreClassified(String line, String kind) {
        assertEquals(kind, PageSplitter.kindOf(line));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', textBlock = """
            织密扎牢社会保障网，健全灵活就业人员、农民工、新就业形态人员社保制度，大力发展普惠托育和普惠养老服务，鼓 | 励发展社区支持的居家养老，不断增强人民群众获得感、幸福感、安全感。 | true
            “针起线落”之间，蕴含着无限的可能与希望。如 | 今，她们的布老虎样式已拓展至38种，挂件种类更是多达220种。 | true
            “招聘情况总体不错，现在已有60多位符合条件的学生在我们 | 这里登记报名。”汉途文化艺术咨询有限责任公司负责人王河山说。 | true
            “招聘情况总体不错，现在已有60多位符合条件的学生在我们 | 招聘现场人头攒动，气氛热烈。用人单位精心布置展位。 | false
            各村发放订单任务，并安排专人对村民进行培训。 | 帮助她们提升制作工艺水平，以确保产品质量符合市场标准。 | false
            山西日报评论员文章 | 日征月迈，朝暮轮转。倏忽间，2024年已成为历史。 | false
            上党区荫城镇多措并举筑牢森林防火墙 | 森林防火责任重于泰山，为切实有效压实森林防火责任，荫城镇加强组织领导。 | false
            加快补齐基本公共服务短板，深入实施医疗卫生强基强医工程 | 本报讯 记者冯波报道：日前，长治医学院附属和平医院被认定为研究中心。 | false
            荫城镇坚持“预防为主、积极消灭”工作方针，全面落实网格化巡查机制 | 二是强化宣传巡查，严格执行24小时值班值守制度。 | false
            持续加大惠民力度，真正让减费让利的政策惠及更多客户 | 2024年，省委常委会坚持尽力而为、量力而行。 | false
            持续加大惠民力度，真正让减费让利的政策惠及更多客户 | 身份:大同市云州区瓜园乡瓜园村党支部书记、合作社理事长 | false
            """)
    void joinsOnlyWordsCutByLayout(String before, String after, boolean join) {
        assertEquals(join, PageSplitter.canJoin(before, after));
    }

    @Test
    void layoutGapIsJoinedInsideASplitPage() {
        String page = "交行长治分行携手税务部门推动消费补贴政策落地见效\n\n本报讯 通讯员杜雁军报道：近日，交通银行长治分行携手税务部门，及时办理缴税相关工作，进一步保障年终顺利决\n\n"
                + "算，切实推动金融惠企政策落地见效。\n";
        List<PageArticle> articles = PageSplitter.split(page);
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).text().endsWith("保障年终顺利决算，切实推动金融惠企政策落地见效。"), articles.get(0).text());
    }

    @Test
    void leadingFragmentIsItsOwnArticle() {
        String page = """
                推动全县文旅产业高质量发展。壶关县文旅局局长郭志毅表示，将丰富冬季文旅产品供给。

                长医附属和平医院被认定为山西省血液系统疾病临床医学研究中心

                本报讯 记者冯波报道：日前，长治医学院附属和平医院被认定为山西省血液系统疾病临床医学研究中心。
                """;
        List<PageArticle> articles = PageSplitter.split(page);
        assertEquals(2, articles.size());
        assertNull(articles.get(0).title());
        assertEquals("长医附属和平医院被认定为山西省血液系统疾病临床医学研究中心", articles.get(1).title());
        assertEquals(3, articles.get(1).line());
    }

    @Test
    void trailingBylineAndSubheadsDoNotSplit() {
        String page = """
                本报讯 3月18日，小店区举办社区工作展演，展现新时代社区工作者的精神风貌。

                要求进步 光荣入党

                全区社区党组织书记与社会工作者代表等450余人齐聚一堂，共同观看节目。

                记者 王丹
                """;
        List<PageArticle> articles = PageSplitter.split(page, 2025);
        assertEquals(1, articles.size());
        assertEquals("2025-03-18", articles.get(0).date());
        assertEquals("记者 王丹", articles.get(0).byline()); // the closing credit; the dateline names no reporter
    }

    @Test
    void pageHeaderJumpLineAndPhotoCreditDoNotMakeArticles() {
        String page = """
                长治日报 2025年1月3日 星期五 第3版

                壶关县开展冬季森林防火巡查

                本报讯（记者 郭华）1月2日，壶关县组织护林员开展冬季森林防火巡查，重点检查林区入口和坟头祭祀点。

                护林员在八泉峡景区入口检查车辆。

                本报记者 郭华 摄

                巡查中，各乡镇落实网格化管理，严控火源，一旦发现火情及时上报处置，确保森林安全。

                （下转第二版）

                潞城区开展新春送温暖活动

                本报讯 通讯员段婷婷报道：1月2日，潞城区走访慰问困难群众，送去米面油等生活物资。
                """;
        List<PageArticle> articles = PageSplitter.split(page);
        assertEquals(List.of("壶关县开展冬季森林防火巡查", "潞城区开展新春送温暖活动"),
                articles.stream().map(PageArticle::title).toList());
        assertEquals(List.of("本报讯（记者 郭华）", "本报讯 通讯员段婷婷报道"), articles.stream().map(PageArticle::byline).toList());
        // the masthead's date is the page's publication date; the datelines' 1月2日 is when the events took place
        assertEquals(List.of("2025-01-03", "2025-01-03"), articles.stream().map(PageArticle::date).toList());
        assertTrue(articles.get(0).text().contains("（下转第二版）"));
        assertTrue(articles.get(0).text().endsWith("本报记者 郭华 摄"), articles.get(0).text()); // a bare credit inside the article
        assertEquals(15, articles.get(1).line());
    }

    @Test
    void blankPageHasNoArticles() {
        assertEquals(List.of(), PageSplitter.split(" \n\u3000\n"));
    }
}
