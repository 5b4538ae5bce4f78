package org.newskg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            5月10日，医疗队来到漫流河村。潞城区卫生健康局局长郜振华表示，义诊将持续开展。村民们很高兴。 | 郜振华 | 潞城区卫生健康局局长郜振华表示，义诊将持续开展。
            壶关县树掌镇森掌村旱地西红柿丰收                                                   | 森掌村 | 壶关县树掌镇森掌村旱地西红柿丰收
            家庭医生签约率稳步提升！上党医学院附属康宁医院的专家也参与了培训。                       | 康宁医院 | 上党医学院附属康宁医院的专家也参与了培训。
            标题\\n  本报记者 秦雅楠\\n正文第一句。                                              | 秦雅楠 | 本报记者 秦雅楠
            他说：“我们要干！”郜振华说。                                                         | 郜振华 | 郜振华说。
            他说：“我们要干！”郜振华说。                                                         | 我们 | 他说：“我们要干！”
            """)
    void sentenceAroundTheSpan(String text, String name, String sentence) {
        String t = text.replace("\\n", "\n");
        int b = t.indexOf(name);
        int[] s = Sentences.bounds(t, b, b + name.length());
        assertEquals(sentence, t.substring(s[0], s[1]));
    }

    @Test
    void mentionsInOneSentenceShareASnippet() {
        String t = "潞城区微子镇漫流河村迎来义诊。潞城区卫生健康局局长郜振华表示。";
        List<Sentences.Snippet> sn = Sentences.snippets(t, List.of(new int[] {0, 3}, new int[] {15, 18}));
        assertEquals(2, sn.size());
        assertEquals("潞城区微子镇漫流河村迎来义诊。", sn.get(0).text());
        assertEquals("潞城区", sn.get(1).text().substring(sn.get(1).highlights().get(0)[0], sn.get(1).highlights().get(0)[1]));
        List<Sentences.Snippet> one = Sentences.snippets(t, List.of(new int[] {15, 18}, new int[] {25, 28}));
        assertEquals(1, one.size());
        assertEquals("郜振华", one.get(0).text().substring(one.get(0).highlights().get(1)[0], one.get(0).highlights().get(1)[1]));
    }

    @Test
    void longSentencesAreCutAroundTheSpanAndKeepIt() {
        String t = "甲".repeat(1000) + "郜振华" + "乙".repeat(1000) + "。";
        int[] s = Sentences.bounds(t, 1000, 1003);
        assertEquals(Sentences.MAX, s[1] - s[0]);
        assertEquals("郜振华", t.substring(1000, 1003));
        assertEquals(true, s[0] <= 1000 && s[1] >= 1003);
    }

    @Test
    void supplementaryCharactersAreNotSplit() {
        // 𠮷 (U+20BB7) is two UTF-16 units; offsets are UTF-16 units as stored
        String t = "𠮷".repeat(300) + "王𠮷明" + "𠮷".repeat(300);
        int b = t.indexOf("王𠮷明");
        int[] s = Sentences.bounds(t, b, b + 4);
        assertEquals(false, Character.isLowSurrogate(t.charAt(s[0])));
        assertEquals(false, Character.isHighSurrogate(t.charAt(s[1] - 1)));
        assertEquals("王𠮷明", t.substring(b, b + 4));
    }

    @Test
    void spanOutsideTheTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sentences.bounds("短文", 1, 5));
    }
}
