package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreloadTest {
    @ParameterizedTest(name = "{0}: {1} loads")
    @CsvSource(textBlock = """
            ingest,    2
            demo,      2
            bench,     2
            extract,   2
            eval,      2
            generate,  1
            query,     0
            serve,     0
            --help,    0
            --version, 0
            help,      0
            nosuch,    0
            '',        0
            """)
    void startsOnlyWhatTheSubcommandNeeds(String command, int loads) {
        String[] args = command.isEmpty() ? new String[0] : new String[] {command, "--store", "x"};
        assertEquals(loads, Preload.loads(args).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            --help
            --version
            nosuch
            """)
    void aCommandLineWithoutWorkStillRunsAsBefore(String arg) {
        Preload.start(new String[] {arg});
        assertEquals(arg.equals("nosuch") ? 2 : 0, Main.execute(arg));
    }
}
