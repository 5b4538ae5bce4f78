package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newskg.store.KgStore;

/**
 * A bounded load with a runaway query in the mix: a server (port 0, loopback, 3 s timeout); one client sends a
 * four-way cross join, another abandons one after 0.5 s, while four clients send ordinary queries. The runaway query
 * ends at the timeout with an error status, every ordinary query answers 200; the p95 of the ordinary ones is printed,
 * not asserted (shared CI machines).
 */
class RunawayQueryLoadTest {
    static final int CLIENTS = 4;
    static final int PER_CLIENT = 40;
    static final long TIMEOUT_MS = 3000;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void runawayEndsAtTheTimeoutWhileOthersAnswer() throws Exception {
        try (KgStore store = KgStore.inMemory()) {
            ServerHardeningTest.fill(store);
            try (KgServer server = KgServer.start(store, KgServer.Options.defaults("127.0.0.1", 0).withTimeoutMillis(TIMEOUT_MS))) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                String base = server.sparqlUrl() + "?query=";
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
                try {
                    Future<long[]> runaway = pool.submit(() -> {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + enc(ServerHardeningTest.RUNAWAY)))
                                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
                        return new long[] {r.statusCode(), (System.nanoTime() - t0) / 1_000_000};
                    });
                    // an abandoned runaway: the client gives up after 0.5 s; the server cancels it at the timeout
                    Future<String> abandoned = pool.submit(() -> {
                        try {
                            http.send(HttpRequest.newBuilder(URI.create(base + enc(ServerHardeningTest.RUNAWAY)))
                                    .timeout(Duration.ofMillis(500)).GET().build(), HttpResponse.BodyHandlers.ofString());
                            return "answered";
                        } catch (java.net.http.HttpTimeoutException e) {
                            return "abandoned";
                        }
                    });
                    Thread.sleep(200); // the runaway queries are running
                    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                    List<Future<Integer>> clients = new ArrayList<>();
                    for (int c = 0; c < CLIENTS; c++) {
                        int client = c;
                        clients.add(pool.submit(() -> {
                            int ok = 0;
                            for (int i = 0; i < PER_CLIENT; i++) {
                                String q = "SELECT ?s ?o WHERE { ?s <urn:p> ?o FILTER(?o = \"v" + ((client * PER_CLIENT + i) % 200) + "\") }";
                                long t0 = System.nanoTime();
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + enc(q)))
                                        .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
                                latencies.add((System.nanoTime() - t0) / 1_000);
                                if (r.statusCode() == 200 && r.body().contains("urn:filler:")) ok++;
                            }
                            return ok;
                        }));
                    }
                    int answered = 0;
                    for (Future<Integer> f : clients) answered += f.get(90, TimeUnit.SECONDS);
                    long[] rw = runaway.get(90, TimeUnit.SECONDS);
                    String ab = abandoned.get(30, TimeUnit.SECONDS);
                    List<Long> sorted = new ArrayList<>(latencies);
                    Collections.sort(sorted);
                    double p50 = sorted.get(sorted.size() / 2) / 1000.0;
                    double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0;
                    double max = sorted.get(sorted.size() - 1) / 1000.0;
                    System.err.printf("load with a runaway query (timeout %d ms): runaway → HTTP %d after %d ms; abandoned one: %s; "
                                    + "%d/%d ordinary queries answered, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                            TIMEOUT_MS, rw[0], rw[1], ab, answered, CLIENTS * PER_CLIENT, p50, p95, max);
                    assertEquals(CLIENTS * PER_CLIENT, answered, "every ordinary query answers");
                    assertTrue(rw[0] >= 400, "the runaway query ends with an error status, got " + rw[0]);
                    assertTrue(rw[1] >= TIMEOUT_MS - 100 && rw[1] < 60_000, "the runaway query ends at the timeout, not " + rw[1] + " ms");
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
