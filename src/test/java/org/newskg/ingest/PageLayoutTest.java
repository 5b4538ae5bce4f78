package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Captions, subtitles and dates on pages whose layout put them away from their articles (pages of our own writing). */
class PageLayoutTest {
    private static final PageArticle.Kind ARTICLE = PageArticle.Kind.ARTICLE;
    private static final PageArticle.Kind CAPTION = PageArticle.Kind.CAPTION;

    /** Three articles with captions between them: one for the article above, one for the one below, one of its own. */
    private static final String PAGE = """
            壶关县召开冬季旅游推介会

            本报讯（记者 郭华）1月1日，壶关县在八泉峡景区召开冬季旅游推介会，发布冰雪旅游线路和优惠政策。

            推介会上，壶关县文旅局局长郭志毅介绍了全县冬季旅游资源，邀请各地游客来壶关赏冰玩雪。

            游客在八泉峡景区的冰雕前拍照留念。 本报记者 郭华 摄

            沁县住建局工作人员在小区检查供暖管道。 王芳 摄

            沁县开展冬季供暖安全检查

            本报讯 通讯员王芳报道：连日来，沁县住建局组织专人深入各小区开展冬季供暖安全检查，排查管网隐患。

            检查组逐户了解室内温度，对发现的问题当场交办整改。

            太行山下的晨雾中，武乡县八路军文化园迎来首批研学团队。 李明 摄

            平顺县举办农民丰收节

            □本报通讯员 张伟

            在平顺县青羊镇农民丰收节现场，村民们展示自家种植的旱地西红柿和小米，吸引不少客商前来洽谈。

            孩子们在展台前品尝刚出锅的小米粥。 赵亮 摄

            镇长李强表示，将继续发展特色种植，带动群众增收。

            平顺县青羊镇村民在丰收节上展示旱地西红柿。 张伟 摄

            ——沁县住建局排查供暖管网隐患
            """;

    private static List<String> titles(List<PageArticle> items) {
        return items.stream().map(PageArticle::title).toList();
    }

    @Test
    void captionsJoinTheArticleTheyShareWordsWithOrStandAlone() {
        List<PageArticle> items = PageSplitter.split(PAGE, 2025);
        assertEquals(java.util.Arrays.asList("壶关县召开冬季旅游推介会", "沁县开展冬季供暖安全检查", null, "平顺县举办农民丰收节"), titles(items));
        assertEquals(List.of(ARTICLE, ARTICLE, CAPTION, ARTICLE), items.stream().map(PageArticle::kind).toList());

        // above: shares 八泉峡景区 with the article before it
        assertTrue(items.get(0).text().endsWith("推介会上，壶关县文旅局局长郭志毅介绍了全县冬季旅游资源，邀请各地游客来壶关赏冰玩雪。\n"
                + "游客在八泉峡景区的冰雕前拍照留念。 本报记者 郭华 摄"), items.get(0).text());
        // below: shares 沁县住建局 with the article after it, and its photographer writes that article
        assertTrue(items.get(1).text().endsWith("沁县住建局工作人员在小区检查供暖管道。 王芳 摄"), items.get(1).text());
        assertFalse(items.get(0).text().contains("沁县"));
        // neither: a photo news item of its own, linked to the page by its document
        assertEquals("太行山下的晨雾中，武乡县八路军文化园迎来首批研学团队。 李明 摄", items.get(2).text());
        assertEquals("李明 摄", items.get(2).byline());
        assertEquals(17, items.get(2).line());
        // inside the article's flow: its own, though it shares no word with it; after the last article: matched
        assertTrue(items.get(3).text().endsWith("带动群众增收。\n孩子们在展台前品尝刚出锅的小米粥。 赵亮 摄\n"
                + "平顺县青羊镇村民在丰收节上展示旱地西红柿。 张伟 摄"), items.get(3).text());
    }

    @Test
    void aSubtitleAtThePageFootJoinsTheArticleItMatchesAfterItsHeadline() {
        List<PageArticle> items = PageSplitter.split(PAGE, 2025);
        PageArticle qinxian = items.get(1);
        assertEquals("沁县开展冬季供暖安全检查", qinxian.title());
        assertTrue(qinxian.text().startsWith("沁县开展冬季供暖安全检查\n——沁县住建局排查供暖管网隐患\n本报讯 通讯员王芳报道"), qinxian.text());
        assertEquals(11, qinxian.line());
        for (PageArticle a : items) if (a != qinxian) assertFalse(a.text().contains("——"), a.text());
    }

    @Test
    void aSubtitleThatMatchesNoArticleStaysAnItemOfItsOwn() {
        String page = PAGE.replace("——沁县住建局排查供暖管网隐患", "——新春走基层特别报道");
        List<PageArticle> items = PageSplitter.split(page, 2025);
        assertEquals(5, items.size());
        assertEquals("新春走基层特别报道", items.get(4).title());
        assertEquals("——新春走基层特别报道", items.get(4).text());
    }

    @Test
    void aSubtitlePrintedBeforeItsHeadlineFollowsIt() {
        String page = """
                八泉峡景区迎来冰雪旅游热

                本报讯 记者冯波报道：1月1日，八泉峡景区冰雪嘉年华启幕，市民游客纷纷前来赏冰玩雪。

                ——记者走进太行山深处的山村学校

                山村学校的新年

                本报讯 通讯员段婷婷报道：新年第一天，太行山深处的山村学校里，老师们和孩子们一起包饺子、写春联。
                """;
        List<PageArticle> items = PageSplitter.split(page, 2025);
        assertEquals(List.of("八泉峡景区迎来冰雪旅游热", "山村学校的新年"), titles(items));
        assertTrue(items.get(1).text().startsWith("山村学校的新年\n——记者走进太行山深处的山村学校\n本报讯"), items.get(1).text());
        assertFalse(items.get(0).text().contains("——"));
    }

    @Test
    void aPageOfOneArticleKeepsItsCaptions() {
        String page = """
                壶关县开展冬季森林防火巡查

                本报讯（记者 郭华）1月2日，壶关县组织护林员开展冬季森林防火巡查。

                市民在公园里晨练。 本报记者 郭华 摄
                """;
        List<PageArticle> items = PageSplitter.split(page, 2025);
        assertEquals(1, items.size());
        assertEquals(ARTICLE, items.get(0).kind());
        assertTrue(items.get(0).text().endsWith("市民在公园里晨练。 本报记者 郭华 摄"));
    }

    @Test
    void aPageOfCaptionsOnlyIsOneCaptionItem() {
        List<PageArticle> items = PageSplitter.split("1月1日，平顺县北社乡东青北村蔬菜大棚里，现场一派丰收景象。 李燎原 摄\n", 2025);
        assertEquals(1, items.size());
        assertEquals(CAPTION, items.get(0).kind());
        assertEquals("李燎原 摄", items.get(0).byline());
        assertNull(items.get(0).date()); // 1月1日 is when the photo was taken
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            新华社太原1月1日电（记者 王飞航）山西省首届冰雪嘉年华1日启幕。                 | 2025-01-01
            本报讯（记者 郭华）1月2日，壶关县组织护林员开展冬季森林防火巡查。                | 2025-01-02
            本报讯 3月18日，小店区举办社区工作展演。                                       | 2025-03-18
            本报讯 记者冯波报道：1月2日，长治医学院附属和平医院被认定为临床医学研究中心。       | 2025-01-02
            本报讯 记者冯波报道：日前，长治医学院附属和平医院于2024年12月30日被认定为研究中心。 | -
            1月1日，首届太行山大峡谷八泉峡景区冰雪嘉年华启幕。                               | -
            部分车购税需在2024年12月30日当天完成集中上解工作。                               | -
            """)
    void onlyADatelineDatesTheArticle(String firstParagraph, String date) {
        String page = "壶关县冬季旅游推介会举行\n\n" + firstParagraph + "\n\n活动持续到元宵节，期间推出多项优惠。\n";
        assertEquals(date, PageSplitter.split(page, 2025).get(0).date());
    }

    @Test
    void aDatelineWithoutAYearIsUndatedWithoutOne() {
        assertNull(PageSplitter.split("本报讯（记者 郭华）1月2日，壶关县组织护林员开展冬季森林防火巡查。\n").get(0).date());
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            游客在八泉峡景区的冰雕前拍照留念。 本报记者 郭华 摄 | 游客在八泉峡景区的冰雕前拍照留念。
            游客在冰雕前拍照留念。（本报记者 潘银丽 摄）         | 游客在冰雕前拍照留念。
            现场一派丰收景象。 李燎原 摄                        | 现场一派丰收景象。
            现场一派丰收景象 李燎原 牛子儒 摄                   | 现场一派丰收景象
            本报记者 郭华 摄                                   | ''
            """)
    void captionContentLeavesOutThePhotoCredit(String caption, String content) {
        assertEquals(content, PageSplitter.captionContent(caption));
    }
}
