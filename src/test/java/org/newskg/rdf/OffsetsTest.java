package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffsetsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            本报记者 李明 通讯员 王𠈓 摄 | 0  | 0
            本报记者 李明 通讯员 王𠈓 摄 | 12 | 12
            本报记者 李明 通讯员 王𠈓 摄 | 15 | 14
            本报记者 李明 通讯员 王𠈓 摄 | 17 | 16
            𠈓𠈓李明                    | 4  | 2
            """)
    void convertsBothWays(String text, int utf16, int codePoints) {
        assertEquals(codePoints, Offsets.toCodePoints(text, utf16));
        assertEquals(utf16, Offsets.toUtf16(text, codePoints));
    }

    @Test
    void rejectsOffsetsInsideAPairOrOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> Offsets.toCodePoints("王𠈓", 2));
        assertThrows(IllegalArgumentException.class, () -> Offsets.toCodePoints("王𠈓", 4));
        assertThrows(IllegalArgumentException.class, () -> Offsets.toUtf16("王𠈓", 3));
    }
}
