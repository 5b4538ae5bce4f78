package org.newskg.gazetteer;

/**
 * Measures the gazetteer's load time and retained heap: run
 * {@code java -cp target/classes:target/test-classes:<hanlp jar> org.newskg.gazetteer.GazetteerFootprint}.
 * Prints to stderr.
 */
public final class GazetteerFootprint {
    private GazetteerFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        long before = usedAfterGc();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.loadDefault();
        long t1 = System.nanoTime();
        long c1 = mx.getCurrentThreadCpuTime();
        g.byName("曲沃縣"); // first traditional-character lookup loads the conversion table
        long t2 = System.nanoTime();
        long after = usedAfterGc();
        System.err.printf("gazetteer: %d divisions, load %.0f ms wall / %.0f ms CPU of the loading thread"
                        + " (+%.0f ms traditional table), retained heap %.1f MB, system load %.1f%n",
                g.size(), (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6, (after - before) / 1e6,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
