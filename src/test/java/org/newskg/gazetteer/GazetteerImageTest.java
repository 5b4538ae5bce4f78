package org.newskg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.InvalidInputException;

/** The binary image of the gazetteer: same answers as the table it is made from, and damaged images refused. */
class GazetteerImageTest {
    private static final String SMALL = "# test\nP\t140000\t\t山西省\nC\t140400\t140000\t长治市\n"
            + "X\t140404\t140400\t上党区\t长治县|潞州区\nT\t140404102\t\t荫城镇\nV\t140404102001\t\t荫城村\n";

    private static Gazetteer small() throws Exception {
        return Gazetteer.read(new ByteArrayInputStream(SMALL.getBytes(StandardCharsets.UTF_8)), "small.tsv");
    }

    private static byte[] image(Gazetteer g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        g.writeImage(out);
        return out.toByteArray();
    }

    private static Gazetteer read(byte[] image) throws Exception {
        return Gazetteer.readImage(new ByteArrayInputStream(image), "t.img");
    }

    @Test
    void anImageAnswersAsTheTableDoes() throws Exception {
        Gazetteer table = small();
        byte[] img = image(table);
        Gazetteer g = read(img);
        assertEquals(table.size(), g.size());
        for (String name : List.of("山西省", "山西", "长治市", "长治", "上党区", "长治县", "潞州区", "上党", "荫城镇", "荫城",
                "荫城村", "長治市", "不存在"))
            assertEquals(table.byName(name), g.byName(name), name);
        assertEquals(table.isShortForm("上党"), g.isShortForm("上党"));
        assertEquals(table.ancestors("140404102001"), g.ancestors("140404102001"));
        assertEquals(table.byCode("1404"), g.byCode("1404"));
        for (Level l : Level.values())
            assertEquals(StreamSupport.stream(table.names(l).spliterator(), false).toList(),
                    StreamSupport.stream(g.names(l).spliterator(), false).toList(), l.toString());
        assertArrayEquals(img, image(g), "an image read and written again is the same bytes");
    }

    @Test
    void theBundledImageIsTheImageOfTheBundledTable() throws Exception {
        byte[] bundled;
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.IMAGE_RESOURCE)) {
            assertNotNull(in, "the build (process-classes) makes " + Gazetteer.IMAGE_RESOURCE);
            bundled = Image.readAll(in);
        }
        assertTrue(Arrays.equals(image(Gazetteer.loadTable()), bundled), "image out of date with the table");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"magic", "version", "cut", "trailing"})
    void aDamagedImageIsRefusedNamingItsSource(String damage) throws Exception {
        byte[] img = image(small());
        byte[] bad = switch (damage) {
            case "magic" -> "not an image at all".getBytes(StandardCharsets.UTF_8);
            case "version" -> {
                byte[] b = img.clone();
                b[5] = (byte) (Image.VERSION + 1); // the little-endian version after the five-byte magic word
                yield b;
            }
            case "cut" -> Arrays.copyOf(img, img.length / 2);
            default -> Arrays.copyOf(img, img.length + 3);
        };
        var e = assertThrows(InvalidInputException.class, () -> read(bad));
        assertEquals("t.img", e.where());
    }
}
