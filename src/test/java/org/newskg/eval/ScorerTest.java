package org.newskg.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.ExtractConfig;
import org.newskg.extract.NewsExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ScorerTest {
    @Test
    void measuresOnAHandMadeDocument(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("d1.json"), """
                {"id": "d1", "text": "x",
                 "entities": [{"text": "壶关县", "type": "Place", "subtype": "County", "code": "140427"},
                              {"text": "郭志毅", "type": "Person"},
                              {"text": "壶关县文旅局", "type": "Organization", "subtype": "GovernmentAgency"}],
                 "positions": [{"person": "郭志毅", "title": "局长", "org": "壶关县文旅局"}],
                 "partOf": [{"child": "荫城镇", "parent": "上党区"}],
                 "bylines": [{"person": "潘银丽", "role": "reporter"}]}
                """, StandardCharsets.UTF_8);
        Path pred = dir.resolve("p.jsonl");
        Files.writeString(pred, "{\"doc\": \"d1\", \"entities\": [{\"text\": \"壶关县\", \"type\": \"Place\", \"subtype\": \"City\"},"
                + " {\"text\": \"郭志\", \"type\": \"Person\"}, {\"text\": \"壶关县文旅局\", \"type\": \"Organization\","
                + " \"subtype\": \"GovernmentAgency\"}, {\"text\": \"文旅\", \"type\": \"Person\"}],"
                + " \"positions\": [{\"person\": \"郭志毅\", \"title\": \"局长\", \"org\": \"文旅局\"}], \"partOf\": [],"
                + " \"bylines\": [{\"person\": \"潘银丽\", \"role\": \"reporter\"}]}\n", StandardCharsets.UTF_8);
        Scorer s = Scorer.score(dir, pred);
        assertEquals(2, s.tally("entities strict").tp);
        assertEquals(2, s.tally("entities strict").fp);
        assertEquals(1, s.tally("entities strict").fn);
        assertEquals(3, s.tally("entities lenient").tp); // 郭志 inside 郭志毅
        assertEquals(1, s.tally("positions").tp);         // org by containment
        assertEquals(0, s.tally("partOf").tp);
        assertEquals(1, s.tally("bylines").tp);
        assertEquals(0.5, s.subtypeAccuracy(), 1e-9);     // County vs City wrong, agency right
        assertEquals(0.0, s.codeAccuracy(), 1e-9);
        assertEquals(1, s.tally("Organization").tp);
    }

    @Test
    void agreesWithScorePy(@TempDir Path dir) throws Exception {
        Path script = Path.of("../shared/eval/score.py");
        assumeTrue(Files.exists(script) && Files.isDirectory(DevRun.DEV), "score.py and the dev set are not here");
        Path pred = dir.resolve("dev-pred.jsonl");
        DevRun.write(new NewsExtractor(ExtractConfig.defaults(), org.newskg.gazetteer.ReferenceData.bundled()), DevRun.DEV, pred);
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), "--gold", DevRun.DEV.toString(), "--pred", pred.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not available");
            return;
        }
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "score.py did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.exitValue() == 0, () -> "score.py failed: " + out);
        List<String> expected = out.lines().filter(l -> !l.startsWith("note:")).toList();
        List<String> got = Scorer.score(DevRun.DEV, pred).report().lines().toList();
        assertEquals(expected, got);
    }
}
