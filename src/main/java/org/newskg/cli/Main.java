package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code newskg} command. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of people, places and institutions from Chinese local news.",
        subcommands = {IngestCommand.class, ExtractCommand.class, ServeCommand.class, QueryCommand.class,
                StatsCommand.class, DeleteCommand.class, CompactCommand.class, RecountCommand.class, LoadCommand.class, DemoCommand.class, EvalCommand.class, ExportCommand.class,
                org.newskg.bench.BenchCommand.class, org.newskg.bench.GenerateCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:internal error", "2:bad usage or bad input (something was skipped)",
                "3:a quality gate failed (eval --min-f1)"})
public final class Main implements Runnable {
    /** Exit code of a quality gate below its floor ({@code eval --min-f1}): not an error of the program. */
    static final int EXIT_BELOW_FLOOR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        Preload.start(args);
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int execute(String... args) {
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } finally {
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new ProcessStderr());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("-v") || parseResult.subcommands().stream()
                    .anyMatch(p -> p.hasMatchedOption("-v"));
            if (ex instanceof InvalidInputException) {
                cmd.getErr().println("newskg: " + ex.getMessage());
                if (verbose) ex.printStackTrace(cmd.getErr());
                return 2;
            }
            if (ex instanceof org.newskg.pipeline.IngestPipeline.WriterFailed) {
                // the run stopped cleanly (transaction aborted, lock released): say what is in the store
                cmd.getErr().println("newskg: " + ex.getMessage());
                if (verbose) ex.printStackTrace(cmd.getErr());
                return 1;
            }
            cmd.getErr().println("newskg: internal error: " + ex);
            if (verbose) ex.printStackTrace(cmd.getErr());
            else cmd.getErr().println("(run with -v for the stack trace)");
            return 1;
        });
        return cl;
    }

    /** The process's stderr as the commands' error stream: progress bars are drawn only on it (see ProgressDisplay). */
    static final class ProcessStderr extends PrintWriter {
        ProcessStderr() {
            super(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        }
    }

    /** Version from the jar manifest, or "dev". */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newskg " + (v == null ? "dev" : v)};
        }
    }
}
