package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusReaderTest {
    private static final String PAGE = """
            上党区荫城镇多措并举筑牢森林防火墙

            本报讯 通讯员韩婷婷 苏昆峰报道：当前，正值森林防火的关键时期，上党区荫城镇坚持“预防为主、积极消灭”工作方针，切实提升森林防火工作的综合防控能力。

            强化宣传巡查是做好森林防火工作的关键一环。荫城镇通过悬挂防火彩旗、条幅标语，加大宣传力度，营造浓厚氛围。
            """;

    @TempDir
    Path dir;

    /** What one read produced. */
    private record Result(List<Article> articles, List<Skipped> skipped) {
        List<String> ids() {
            return articles.stream().map(Article::id).toList();
        }

        List<String> where() {
            return skipped.stream().map(Skipped::where).toList();
        }

        Skipped skippedAt(String where) {
            return skipped.stream().filter(s -> s.where().equals(where)).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing skipped at " + where + "; skipped: " + skipped));
        }
    }

    private static Result read(IngestConfig config, Path... paths) {
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        new CorpusReader(config).read(List.of(paths), articles::add, skipped::add);
        return new Result(articles, skipped);
    }

    private static Result read(Path... paths) {
        return read(IngestConfig.defaults(), paths);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void gbkPageIsDecoded() throws IOException {
        Path p = write("changzhi-2025-01-02-p3.txt", PAGE.getBytes(Charset.forName("GBK")));
        Result r = read(p);
        assertEquals(List.of(), r.skipped());
        assertEquals(1, r.articles().size());
        Article a = r.articles().get(0);
        assertEquals("changzhi-2025-01-02-p3", a.id());
        assertEquals("上党区荫城镇多措并举筑牢森林防火墙", a.title());
        assertEquals("本报讯 通讯员韩婷婷 苏昆峰报道", a.byline());
        assertTrue(a.text().contains("“预防为主、积极消灭”"), a.text());
        assertEquals(p.toString(), a.file());
        assertEquals(1, a.line());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UTF-8      | ''
            UTF-8      | EFBBBF
            UTF-16LE   | FFFE
            UTF-16BE   | FEFF
            GB18030    | ''
            """)
    void encodingsWithAndWithoutByteOrderMark(String charset, String bomHex) throws IOException {
        byte[] bom = java.util.HexFormat.of().parseHex(bomHex);
        Path p = write("page.txt", concat(bom, PAGE.getBytes(Charset.forName(charset))));
        Result r = read(p);
        assertEquals(List.of(), r.skipped());
        String text = r.articles().get(0).text();
        assertFalse(text.contains("\uFEFF"), "BOM left in the text");
        assertEquals(PageSplitter.split(PAGE).get(0).text(), text);
    }

    @Test
    void batchWithBadFilesAndABrokenJsonLine() throws IOException {
        write("in/a-binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0, 'x', 0, 1, 2});
        write("in/b-empty.txt", new byte[0]);
        write("in/c-blank.txt", " \n\u3000\n\n");
        write("in/d-batch.jsonl", """
                {"id":"hp-1","title":"长医附属和平医院被认定为临床医学研究中心","text":"日前，长治医学院附属和平医院被认定为山西省血液系统疾病临床医学研究中心。","date":"2025-01-02"}
                {"title":"坏行","text":"交通银行长治分行携手税务部门
                {"title":"无正文","text":"  "}

                {"text":"壶关县文旅局局长郭志毅表示，将通过对“冷资源”的挖掘和开发，打造文旅新场景。","source":"长治日报"}
                """);
        write("in/e-notes.pdf", "%PDF-1.4");
        Path dirIn = dir.resolve("in");
        Result r = read(new IngestConfig("默认来源", "长治市"), dirIn, dir.resolve("missing.txt"));

        assertEquals(List.of("hp-1", "d-batch-L5"), r.ids());
        String jsonl = dirIn.resolve("d-batch.jsonl").toString();
        assertEquals(List.of(dirIn.resolve("a-binary.txt").toString(), dirIn.resolve("b-empty.txt").toString(),
                dirIn.resolve("c-blank.txt").toString(), jsonl + ":2", jsonl + ":3",
                dirIn.resolve("e-notes.pdf").toString(), dir.resolve("missing.txt").toString()), r.where());
        assertTrue(r.skipped().get(0).reason().startsWith("binary file"), r.skipped().get(0).reason());
        assertEquals("empty file", r.skipped().get(1).reason());
        assertTrue(r.skipped().get(2).reason().startsWith("no text"), r.skipped().get(2).reason());
        assertTrue(r.skipped().get(3).reason().startsWith("malformed JSON: "), r.skipped().get(3).reason());
        assertTrue(r.skipped().get(4).reason().contains("\"text\""), r.skipped().get(4).reason());
        assertTrue(r.skipped().get(5).reason().startsWith("unknown file type '.pdf'"), r.skipped().get(5).reason());
        assertEquals("no such file or directory", r.skipped().get(6).reason());
        for (Skipped s : r.skipped()) assertFalse(s.toString().contains("\n"), "multi-line reason: " + s);

        Article first = r.articles().get(0);
        assertEquals("2025-01-02", first.date());
        assertEquals("默认来源", first.source());
        assertEquals(jsonl, first.file());
        assertEquals(1, first.line());
        Article last = r.articles().get(1);
        assertEquals("长治日报", last.source());
        assertEquals("d-batch", last.doc());
        assertEquals(5, last.line());
        assertNull(last.title());
    }

    @Test
    void jsonlLineWithBadBytesIsReportedAndReadingGoesOn() throws IOException {
        byte[] good1 = "{\"text\":\"荫城镇加强组织领导。\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat("{\"text\":\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28},
                "\"}\n".getBytes(StandardCharsets.UTF_8));
        byte[] good2 = "{\"text\":\"全镇8个瞭望哨和3个检查站的工作人员坚守岗位。\"}\n".getBytes(StandardCharsets.UTF_8);
        Path p = write("mixed.jsonl", concat(good1, good1, bad, good2));
        Result r = read(p);
        assertEquals(List.of("mixed-L1", "mixed-L2", "mixed-L4"), r.ids());
        assertEquals(List.of(p + ":3"), r.where());
        assertTrue(r.skipped().get(0).reason().startsWith("invalid byte sequence"), r.skipped().get(0).reason());
    }

    @Test
    void jsonlInUtf16WithBom() throws IOException {
        String jsonl = "{\"id\":\"x1\",\"text\":\"平顺县北社乡东青北村蔬菜大棚里，郁郁葱葱。\"}\r\n{\"text\":\"近日，市人社局举办校园招聘活动。\"}\r\n";
        Path p = write("u16.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, jsonl.getBytes(StandardCharsets.UTF_16LE)));
        Result r = read(p);
        assertEquals(List.of(), r.skipped());
        assertEquals(List.of("x1", "u16-L2"), r.ids());
        assertEquals("近日，市人社局举办校园招聘活动。", r.articles().get(1).text());
    }

    @Test
    void csvWithMultiLineFieldAndMalformedRows() throws IOException {
        Path p;
        try (InputStream in = getClass().getResourceAsStream("/ingest/batch.csv")) {
            p = write("batch.csv", in.readAllBytes());
        }
        Result r = read(new IngestConfig("长治日报", null), p);
        assertEquals(List.of("batch-R1", "zx-7", "batch-R6"), r.ids());
        assertEquals(List.of(p + ":5", p + ":6", p + ":7"), r.where());
        assertEquals("malformed CSV row: 3 fields, header has 6", r.skipped().get(0).reason());
        assertEquals("malformed CSV row: unterminated quoted field", r.skipped().get(1).reason());
        assertTrue(r.skipped().get(2).reason().startsWith("malformed CSV row: "), r.skipped().get(2).reason());

        Article a = r.articles().get(0);
        assertEquals("荫城镇筑牢森林防火墙", a.title());
        assertEquals("http://example.org/a", a.url());
        assertEquals(2, a.line());
        Article b = r.articles().get(1);
        assertEquals("2025-01-02", b.date());
        assertEquals("长治日报", b.source());
        assertEquals(3, b.line());
        assertTrue(b.text().contains("\n基于年终决算"), b.text());
        assertEquals(8, r.articles().get(2).line());
    }

    @Test
    void csvLineWithBadBytesAndGbkJsonl() throws IOException {
        byte[] csv = concat("id,text\n1,荫城镇加强组织领导。\n2,".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE4, (byte) 0x28, '\n'}, "3,全镇8个瞭望哨坚守岗位。\n".getBytes(StandardCharsets.UTF_8));
        Path c = write("bytes.csv", csv);
        Path j = write("gbk.jsonl", "{\"text\":\"壶关县文旅局局长郭志毅表示，将丰富冬季文旅产品供给。\"}\n".repeat(2)
                .getBytes(Charset.forName("GBK")));
        Result r = read(c, j);
        assertEquals(List.of("1", "3", "gbk-L1", "gbk-L2"), r.ids());
        assertEquals(List.of(c + ":3"), r.where());
        assertEquals("壶关县文旅局局长郭志毅表示，将丰富冬季文旅产品供给。", r.articles().get(3).text());
    }

    @Test
    void csvWithoutTextColumnIsSkippedWhole() throws IOException {
        Path p = write("notext.csv", "id,title\n1,荫城镇\n");
        Result r = read(p);
        assertEquals(List.of(), r.articles());
        assertEquals(List.of(p + ":1"), r.where());
    }

    @Test
    void htmlTitleAndBodyWithoutScriptsOrNavigation() throws IOException {
        Path p;
        try (InputStream in = getClass().getResourceAsStream("/ingest/news.html")) {
            p = write("bingxue.html", in.readAllBytes());
        }
        Result r = read(p);
        assertEquals(List.of(), r.skipped());
        Article a = r.articles().get(0);
        assertEquals("bingxue", a.id());
        assertEquals("首届太行山大峡谷八泉峡景区冰雪嘉年华启幕", a.title());
        assertTrue(a.text().startsWith("首届太行山大峡谷八泉峡景区冰雪嘉年华启幕\n本报记者 潘银丽 通讯员 冯建义\n1月1日，"), a.text());
        assertTrue(a.text().contains("打造文旅新场景、新业态。\n发布时间：2025年1月3日"), a.text());
        for (String absent : List.of("脚本", "不应出现", "首页", "新闻中心", "color")) {
            assertFalse(a.text().contains(absent), absent + " in " + a.text());
        }
        assertEquals("2025-01-02", a.date()); // the meta tag wins over a date in the text
        assertEquals("http://www.changzhi.example/news/2025/0102/bingxue.html", a.url());
    }

    @Test
    void htmlWithoutH1TakesTitleElementInGbk() throws IOException {
        String html = "<html><head><meta charset=gbk><title>绛县与农发行山西分行座谈</title></head>"
                + "<body><div>9月6日,绛县县长李翔与农发行山西分行副行长谢新隆一行举行工作座谈。</div></body></html>";
        Path p = write("zuotan.htm", html.getBytes(Charset.forName("GBK")));
        Article a = read(p).articles().get(0);
        assertEquals("绛县与农发行山西分行座谈", a.title());
        assertEquals("绛县与农发行山西分行座谈\n9月6日,绛县县长李翔与农发行山西分行副行长谢新隆一行举行工作座谈。", a.text());
        assertNull(a.date());
        assertNull(a.url());
    }

    @Test
    void bytesValidInNoEncodingAreSkipped() throws IOException {
        Path p = write("bad.txt", new byte[] {'a', (byte) 0xFF, (byte) 0xFF, (byte) 0xFE, 'b', '\n'});
        Result r = read(p);
        assertEquals(List.of(), r.articles());
        assertEquals(new Skipped(p.toString(), EncodingDetector.INVALID), r.skipped().get(0));
    }

    @Test
    void pageIdsAreNumberedAndStableAcrossReads() throws IOException {
        String page = PAGE + """

                交行长治分行携手税务部门推动消费补贴政策落地见效

                本报讯 通讯员杜雁军报道：近日，交通银行长治分行携手国家税务总局长治高新区税务局，及时办理缴税相关工作。
                """;
        write("corpus/p2.txt", page);
        write("corpus/sub/single.txt", "近日，市人社局举办校园招聘活动，共有79家企事业单位参会。");
        write("corpus/a.jsonl", "{\"text\":\"荫城镇加强组织领导。\"}\n");
        Path corpus = dir.resolve("corpus");
        Result first = read(corpus);
        Result second = read(corpus);
        assertEquals(List.of("a-L1", "p2-1", "p2-2", "single"), first.ids());
        assertEquals(first.articles(), second.articles());
        Article p22 = first.articles().get(2);
        assertEquals("交行长治分行携手税务部门推动消费补贴政策落地见效", p22.title());
        assertEquals(7, p22.line());
        assertEquals("p2", p22.doc());
    }

    @Test
    void changzhiPageFromATextFile() throws IOException {
        Path dev = Path.of("..", "shared", "eval", "dev", "changzhi-daily-2025-01-02-p2.json");
        assertTrue(Files.isRegularFile(dev), "dev page not found at " + dev.toAbsolutePath());
        String page = com.google.gson.JsonParser.parseString(Files.readString(dev)).getAsJsonObject().get("text").getAsString();
        Path p = write("changzhi-daily-2025-01-02-p2.txt", page.getBytes(Charset.forName("GB18030")));
        Result r = read(new IngestConfig("长治日报", "长治市"), p);
        assertEquals(List.of(), r.skipped());
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 9; i++) expected.add("changzhi-daily-2025-01-02-p2-" + i); // 7 articles, 2 captions
        assertEquals(expected, r.ids());
        Article second = r.articles().get(1);
        // the date in the file name, not the event's 1月1日 of its first paragraph
        assertEquals(java.util.Collections.nCopies(9, "2025-01-02"), r.articles().stream().map(Article::date).toList());
        assertEquals("长治日报", second.source());
        assertEquals("首届太行山大峡谷八泉峡景区冰雪嘉年华启幕", second.title());
        assertEquals(27, second.line());
        assertEquals(List.of(4, 6), java.util.stream.IntStream.range(0, 9)
                .filter(i -> r.articles().get(i).kind() == PageArticle.Kind.CAPTION).boxed().toList());
        assertEquals("李燎原 摄", r.articles().get(4).byline());
        assertEquals("changzhi-daily-2025-01-02-p2", r.articles().get(4).doc()); // the page it belongs to
    }

    @Test
    void duplicateIdsInOneReadAreSkipped() throws IOException {
        Path p = write("dup.jsonl", "{\"id\":\"n1\",\"text\":\"荫城镇加强组织领导。\"}\n{\"id\":\"n1\",\"text\":\"另一篇。\"}\n");
        Result r = read(p);
        assertEquals(List.of("n1"), r.ids());
        assertEquals(List.of(p + ":2"), r.where());
        assertTrue(r.skipped().get(0).reason().startsWith("duplicate article id 'n1'"));

        write("x/p.txt", "荫城镇加强组织领导。");
        Path other = write("y/p.txt", "全镇8个瞭望哨和3个检查站的工作人员坚守岗位。");
        Result clash = read(dir.resolve("x"), dir.resolve("y"));
        assertEquals(List.of("p"), clash.ids());
        assertEquals(List.of(other + ":1"), clash.where());
        assertTrue(clash.skipped().get(0).reason().startsWith("duplicate article id 'p'"), clash.skipped().get(0).reason());
    }

    @Test
    void folderOrderIsSortedAndHiddenFilesAreLeftOut() throws IOException {
        write("f/b.txt", "壶关县坚持生态保护与旅游发展并行。");
        write("f/a/z.txt", "潞城区以企带村发展助力群众增收。");
        write("f/c.txt", "荫城镇加强组织领导。");
        write("f/.hidden/x.txt", "不读。");
        write("f/.DS_Store", "x");
        Result r = read(dir.resolve("f"));
        assertEquals(List.of("z", "b", "c"), r.ids());
        assertEquals(List.of(), r.skipped());
        assertEquals("潞城区以企带村发展助力群众增收。", r.articles().stream().map(Article::text).collect(Collectors.toList()).get(0));
    }
}
