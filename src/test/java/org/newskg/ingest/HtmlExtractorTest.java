package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main text of news pages (of our own writing) without their navigation, footers and link lists. */
class HtmlExtractorTest {
    /** A county portal: no article element, the text in div#zoom, a menu, a breadcrumb, related links and a footer. */
    private static final String PORTAL = """
            <html><head><meta charset="utf-8"><title>潞城区召开新春招聘会_长治新闻网</title></head>
            <body>
            <div class="top"><h1><a href="/">长治新闻网</a></h1>
              <ul class="menu"><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li><li><a href="/zw">政务公开</a></li></ul></div>
            <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news">本地新闻</a></div>
            <div class="main">
              <h2 class="title">潞城区召开新春招聘会</h2>
              <div class="info">来源：长治日报 发布时间：2025-01-03 09:30 作者：段婷婷</div>
              <div id="zoom">
                <p>本报讯 通讯员段婷婷报道：1月2日，潞城区人社局在潞城区文化广场举办新春招聘会，共有56家企业参会，提供就业岗位1200余个。</p>
                <p>潞城区人社局局长王建军介绍，招聘会现场还设立了政策咨询台，为求职者解答社保、创业贷款等问题。</p>
                <p>据了解，此次招聘会共达成就业意向380余人。</p>
                <ul><li><a href="/a0">潞城区新春招聘会图集</a></li><li><a href="/a00">招聘会现场视频</a></li></ul>
              </div>
              <div class="related"><h3>相关新闻</h3><ul><li><a href="/a1">潞城区开展冬季供暖检查</a></li><li><a href="/a2">潞城区举办农民丰收节</a></li></ul></div>
            </div>
            <div class="bottom"><p>主办单位：长治市委宣传部 承办单位：长治新闻网</p>
              <p>版权所有 长治新闻网 晋ICP备12345678号-1</p><p>晋公网安备 14040202000123号</p></div>
            </body></html>
            """;

    /** A page with an article element inside a site header, navigation and footer. */
    private static final String ARTICLE = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>壶关县开展冬季森林防火巡查 - 壶关新闻网</title></head>
            <body>
            <header><div class="logo">壶关新闻网</div><nav><a href="/">首页</a> <a href="/hg">壶关要闻</a></nav></header>
            <div class="wrap">
            <article>
              <h1>壶关县开展冬季森林防火巡查</h1>
              <p>本报讯（记者 郭华）1月2日，壶关县组织护林员开展冬季森林防火巡查，重点检查林区入口和坟头祭祀点。</p>
              <p>巡查中，各乡镇落实网格化管理，严控火源，一旦发现火情及时上报处置。</p>
              <p>市知识产权局提醒，摄影爱好者在林区拍摄的作品应当标注版权所有人的姓名，转载者须取得授权并注明出处，不得擅自用于商业宣传，这既是对创作者的尊重，也是依法维护著作权人合法权益的应有之义。</p>
              <footer>责任编辑：田雨萌</footer>
            </article>
            <aside><h3>热点排行</h3><ol><li><a href="/x">壶关县旱地西红柿丰收</a></li></ol></aside>
            </div>
            <footer><p>Copyright © 2025 壶关县融媒体中心 版权所有</p><p>晋ICP备2023000001号</p>
              <a href="/sitemap">网站地图</a> | <a href="/contact">联系我们</a></footer>
            </body></html>
            """;

    @Test
    void portalPageWithoutArticleElement() {
        HtmlExtractor.Page p = HtmlExtractor.extract(PORTAL, "http://www.changzhi.example/news/1.html");
        assertEquals("潞城区召开新春招聘会", p.title()); // the h2 the page's title repeats, not the site's h1
        assertEquals("""
                本报讯 通讯员段婷婷报道：1月2日，潞城区人社局在潞城区文化广场举办新春招聘会，共有56家企业参会，提供就业岗位1200余个。
                潞城区人社局局长王建军介绍，招聘会现场还设立了政策咨询台，为求职者解答社保、创业贷款等问题。
                据了解，此次招聘会共达成就业意向380余人。""", p.body());
        assertEquals("2025-01-03", p.date()); // 发布时间 of its information line, not the 1月2日 of its text
    }

    @Test
    void articleElementWithoutSiteHeaderNavigationAndFooter() {
        HtmlExtractor.Page p = HtmlExtractor.extract(ARTICLE, "http://www.huguan.example/a.html");
        assertEquals("壶关县开展冬季森林防火巡查", p.title());
        assertTrue(p.body().startsWith("壶关县开展冬季森林防火巡查\n本报讯（记者 郭华）1月2日"), p.body());
        assertTrue(p.body().endsWith("也是依法维护著作权人合法权益的应有之义。\n责任编辑：田雨萌"), p.body()); // a long paragraph naming 版权所有 is text
        for (String absent : List.of("壶关新闻网", "首页", "热点排行", "Copyright", "ICP备", "网站地图", "联系我们"))
            assertFalse(p.body().contains(absent), () -> absent + " in " + p.body());
        assertNull(p.date());
    }

    @Test
    void theReaderStoresTheMainTextOnly() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("html");
        try {
            java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("luchengqu-zhaopin.html"), PORTAL);
            List<Article> out = new java.util.ArrayList<>();
            new CorpusReader(IngestConfig.defaults()).read(List.of(f), out::add, s -> { throw new AssertionError(s.toString()); });
            Article a = out.get(0);
            assertEquals("潞城区召开新春招聘会", a.title());
            assertTrue(a.text().startsWith("潞城区召开新春招聘会\n本报讯 通讯员段婷婷报道"), a.text());
            for (String absent : List.of("版权所有", "ICP备", "公网安备", "主办单位", "首页", "相关新闻", "供暖检查", "图集"))
                assertFalse(a.text().contains(absent), () -> absent + " in " + a.text());
            assertEquals("2025-01-03", a.date());
        } finally {
            try (var s = java.nio.file.Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            潞城区召开新春招聘会_长治新闻网         | 潞城区召开新春招聘会
            壶关县开展冬季森林防火巡查 - 壶关新闻网  | 壶关县开展冬季森林防火巡查
            长治日报｜巧手艺里的“致富经”            | 巧手艺里的“致富经”
            绛县与农发行山西分行座谈                 | 绛县与农发行山西分行座谈
            """)
    void siteNameLeavesThePageTitle(String title, String expected) {
        assertEquals(expected, HtmlExtractor.siteTitle(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            <div>来源：长治日报 发布时间：2025-01-03 09:30</div><div id=zoom><p>壶关县组织护林员开展冬季森林防火巡查，重点检查林区入口。</p></div> | 2025-01-03
            <div>发布日期：2025年1月3日</div><div id=zoom><p>壶关县组织护林员开展冬季森林防火巡查，重点检查林区入口。</p></div>          | 2025-01-03
            <div id=zoom><p>活动时间：2025年2月1日至2月3日，壶关县组织护林员开展冬季森林防火巡查。</p></div>                               | -
            """)
    void onlyAnInformationLineDatesThePage(String body, String date) {
        assertEquals(date, HtmlExtractor.extract("<html><body>" + body + "</body></html>", "http://x.example/").date());
    }
}
