package org.newskg.bench;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.newskg.InvalidInputException;
import org.newskg.query.QueryRunner;
import org.newskg.query.QueryTemplate;

/**
 * Latency of queries on a store: each query runs a few times untimed, then {@code reps} times timed. A slow query
 * (on a large store) is timed fewer times, at least 3, so that each query stays near its time budget.
 */
public final class QueryTiming {
    /** Latencies of one query, or why it was not run. */
    public record Result(String name, long rows, double p50Millis, double p95Millis, double maxMillis, int reps, String error) {
        public String render() {
            if (error != null) return String.format("%-36s %s", name, error);
            return String.format("%-36s %8d rows  p50 %9.1f ms  p95 %9.1f ms  max %9.1f ms  (%d runs)", name, rows,
                    p50Millis, p95Millis, maxMillis, reps);
        }
    }

    private QueryTiming() {}

    /** Times each query with the given parameter values (only those the query declares are passed). */
    public static List<Result> time(Dataset ds, List<QueryTemplate> queries, Map<String, String> params, int warmups, int reps) {
        return time(ds, queries, params, warmups, reps, DEFAULT_BUDGET_SECONDS, 0, r -> { });
    }

    /** Time budget of one query (warm-ups and timed runs) after which fewer runs are made. */
    public static final double DEFAULT_BUDGET_SECONDS = 60;

    /** At least this many timed runs of every query, whatever the budget. */
    static final int MIN_REPS = 3;

    /** As {@link #time(Dataset, List, Map, int, int)}, telling {@code each} every result as soon as it is known. */
    public static List<Result> time(Dataset ds, List<QueryTemplate> queries, Map<String, String> params, int warmups, int reps,
                                    double budgetSeconds, double timeoutSeconds, java.util.function.Consumer<Result> each) {
        long timeout = (long) (timeoutSeconds * 1000);
        if (reps < 1) throw new IllegalArgumentException("reps must be >= 1, got " + reps);
        List<Result> out = new ArrayList<>();
        for (QueryTemplate q : queries) {
            Map<String, String> mine = new java.util.LinkedHashMap<>();
            params.forEach((k, v) -> { if (q.params().containsKey(k)) mine.put(k, v); });
            String name = q.name().replaceFirst("^.*/", "").replaceFirst("\\.rq$", "");
            try {
                boolean select = QueryRunner.parse(q).isSelectType();
                long rows = 0;
                long start = System.nanoTime();
                for (int i = 0; i < warmups; i++) {
                    QueryRunner.run(ds, q, mine, QueryRunner.Format.tsv, OutputStream.nullOutputStream(), timeout);
                    if ((System.nanoTime() - start) / 1e9 > budgetSeconds / 2) break; // one slow warm-up is enough
                }
                double[] ms = new double[reps];
                int done = 0;
                for (int i = 0; i < reps; i++) {
                    if (i >= MIN_REPS && (System.nanoTime() - start) / 1e9 > budgetSeconds) break;
                    LineCounter lines = new LineCounter();
                    long t = System.nanoTime();
                    long n = QueryRunner.run(ds, q, mine, QueryRunner.Format.tsv, lines, timeout);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    // TSV: a header line, then one line per row (newlines inside values are escaped)
                    rows = select ? Math.max(0, lines.count - 1) : n;
                    done++;
                }
                ms = Arrays.copyOf(ms, done);
                Arrays.sort(ms);
                out.add(new Result(name, rows, percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1], done, null));
            } catch (InvalidInputException e) {
                out.add(new Result(name, 0, 0, 0, 0, 0, "not run: " + e.getMessage()));
            } catch (org.apache.jena.query.QueryCancelledException e) {
                out.add(new Result(name, 0, 0, 0, 0, 0, String.format("did not finish within the %.0f s timeout", timeoutSeconds)));
            }
            each.accept(out.get(out.size() - 1));
        }
        return out;
    }

    /** Counts the lines written to it and drops the bytes. */
    private static final class LineCounter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            if (b == '\n') count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) if (b[i] == '\n') count++;
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
