package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an article's publication date comes from: the record's own date (JSONL/CSV field, HTML metadata), else
 * {@code --date}, else the file and folder names, else the page's masthead, else a dateline; never the body.
 */
class PublicationDateTest {
    private static final LocalDate GIVEN = LocalDate.of(2025, 1, 5);

    private static final String PAGE = """
            长治日报 2025年1月3日 星期五 第2版

            壶关县开展冬季森林防火巡查

            本报讯（记者 郭华）1月2日，壶关县组织护林员开展冬季森林防火巡查。

            巡查将持续到2025年2月28日。
            """;
    /** A page without masthead: its dateline states a month and day only. */
    private static final String NO_MASTHEAD = """
            壶关县开展冬季森林防火巡查

            本报讯（记者 郭华）1月2日，壶关县组织护林员开展冬季森林防火巡查。巡查将持续到2025年2月28日。
            """;
    private static final String BODY_DATES = """
            交行长治分行携手税务部门推动消费补贴政策落地见效

            本报讯 通讯员杜雁军报道：近日，交通银行长治分行携手税务部门，部分车购税需在2024年12月30日当天完成集中上解工作。
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> dates(LocalDate given, Path... files) {
        List<Article> out = new ArrayList<>();
        new CorpusReader(new IngestConfig("长治日报", null, given)).read(List.of(files), out::add,
                s -> { throw new AssertionError("skipped " + s); });
        return out.stream().map(Article::date).toList();
    }

    @Test
    void givenDateWinsOverNameMastheadAndDateline() throws IOException {
        assertEquals(List.of("2025-01-05"), dates(GIVEN, write("cz-2025-01-02-p2.txt", PAGE)));
    }

    @Test
    void fileNameWinsOverMastheadAndDateline() throws IOException {
        assertEquals(List.of("2025-01-02"), dates(null, write("cz-20250102-p2.txt", PAGE)));
    }

    @Test
    void folderNamesDateTheirFiles() throws IOException {
        assertEquals(List.of("2025-01-02"), dates(null, write("cz/2025/01/02/p2.txt", PAGE)));
        assertEquals(List.of("2025-01-02"), dates(null, write("2025-01-02/p3.txt", PAGE)));
    }

    @Test
    void mastheadWinsOverDateline() throws IOException {
        assertEquals(List.of("2025-01-03"), dates(null, write("p2.txt", PAGE)));
    }

    @Test
    void datelineNeedsAYearFromElsewhere() throws IOException {
        assertEquals(Arrays.asList((String) null), dates(null, write("p2.txt", NO_MASTHEAD)));
        assertEquals(List.of("2025-01-01"), dates(null, write("p3.txt", "新华社太原2025年1月1日电（记者 王飞航）山西省首届冰雪嘉年华1日启幕。\n")));
    }

    @Test
    void datesInTheBodyNeverDateTheArticle() throws IOException {
        assertEquals(Arrays.asList((String) null), dates(null, write("jiaohang.txt", BODY_DATES)));
        assertEquals(Arrays.asList((String) null), dates(null, write("jiaohang.html",
                "<html><body><h1>交行长治分行推动消费补贴政策落地见效</h1><p>部分车购税需在2024年12月30日当天完成集中上解工作。</p></body></html>")));
    }

    @Test
    void recordDatesWinAndTheRestFollowThePath() throws IOException {
        Path jsonl = write("feed-20250102.jsonl", """
                {"id":"r1","date":"2024-12-31","text":"壶关县组织护林员开展冬季森林防火巡查。"}
                {"id":"r2","text":"壶关县组织护林员开展冬季森林防火巡查，巡查将持续到2025年2月28日。"}
                """);
        assertEquals(List.of("2024-12-31", "2025-01-02"), dates(null, jsonl));
        assertEquals(List.of("2024-12-31", "2025-01-05"), dates(GIVEN, jsonl));
        Path csv = write("feed.csv", "id,date,text\nc1,20241231,壶关县开展森林防火巡查。\nc2,,巡查将持续到2025年2月28日。\n");
        assertEquals(List.of("2024-12-31", "2025-01-05"), dates(GIVEN, csv));
        assertEquals(Arrays.asList("2024-12-31", null), dates(null, csv));
    }

    @Test
    void htmlMetadataWinsOverTheGivenDate() throws IOException {
        Path meta = write("a.html", "<html><head><meta name=\"publishdate\" content=\"2025-01-03\"></head>"
                + "<body><p>壶关县组织护林员开展冬季森林防火巡查。</p></body></html>");
        assertEquals(List.of("2025-01-03"), dates(GIVEN, meta));
        Path bare = write("b.html", "<html><body><p>壶关县组织护林员开展冬季森林防火巡查。</p></body></html>");
        assertEquals(List.of("2025-01-05"), dates(GIVEN, bare));
    }
}
