package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stray quote in a CSV row costs that row only: one message for it, and every good row after it is read. */
class CsvRecoveryTest {
    static final String CSV = String.join("\n",
            "id,title,text",
            "c1,好标题,\"正文一，含逗号\"",
            "c2,坏\"标题,正文二：标题中间的引号是普通字符",
            "c3,\"坏\"标题,正文三",
            "c4,\"未闭合的标题,正文四",
            "c5,\"好标题五\",\"正文五\"",
            "c6,六,\"第一行",
            "第二行\"",
            "c7,七,正文七",
            "c8,\"永不闭合,正文八",
            "c9,九,正文九",
            "c10,十,正文十",
            "");

    @Test
    void strayQuotesCostTheirOwnRowsOnly(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("news.csv");
        Files.writeString(p, CSV, StandardCharsets.UTF_8);
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        new CorpusReader(IngestConfig.defaults()).read(List.of(p), articles::add, skipped::add);
        assertEquals(List.of("c1", "c2", "c5", "c6", "c7", "c9", "c10"), articles.stream().map(Article::id).toList(), skipped.toString());
        assertEquals("第一行\n第二行", articles.get(3).text());
        assertEquals("坏\"标题", articles.get(1).title());
        assertEquals(List.of(p + ":4", p + ":5", p + ":10"), skipped.stream().map(Skipped::where).toList(), skipped.toString());
        for (Skipped s : skipped) assertTrue(s.reason().startsWith("malformed CSV row"), s.toString());
    }

    @Test
    void aStrayQuoteEarlyInALongFileDoesNotFlipTheRestOfIt(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("id,title,text\n");
        csv.append("s1,\"坏\"标题,正文\n");
        for (int i = 2; i <= 70; i++) csv.append("s").append(i).append(",\"标题").append(i).append("\",\"正文").append(i).append("\"\n");
        Path p = dir.resolve("long.csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        new CorpusReader(IngestConfig.defaults()).read(List.of(p), articles::add, skipped::add);
        assertEquals(69, articles.size(), skipped.toString());
        assertEquals(1, skipped.size(), skipped.toString());
    }

    @Test
    void quoteStateFollowsCommonsCsv() {
        assertFalse(CsvReader.stillOpen("a,b\"c,d", false), "a quote inside an unquoted field is a character");
        assertTrue(CsvReader.stillOpen("a,\"b,c", false));
        assertFalse(CsvReader.stillOpen("a,\"b\"\"c\",d", false), "a doubled quote inside a quoted field");
        assertTrue(CsvReader.stillOpen("still \"\" inside", true));
        assertFalse(CsvReader.stillOpen("closed\",next", true));
    }
}
