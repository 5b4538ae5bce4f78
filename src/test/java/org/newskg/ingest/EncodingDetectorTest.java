package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.InvalidInputException;

class EncodingDetectorTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GBK      | 长治医学院附属和平医院被认定为山西省血液系统疾病临床医学研究中心。
            GB18030  | 壶关县文旅局局长郭志毅表示，将通过对“冷资源”的挖掘和开发，打造文旅新场景。
            UTF-8    | 潞城区潞之锦布艺有限公司总经理刘海兰说。
            """)
    void decodesWholeFiles(String charset, String text) {
        byte[] bytes = text.getBytes(Charset.forName(charset));
        assertEquals(text, EncodingDetector.decode(bytes, "t.txt"));
    }

    @Test
    void byteOrderMarks() {
        assertEquals(StandardCharsets.UTF_16LE, EncodingDetector.fromBom(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, 4).charset());
        assertEquals(StandardCharsets.UTF_16BE, EncodingDetector.fromBom(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}, 4).charset());
        assertEquals(3, EncodingDetector.fromBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}, 4).bomLength());
        assertEquals(null, EncodingDetector.fromBom("ab".getBytes(StandardCharsets.US_ASCII), 2));
    }

    @Test
    void binaryAndText() {
        assertTrue(EncodingDetector.looksBinary(new byte[] {'a', 0, 'b'}, 3));
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        assertTrue(EncodingDetector.looksBinary(controls, controls.length));
        byte[] utf16 = ("\uFEFF荫城镇").getBytes(StandardCharsets.UTF_16LE);
        assertFalse(EncodingDetector.looksBinary(utf16, utf16.length));
        byte[] text = "荫城镇\t加强\r\n组织领导。".getBytes(StandardCharsets.UTF_8);
        assertFalse(EncodingDetector.looksBinary(text, text.length));
    }

    @Test
    void invalidBytesAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EncodingDetector.decode(new byte[] {'x', (byte) 0xFF, (byte) 0xFF}, "bad.txt"));
        assertEquals("bad.txt", e.where());
        assertEquals("bad.txt: " + EncodingDetector.INVALID, e.getMessage());
    }

    @Test
    void prefixCutInsideACharacterIsStillUtf8() {
        byte[] all = "上党区荫城镇多措并举筑牢森林防火墙\n".repeat(10).getBytes(StandardCharsets.UTF_8);
        // cut in the middle of a three-byte character
        assertEquals(StandardCharsets.UTF_8, EncodingDetector.detectPrefix(all, all.length - 3, "p.jsonl").charset());
    }

    @Test
    void prefixWithOneBadLineStaysUtf8AndGbkPrefixIsGb18030() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 5; i++) out.writeBytes("{\"text\":\"荫城镇加强组织领导。\"}\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        byte[] mixed = out.toByteArray();
        assertEquals(StandardCharsets.UTF_8, EncodingDetector.detectPrefix(mixed, mixed.length, "m.jsonl").charset());

        byte[] gbk = "{\"text\":\"荫城镇加强组织领导。\"}\n".repeat(3).getBytes(Charset.forName("GBK"));
        assertEquals(EncodingDetector.GB18030, EncodingDetector.detectPrefix(gbk, gbk.length, "g.jsonl").charset());
    }
}
