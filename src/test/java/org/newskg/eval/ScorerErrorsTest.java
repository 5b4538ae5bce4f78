package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The error list behind {@code eval -v}: each wrong entity classified and grouped by type, subtype and ending. */
class ScorerErrorsTest {
    static final JsonObject GOLD = JsonParser.parseString("""
            {"id": "g", "text": "x", "entities": [
              {"text": "东沟村党支部", "type": "Organization", "subtype": "PartyOrganization"},
              {"text": "西河乡党委", "type": "Organization", "subtype": "PartyOrganization"},
              {"text": "白龙河", "type": "Place", "subtype": "Other"},
              {"text": "李小明", "type": "Person"},
              {"text": "红星村", "type": "Place", "subtype": "Village"}]}
            """).getAsJsonObject();

    static final String PRED = "{\"doc\": \"g\", \"entities\": ["
            + "{\"text\": \"东沟村\", \"type\": \"Place\", \"subtype\": \"Village\"},"          // gold org missed, its place part spurious
            + "{\"text\": \"西河乡党委书记\", \"type\": \"Organization\", \"subtype\": \"PartyOrganization\"}," // boundary
            + "{\"text\": \"白龙河\", \"type\": \"Organization\", \"subtype\": \"Other\"},"    // type
            + "{\"text\": \"李小明\", \"type\": \"Person\"},"                                  // right
            + "{\"text\": \"千村\", \"type\": \"Place\", \"subtype\": \"Village\"}]}";         // spurious

    @Test
    void classifiesEachWrongEntity() {
        Scorer s = Scorer.score(Map.of("g", GOLD), List.of(PRED), "test");
        Map<String, String> kindByText = new java.util.HashMap<>();
        for (Scorer.EntityError e : s.errors()) kindByText.put(e.text(), e.kind());
        assertEquals(Map.of("东沟村党支部", "missed", "西河乡党委", "boundary", "白龙河", "type", "红星村", "missed",
                "东沟村", "spurious", "千村", "spurious"), kindByText);
        // the tallies are those of the plain scorer
        assertEquals(1, s.tally("entities strict").tp);
        assertEquals(4, s.tally("entities strict").fn);
    }

    @Test
    void groupsByTypeSubtypeAndEnding() {
        Scorer s = Scorer.score(Map.of("g", GOLD), List.of(PRED), "test");
        String report = s.errorReport();
        assertTrue(report.contains("Organization / PartyOrganization / …部"), report);
        assertTrue(report.contains("boundary: 西河乡党委 → 西河乡党委书记 (g)"), report);
        assertTrue(report.contains("type: 白龙河 → Organization (g)"), report);
        assertTrue(report.contains("Place / Village / …村"), report);
        assertTrue(report.contains("spurious: 东沟村 (g); 千村 (g)"), report);
        // the largest group comes first
        int village = report.indexOf("Place / Village / …村"), party = report.indexOf("Organization / PartyOrganization / …部");
        assertTrue(village < party, report);
    }
}
