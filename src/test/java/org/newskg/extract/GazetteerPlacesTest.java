package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.InvalidInputException;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.extract.rules.PlaceIndex.Info;

/** The upper place names made at build time are those computed from the gazetteer, and read back unchanged. */
class GazetteerPlacesTest {
    @Test
    void theBundledUpperNamesAreThoseComputedFromTheGazetteer() throws Exception {
        Map<String, Info> computed = GazetteerPlaces.computeUpper(Gazetteer.loadDefault());
        Map<String, Info> bundled;
        try (InputStream in = GazetteerPlaces.class.getResourceAsStream(GazetteerPlaces.UPPER_RESOURCE)) {
            assertNotNull(in, "the build (process-classes) makes " + GazetteerPlaces.UPPER_RESOURCE);
            bundled = GazetteerPlaces.readUpper(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "upper");
        }
        assertEquals(computed, bundled);
        assertEquals(computed, GazetteerPlaces.of(org.newskg.gazetteer.ReferenceData.bundled()).upperNames());
        // what the rules rely on: official and short forms of cities and counties, not ordinary words
        assertEquals(new Info("City", 4, "140400", false), computed.get("长治市"));
        assertEquals(new Info("City", 4, "140400", true), computed.get("长治"));
        assertEquals(new Info("County", 3, "140404", false), computed.get("长治县"));
    }

    @Test
    void upperNamesSurviveWritingAndReading() throws Exception {
        Map<String, Info> upper = Map.of("长治市", new Info("City", 4, "140400", false),
                "新华区", new Info("County", 3, null, false), "长治", new Info("City", 4, "140400", true));
        StringWriter out = new StringWriter();
        GazetteerPlaces.writeUpper(upper, out);
        assertEquals(upper, GazetteerPlaces.readUpper(new BufferedReader(new StringReader(out.toString())), "t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"长治市\tCity\t4\t140400", "长治市\tCity\tfour\t140400\tfull", "\tCity\t4\t\tfull", "长治\tCity\t4\t140400\tmaybe"})
    void aBadLineIsNamedWithItsNumber(String bad) {
        String text = "长治市\tCity\t4\t140400\tfull\n" + bad + "\n";
        var e = assertThrows(InvalidInputException.class,
                () -> GazetteerPlaces.readUpper(new BufferedReader(new StringReader(text)), "upper.tsv"));
        assertEquals("upper.tsv:2", e.where());
    }
}
