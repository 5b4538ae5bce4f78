package org.newskg.serve.web;

import java.io.IOException;
import org.newskg.serve.KgServer;
import org.newskg.store.KgStore;

/**
 * Serves the workbench fixture store for the browser test (web/test/workbench.test.mjs): starts the server on
 * a free loopback port, prints its base URL as the one line on stdout, and stops when stdin closes.
 * Run: {@code java -cp target/classes:target/test-classes:target/lib/* org.newskg.serve.web.WorkbenchFixtureServer}.
 */
public final class WorkbenchFixtureServer {
    private WorkbenchFixtureServer() {}

    public static void main(String[] args) throws IOException {
        try (KgStore store = WorkbenchFixture.store(); KgServer server = KgServer.start(store, "127.0.0.1", 0, false)) {
            System.out.println("http://127.0.0.1:" + server.port() + "/");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for stdin to close
            }
        }
    }
}
