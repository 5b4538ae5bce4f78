package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.ServeRecord;

/**
 * The README's examples run as printed. Every {@code ./newskg …} and {@code curl …} command of the README — the lines
 * of its {@code bash} blocks and its inline code — is run in document order, as the tour runs them, with only what
 * a test must change: the store folders ({@code --store kg}) and relative output files go to a temporary folder, the
 * reader's own corpus ({@code ~/news/...}) is the bundled sample corpus, {@code demo} does not stay serving, and
 * {@code serve} runs in this process on a free port that the {@code curl} commands then use. A shell tail after
 * {@code &&}, {@code |} or {@code >} (Graphviz, say) is left out. Each command must exit 0; the commands that the
 * README shows but a test cannot run ({@code mvn -B verify}: it would run this test) are listed and skipped.
 */
class ReadmeExamplesTest {
    @TempDir Path tmp;

    /** The runnable commands of a README, in order: bash block lines and inline code spans. */
    static List<String> commands(String readme) {
        List<String> out = new ArrayList<>();
        boolean bash = false, block = false, continued = false;
        Pattern inline = Pattern.compile("`([^`]+)`");
        for (String line : readme.split("\n")) {
            if (line.startsWith("```")) {
                block = !block;
                bash = block && line.strip().equals("```bash");
                continue;
            }
            if (bash) {
                String c = withoutComment(line.strip());
                if (continued && !out.isEmpty()) { // a line ending in \ goes on in the next one
                    String last = out.remove(out.size() - 1);
                    c = last.substring(0, last.length() - 1).strip() + " " + c;
                }
                continued = c.endsWith("\\");
                if (!c.isEmpty()) out.add(c);
            } else if (!block) {
                Matcher m = inline.matcher(line);
                while (m.find()) {
                    String c = m.group(1).strip();
                    // a command, not a mention of one ("./newskg …" in prose): a subcommand or an option follows
                    if (c.matches("(\\./newskg [a-z]+|curl [-'h]).*")) out.add(c);
                }
            }
        }
        return out;
    }

    /** The command without a trailing {@code # comment} (a # outside quotes after a space). */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).strip();
            }
        }
        return line;
    }

    /** Shell words, quotes removed, up to the first unquoted {@code &&}, {@code |} or {@code >}. */
    static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) out.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else if (c == '&' || c == '|' || c == '>') {
                break;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) out.add(w.toString());
        return out;
    }

    @Test
    void readmeExamplesRunAsPrinted() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> commands = commands(readme);
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("./newskg ingest")), commands.toString());
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("./newskg export")), commands.toString());
        Path corpus = tmp.resolve("corpus");
        CliTest.demoCorpus(corpus);
        Thread serving = null;
        Path served = null;
        int port = -1;
        List<String> ran = new ArrayList<>(), skipped = new ArrayList<>();
        try {
            for (String command : commands) {
                if (command.startsWith("(mvn ") || command.startsWith("spark-submit") || command.startsWith("SPARK_")) {
                    skipped.add(command + " (builds or submits the Spark job; see spark/)");
                    continue;
                }
                if (command.startsWith("mvn ")) {
                    skipped.add(command + " (runs this test)");
                    continue;
                }
                if (command.startsWith("curl ")) {
                    assertTrue(port > 0, "a curl example before the README starts a server: " + command);
                    if (!ExportCliTest.has("curl", "--version")) {
                        skipped.add(command + " (no curl)");
                        continue;
                    }
                    String c = command.replace("127.0.0.1:3030", "127.0.0.1:" + port) + " --fail --show-error";
                    Process p = new ProcessBuilder("bash", "-c", c).redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(p.waitFor(120, TimeUnit.SECONDS), command);
                    assertEquals(0, p.exitValue(), () -> command + "\n" + out);
                    assertFalse(out.isBlank(), command);
                    ran.add(command);
                    continue;
                }
                List<String> w = words(command);
                if (w.get(0).equals("./newskg-spark") || w.size() > 1 && w.get(0).equals("./newskg") && w.get(1).equals("load")) {
                    // the Spark job and the load of its parts: run by the spark/ module's tests and LoadCommandTest
                    skipped.add(command + " (Spark; see spark/ and LoadCommandTest)");
                    continue;
                }
                List<String> args = new ArrayList<>();
                assertEquals("./newskg", w.get(0), command);
                String sub = w.get(1);
                for (int i = 1; i < w.size(); i++) {
                    String a = w.get(i);
                    String previous = args.isEmpty() ? "" : args.get(args.size() - 1);
                    if (previous.equals("--store") || ((previous.equals("-o") || previous.equals("--output"))
                            && !Path.of(a).isAbsolute())) {
                        a = tmp.resolve(a).toString();
                    } else if (a.startsWith("~")) {
                        a = corpus.toString(); // the reader's own archive: the sample corpus
                    } else if (previous.equals("--port")) {
                        a = "0";
                    }
                    args.add(a);
                }
                if (sub.equals("demo")) args.add("--no-serve");
                if (sub.equals("serve")) {
                    assertNull(serving, "one server at a time");
                    if (!args.contains("--port")) args.addAll(List.of("--port", "0"));
                    served = Path.of(args.get(args.indexOf("--store") + 1));
                    StringWriter err = new StringWriter();
                    String[] a = args.toArray(String[]::new);
                    serving = new Thread(() -> Main.commandLine().setOut(new PrintWriter(new StringWriter(), true))
                            .setErr(new PrintWriter(err, true)).execute(a), "readme-serve");
                    serving.start();
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (ServeRecord.find(served).isEmpty()) {
                        assertTrue(serving.isAlive(), () -> command + ": " + err);
                        assertTrue(System.nanoTime() < until, command + " did not start in 60 s");
                        Thread.sleep(50);
                    }
                    String url = ServeRecord.find(served).orElseThrow().sparqlUrl();
                    port = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
                    ran.add(command);
                    continue;
                }
                CliTest.Run r = CliTest.run(args.toArray(String[]::new));
                assertEquals(0, r.exit(), () -> command + " (run as " + args + ")\n" + r.err());
                ran.add(command);
            }
        } finally {
            if (serving != null) {
                serving.interrupt();
                serving.join(30_000);
            }
        }
        assertTrue(served == null || !Files.exists(served.resolve(ServeRecord.FILE)), "the server's note is gone");
        System.err.println("README examples run: " + ran.size() + ", skipped: " + skipped);
        assertTrue(ran.size() >= 15, "ran " + ran);
    }

    @Test
    void commandsAreTakenFromBashBlocksAndInlineCodeOnly() {
        String md = """
                Run `./newskg stats --store kg` or `newskg query` (a syntax line); `./newskg …` is prose.
                ```bash
                ./newskg query --store kg -q 'SELECT ?s { ?s ?p ?o } # not a comment'   # a comment
                ```
                ```sparql
                # ./newskg not a command
                ```
                """;
        assertEquals(List.of("./newskg stats --store kg", "./newskg query --store kg -q 'SELECT ?s { ?s ?p ?o } # not a comment'"),
                commands(md));
        assertEquals(List.of("./newskg", "query", "-q", "SELECT ?s { ?s ?p ?o } # not a comment"),
                words("./newskg query -q 'SELECT ?s { ?s ?p ?o } # not a comment'"));
        assertEquals(List.of("./newskg", "export", "-o", "lc.dot"), words("./newskg export -o lc.dot && dot -Tsvg lc.dot > lc.svg"));
    }
}
