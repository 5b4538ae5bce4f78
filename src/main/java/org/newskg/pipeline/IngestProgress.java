package org.newskg.pipeline;

import java.io.PrintWriter;

/**
 * How far an ingest is, for a display (the command line draws a bar on a terminal, plain lines otherwise). The
 * pipeline calls it on its writer thread: {@link #start} once, {@link #update} after each committed batch,
 * {@link #finish} once at the end, also after a failure. The work done is measured in input bytes: the sizes of the
 * files reached (a file counts whole once its first article is written, or once it is skipped), against the total
 * size of the input files; articles are those written to the store so far, the number the summary reports at the end.
 */
public interface IngestProgress {
    /** @param totalBytes size of all input files, 0 when not known (articles from another source) */
    default void start(long totalBytes) {}

    /**
     * @param bytesReached sizes of the input files reached so far (at most the total)
     * @param articles     articles written to the store so far
     */
    void update(long bytesReached, long articles);

    /** @param articles articles written in the whole run */
    default void finish(long articles) {}

    /** No display. */
    IngestProgress NONE = (bytes, articles) -> { };

    /**
     * A line every two seconds at most, {@code ingest: N articles written so far, R articles/s} (with the share of
     * the input read and the time left at that pace when the input's size is known), for logs and scripts.
     */
    static IngestProgress lines(PrintWriter out) {
        if (out == null) return NONE;
        return new IngestProgress() {
            private final long t0 = System.nanoTime();
            private long total;
            private long last = t0;

            @Override
            public void start(long totalBytes) {
                total = totalBytes;
            }

            @Override
            public void update(long bytesReached, long articles) {
                long now = System.nanoTime();
                if (now - last < 2_000_000_000L) return;
                last = now;
                double s = (now - t0) / 1e9;
                String share = "";
                if (total > 0 && bytesReached > 0) {
                    long eta = Math.round(s * (total - Math.min(bytesReached, total)) / bytesReached);
                    share = String.format(", %.0f%% of the input read, ETA %d:%02d", 100.0 * bytesReached / total,
                            eta / 60, eta % 60);
                }
                out.printf("ingest: %d articles written so far, %.1f articles/s%s%n", articles, articles / s, share);
                out.flush();
            }
        };
    }
}
