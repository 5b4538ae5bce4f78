package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.ArticlePipeline;
import org.newskg.pipeline.IngestPipeline;
import org.newskg.pipeline.IngestProgress;
import org.newskg.pipeline.PipelineConfig;
import org.newskg.store.KgStore;
import org.slf4j.LoggerFactory;

/**
 * The progress an ingest reports agrees with its summary (input bytes up to the total, articles up to the count the
 * summary gives); off a terminal it is plain lines, never a redrawn bar; library logs share one format.
 */
class ProgressAndLogsTest {
    @TempDir Path tmp;

    @Test
    void progressReachesTheTotalAndTheSummarysArticleCount() throws Exception {
        List<Path> corpus = CliTest.demoCorpus(tmp.resolve("in"));
        Files.writeString(tmp.resolve("in").resolve("notes.md"), "不是新闻"); // skipped: its bytes count too
        long total = 0;
        try (var files = Files.list(tmp.resolve("in"))) {
            for (Path f : files.toList()) total += Files.size(f);
        }
        assertFalse(corpus.isEmpty());
        long[] started = {-1}, finished = {-1}, lastBytes = {0}, lastArticles = {0};
        List<Long> articles = new ArrayList<>();
        IngestProgress recorder = new IngestProgress() {
            @Override
            public void start(long totalBytes) {
                started[0] = totalBytes;
            }

            @Override
            public void update(long bytesReached, long n) {
                assertTrue(bytesReached >= lastBytes[0] && n >= lastArticles[0], "never goes back");
                lastBytes[0] = bytesReached;
                lastArticles[0] = n;
                articles.add(n);
            }

            @Override
            public void finish(long n) {
                finished[0] = n;
            }
        };
        IngestPipeline.Summary s;
        try (KgStore store = KgStore.inMemory()) {
            var stages = ArticlePipeline.await(ArticlePipeline.start(PipelineConfig.of("测试", "长治市", List.of())));
            s = new IngestPipeline(store, stages, new IngestPipeline.Options(2, 2, 8, false), null).withProgress(recorder)
                    .run(List.of(tmp.resolve("in")));
        }
        assertEquals(total, started[0], "the total is the size of the input files");
        assertEquals(total, lastBytes[0], "every file reached: written or skipped");
        assertEquals(s.articles(), lastArticles[0], "the last update says what the summary says");
        assertEquals(s.articles(), finished[0]);
        assertTrue(articles.size() > 1, "updated batch by batch: " + articles);
        assertEquals(1, s.skipped().size(), s.skipped().toString());
    }

    @Test
    void offATerminalTheProgressIsPlainLines() throws Exception {
        CliTest.demoCorpus(tmp.resolve("in"));
        CliTest.Run r = CliTest.run("ingest", "--store", tmp.resolve("kg").toString(), tmp.resolve("in").toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("\r"), "no redrawn bar in a captured stream");
        for (String line : r.err().split("\n"))
            assertTrue(line.startsWith("ingest: ") || line.startsWith("files: ") || line.startsWith("[WARN] ")
                    || line.startsWith("  skipped "), () -> "unexpected line: " + line);
        assertFalse(ProgressDisplay.terminal(new PrintWriter(new StringWriter())));
    }

    @Test
    void libraryLogsShareOneFormatOnStderr() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LoggerFactory.getLogger("org.newskg.probe.ProbeLogger").warn("探针 {}", 1);
            LoggerFactory.getLogger("org.eclipse.jetty.server.Server").info("started");
        } finally {
            System.setErr(saved);
        }
        assertEquals("[WARN] ProbeLogger - 探针 1", captured.toString(StandardCharsets.UTF_8).strip());
        assertFalse(LoggerFactory.getLogger("org.newskg.ingest.CorpusReader").isInfoEnabled(),
                "the reader's count line repeats the summary");
    }
}
