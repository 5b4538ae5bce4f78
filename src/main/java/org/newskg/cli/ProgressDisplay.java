package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newskg.export.StoreExporter;
import org.newskg.pipeline.IngestProgress;

/**
 * The progress of ingest and export on stderr: a bar with total, rate and ETA (me.tongfei:progressbar) when stderr
 * is a terminal, else a plain line every few seconds (for logs and pipes, where a redrawn bar would be noise).
 */
final class ProgressDisplay {
    private ProgressDisplay() {}

    /** Whether the command's error stream is the process's stderr and that is a terminal. */
    static boolean terminal(PrintWriter err) {
        if (!(err instanceof Main.ProcessStderr)) return false;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null; // no /proc: a console means stdin and stdout are a terminal
        }
    }

    private static ProgressBar bar(String task, long max, String unit, long unitSize) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err));
        if (unit != null) b.setUnit(unit, unitSize);
        return b.build();
    }

    /** Ingest: input megabytes read of the total (rate and ETA from them), articles written as the message. */
    static IngestProgress ingest(PrintWriter err) {
        if (!terminal(err)) return IngestProgress.lines(err);
        return new IngestProgress() {
            private ProgressBar bar;

            @Override
            public void start(long totalBytes) {
                boolean large = totalBytes >= 10L << 20;
                bar = bar("ingest", totalBytes > 0 ? totalBytes : -1, large ? " MB" : " KB", large ? 1 << 20 : 1 << 10);
            }

            @Override
            public void update(long bytesReached, long articles) {
                bar.stepTo(bar.getMax() > 0 ? Math.min(bytesReached, bar.getMax()) : bytesReached);
                bar.setExtraMessage(" " + articles + " articles written");
            }

            @Override
            public void finish(long articles) {
                if (bar == null) return;
                bar.setExtraMessage(" " + articles + " articles written");
                if (bar.getMax() > 0) bar.stepTo(bar.getMax());
                bar.close();
            }
        };
    }

    /**
     * Export: rows of the edge query read, first without a total (the selection pass), then against the number the
     * first pass read (the assembly pass). Returns the display and a closer to call when the export ends.
     */
    static Export export(PrintWriter err) {
        if (!terminal(err)) {
            long[] last = {System.nanoTime()};
            return new Export((read, total) -> {
                long now = System.nanoTime();
                if (now - last[0] < 2_000_000_000L) return;
                last[0] = now;
                err.println("export: " + read + (total >= 0 ? " of " + total : "") + " rows read"
                        + (total >= 0 ? " (assembling the network)" : " (selecting)"));
                err.flush();
            }, () -> { });
        }
        ProgressBar[] bars = new ProgressBar[2];
        return new Export((read, total) -> {
            int pass = total < 0 ? 0 : 1;
            if (bars[pass] == null) {
                if (pass == 1 && bars[0] != null) bars[0].close();
                bars[pass] = bar(pass == 0 ? "export: select" : "export: assemble", pass == 0 ? -1 : total, " rows", 1);
            }
            bars[pass].stepTo(read);
        }, () -> {
            for (ProgressBar b : bars) if (b != null) b.close();
        });
    }

    record Export(StoreExporter.Progress progress, Runnable close) {}
}
