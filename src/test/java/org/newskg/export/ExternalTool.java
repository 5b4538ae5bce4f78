package org.newskg.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external reader (networkx, Graphviz, xmllint); tests skip when the tool is missing. */
final class ExternalTool {
    /** Debian's python, where python3-networkx is installed. */
    static final String PYTHON = "/usr/bin/python3";

    record Result(int exit, String out, String err) {
    }

    private ExternalTool() {
    }

    /** Skips the calling test unless {@code command} runs and exits 0. */
    static void assume(String why, String... command) {
        boolean ok;
        try {
            ok = run(null, command).exit() == 0;
        } catch (IOException e) {
            ok = false;
        }
        assumeTrue(ok, () -> why + " not available (" + String.join(" ", command) + ")");
    }

    static void assumeNetworkx() {
        assume("python3-networkx", PYTHON, "-c", "import networkx");
    }

    /** Runs a command, returns exit code and UTF-8 stdout/stderr; 120 s at most. */
    static Result run(Path dir, String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("LC_ALL", "C.UTF-8");
        File out = File.createTempFile("newskg-tool", ".out");
        File err = File.createTempFile("newskg-tool", ".err");
        try {
            pb.redirectOutput(out).redirectError(err);
            Process p = pb.start();
            try {
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("timeout: " + String.join(" ", command));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
                throw new IOException("interrupted: " + String.join(" ", command), e);
            }
            return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out.toPath());
            Files.deleteIfExists(err.toPath());
        }
    }

    /** Runs a Python script (given as text) with arguments under Debian's python3. */
    static Result python(Path dir, String script, String... args) throws IOException {
        Path file = dir.resolve("read.py");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of(PYTHON, file.toString()));
        cmd.addAll(List.of(args));
        return run(dir, cmd.toArray(String[]::new));
    }
}
