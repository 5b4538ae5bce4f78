package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.InvalidInputException;

/**
 * Encodings told by the library and checked for plausibility: Big5, GBK, GB18030, UTF-8 and UTF-16 without a
 * byte-order mark, whole and streamed; a mis-decoding is refused; NUL bytes anywhere and characters illegal in XML
 * never reach an article.
 */
class EncodingSamplesTest {
    /** Written for these tests (simplified). */
    static final String SIMPLIFIED = """
            长治市上党区荫城镇多措并举筑牢森林防火墙
            本报讯（记者 王晓明）入冬以来，上党区荫城镇把森林防火工作作为当前的重点任务，成立了由镇党委书记任组长的工作领导小组，\
            组织镇村干部深入各村开展巡查，严格管控野外用火，切实保障人民群众生命财产安全。镇长李建国表示，全镇将继续压实责任，\
            加强宣传教育，确保全年不发生重大森林火灾。""";
    /** Written for these tests (traditional, as a Big5 paper would print it). */
    static final String TRADITIONAL = """
            臺北市政府舉辦社區防災演練
            本報訊（記者 陳志明）臺北市政府昨日在大安區舉辦社區防災演練，市長與各區區長到場觀摩，\
            消防局派員示範地震發生時的避難方法，並邀請居民參與逃生路線的實地練習。區長表示，\
            將持續推動社區防災工作，加強與里長的聯繫，提升市民的應變能力。""";

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "GBK", "GB18030", "UTF-16LE", "UTF-16BE"})
    void simplifiedTextInEveryEncodingWithoutAByteOrderMark(String charset) {
        assertEquals(SIMPLIFIED, EncodingDetector.decode(bytes(SIMPLIFIED, charset), "s.txt"));
        byte[] b = bytes(SIMPLIFIED, charset);
        assertEquals(Charset.forName(charset.equals("GBK") ? "GB18030" : charset),
                EncodingDetector.detectPrefix(b, b.length - 1, "s.jsonl").charset(), "a prefix cut inside a character");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Big5", "UTF-8", "UTF-16LE", "UTF-16BE"})
    void traditionalTextIncludingBig5(String charset) {
        assertEquals(TRADITIONAL, EncodingDetector.decode(bytes(TRADITIONAL, charset), "t.txt"));
        byte[] b = bytes(TRADITIONAL, charset);
        assertEquals(Charset.forName(charset), EncodingDetector.detectPrefix(b, b.length, "t.csv").charset());
    }

    @Test
    void big5DecodedAsGb18030WouldBeImplausible() throws Exception {
        String wrong = new String(bytes(TRADITIONAL, "Big5"), EncodingDetector.GB18030); // with replacement characters
        assertNotNull(EncodingDetector.implausibility(wrong), "Big5 bytes read as GB18030: " + wrong);
        String wrong2 = new String(bytes(SIMPLIFIED, "GBK"), EncodingDetector.BIG5);
        assertNotNull(EncodingDetector.implausibility(wrong2), "GBK bytes read as Big5: " + wrong2);
        assertNull(EncodingDetector.implausibility(SIMPLIFIED));
        assertNull(EncodingDetector.implausibility(TRADITIONAL));
        assertNull(EncodingDetector.implausibility("Shanxi Daily, 2025-01-02: page 3 (English)."));
    }

    /** The probe's case: Big5 bytes that are valid GB18030 as well (so no decoding error tells them apart). */
    @Test
    void big5ThatIsAlsoValidGb18030IsReadAsBig5() throws Exception {
        StringBuilder both = new StringBuilder();
        for (char c : TRADITIONAL.toCharArray()) {
            byte[] b = String.valueOf(c).getBytes(EncodingDetector.BIG5);
            try {
                EncodingDetector.decodeStrict(b, 0, b.length, EncodingDetector.GB18030);
                both.append(c);
            } catch (java.nio.charset.CharacterCodingException e) {
                // not valid GB18030
            }
        }
        assertTrue(both.length() > 100, both::toString);
        byte[] b = both.toString().getBytes(EncodingDetector.BIG5);
        String asGb = EncodingDetector.decodeStrict(b, 0, b.length, EncodingDetector.GB18030);
        assertNotNull(EncodingDetector.implausibility(asGb), asGb);
        assertEquals(both.toString(), EncodingDetector.decode(b, "big5.txt"));
    }

    @Test
    void textThatDecodesOnlyAsRareCharactersIsRefused() {
        // lead bytes 0x81-0x8F with trail bytes 0x40-0x7E: valid GBK, but only rare characters
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            out.write(0x81 + i % 15);
            out.write(0x40 + i % 60);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EncodingDetector.decode(out.toByteArray(), "rare.txt"));
        assertTrue(e.getMessage().startsWith("rare.txt: " + EncodingDetector.IMPLAUSIBLE), e.getMessage());
    }

    @Test
    void aNulByteAfterTheFirst8KbMakesAWholeFileBinary() {
        byte[] text = bytes(SIMPLIFIED.repeat(80), "UTF-8");
        assertTrue(text.length > 3 * EncodingDetector.SNIFF_BYTES);
        text[text.length - 100] = 0;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EncodingDetector.decode(text, "late-nul.txt"));
        assertEquals("late-nul.txt: binary file (NUL bytes or control characters)", e.getMessage());
    }

    private static CorpusReader reader() {
        return new CorpusReader(IngestConfig.defaults());
    }

    private static List<Object> read(Path p) {
        List<Object> all = new ArrayList<>();
        reader().read(List.of(p), all::add, all::add);
        return all;
    }

    @Test
    void aNulByteInALineOfAStreamedFileAfterItsPrefixFailsThatLineOnly(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String good = "{\"text\":\"" + SIMPLIFIED.replace("\n", "\\n") + "\"}\n";
        int lines = 0;
        while (out.size() < 80 * 1024) {
            out.writeBytes(good.getBytes(StandardCharsets.UTF_8));
            lines++;
        }
        byte[] bad = ("{\"text\":\"坏\u0000行" + SIMPLIFIED.replace("\n", "\\n") + "\"}\n").getBytes(StandardCharsets.UTF_8);
        out.writeBytes(bad);
        out.writeBytes(good.getBytes(StandardCharsets.UTF_8));
        Path p = dir.resolve("late-nul.jsonl");
        Files.write(p, out.toByteArray());
        List<Object> all = read(p);
        List<Skipped> skipped = all.stream().filter(Skipped.class::isInstance).map(Skipped.class::cast).toList();
        assertEquals(List.of(new Skipped(p + ":" + (lines + 1), "NUL byte in the line (binary data, not text)")), skipped);
        assertEquals(lines + 1, all.size() - 1);
    }

    @Test
    void controlCharactersFromJsonEscapesNeverReachAnArticle(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("escapes.jsonl");
        Files.writeString(p, "{\"id\":\"e1\",\"title\":\"标\\u0001题\",\"text\":\"荫城镇\\u0000加强\\u0008组织领导。\\uFFFE\"}\n");
        List<Object> all = read(p);
        Article a = (Article) all.get(0);
        assertEquals("荫城镇加强组织领导。", a.text());
        assertEquals("标题", a.title());
    }

    @Test
    void big5AndUtf16FilesWithoutAByteOrderMarkAreRead(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("big5.txt"), bytes(TRADITIONAL, "Big5"));
        Files.write(dir.resolve("u16be.csv"), bytes("id,text\nu1,\"" + SIMPLIFIED + "\"\n", "UTF-16BE"));
        Files.write(dir.resolve("u16le.jsonl"), bytes("{\"id\":\"u2\",\"text\":\"" + SIMPLIFIED.replace("\n", "\\n") + "\"}\n", "UTF-16LE"));
        List<Object> all = read(dir);
        assertEquals(3, all.size(), all.toString());
        for (Object o : all) {
            Article a = assertInstanceOf(Article.class, o);
            assertTrue(a.text().equals(SIMPLIFIED) || a.text().equals(TRADITIONAL.strip()) || a.text().startsWith("臺北市政府"), a.text());
        }
    }
}
