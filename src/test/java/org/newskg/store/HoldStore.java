package org.newskg.store;

import java.nio.file.Path;

/**
 * A child process for tests: opens a store, says "opened" on stdout, and keeps it open until its standard input
 * closes (or it is killed).
 */
public final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws Exception {
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            store.quadCount();
            System.out.println("opened");
            System.out.flush();
            while (System.in.read() >= 0) { /* hold */ }
        }
    }

    /** Starts a JVM holding {@code dir}, returning once it has the store open. */
    public static Process start(Path dir) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = in.readLine()) != null; ) {
            if (line.equals("opened")) return p;
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("the child JVM did not open the store:\n" + seen);
    }
}
