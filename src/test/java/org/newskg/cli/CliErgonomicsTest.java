package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * What a new user runs into on the command line: a missing input path, an empty run, the help texts, and the type
 * parameters of query and export (one spelling works in both; a typo is an error naming the known types).
 */
class CliErgonomicsTest {
    @TempDir static Path tmp;
    static Path store;

    @BeforeAll
    static void demoStore() throws Exception {
        CliTest.demoCorpus(tmp.resolve("in"));
        store = tmp.resolve("store");
        CliTest.Run r = CliTest.run("ingest", "--store", store.toString(), "--home", "长治市", tmp.resolve("in").toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void ingestOfAMissingPathNamesItAndCreatesNoStore() {
        Path kg = tmp.resolve("kg-never"), missing = tmp.resolve("no-such-folder");
        CliTest.Run r = CliTest.run("ingest", "--store", kg.toString(), missing.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("no such file or folder"), r.err());
        assertFalse(Files.exists(kg), "no store folder left behind");
    }

    @Test
    void anEmptyRunSaysSoInsteadOfNaN() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliTest.Run r = CliTest.run("ingest", "--store", tmp.resolve("kg-empty").toString(), empty.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("NaN"), r.err());
        assertTrue(r.err().contains("articles: 0") && r.err().contains("no article was processed"), r.err());
    }

    /** picocli shows the first line of a description in the command list: each line must be whole sentences. */
    @Test
    void everyHelpDescriptionLineIsWholeSentences() {
        CommandLine main = Main.commandLine();
        for (var e : main.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) continue;
            String[] description = e.getValue().getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0, e.getKey());
            for (String line : description) {
                String l = line.strip();
                assertTrue(l.endsWith(".") || l.endsWith(".)"), () -> e.getKey() + ": '" + l + "' is cut mid-sentence");
                assertTrue(Character.isUpperCase(l.charAt(0)), () -> e.getKey() + ": '" + l + "' starts mid-sentence");
            }
        }
    }

    /** The three spellings of a type give the same rows in query and the same network in export. */
    @Test
    void typeParametersAreSpelledAlikeInQueryAndExport() {
        String before = null;
        for (String t : List.of("Hospital", "hospital", "nk:Hospital", "https://w3id.org/newskg/ns#Hospital")) {
            CliTest.Run q = CliTest.run("query", "--store", store.toString(), "organisations-of-type-in-place",
                    "-p", "type=" + t, "-p", "place=长治市", "--format", "csv");
            assertEquals(0, q.exit(), () -> t + ": " + q.err());
            assertTrue(q.out().contains("医院"), () -> t + ": " + q.out());
            if (before != null) assertEquals(before, q.out(), t);
            before = q.out();
        }
        String network = null;
        for (String t : List.of("Hospital", "hospital", "nk:Hospital", "https://w3id.org/newskg/ns#Hospital")) {
            CliTest.Run x = CliTest.run("export", "--store", store.toString(), "--type", t, "--format", "csv-nodes");
            assertEquals(0, x.exit(), () -> t + ": " + x.err());
            assertTrue(x.out().contains("医院"), () -> t + ": " + x.out());
            if (network != null) assertEquals(network, x.out(), t);
            network = x.out();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nk:hospital", "https://w3id.org/newskg/ns#Hosptal", "Hosptal"})
    void anUnknownTypeIsAnErrorNamingTheKnownOnes(String typo) {
        CliTest.Run q = CliTest.run("query", "--store", store.toString(), "organisations-of-type-in-place",
                "-p", "type=" + typo, "-p", "place=长治市");
        assertEquals(2, q.exit(), q.err());
        assertTrue(q.err().contains(typo) && q.err().contains("Hospital") && q.err().contains("Company"), q.err());
        assertEquals("", q.out(), "no rows written");
        CliTest.Run x = CliTest.run("export", "--store", store.toString(), "--type", typo, "--format", "csv-nodes");
        assertEquals(2, x.exit(), x.err());
        assertTrue(x.err().contains(typo) && x.err().contains("Hospital") && x.err().contains("Person"), x.err());
    }
}
