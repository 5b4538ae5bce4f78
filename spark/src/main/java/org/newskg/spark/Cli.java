package org.newskg.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of the job: {@code newskg-spark ingest --input PATH… --output DIR}. */
@Command(name = "newskg-spark", mixinStandardHelpOptions = true, version = "newskg-spark dev",
        subcommands = {Cli.Ingest.class, CommandLine.HelpCommand.class},
        description = "newskg on Apache Spark: ingest at scale into N-Quads parts, then `newskg load` them into a store.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:internal error", "2:bad usage or bad input (something was skipped)"})
final class Cli {
    private Cli() {}

    static int run(String[] args, PrintStream err) {
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setErr(new java.io.PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((ex, c, parse) -> {
            if (ex instanceof InvalidInputException) {
                c.getErr().println("newskg-spark: " + ex.getMessage());
                return 2;
            }
            c.getErr().println("newskg-spark: internal error: " + ex);
            ex.printStackTrace(err);
            return 1;
        });
        return cmd.execute(args);
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Reads news files or folders (every format `newskg ingest` reads; local paths or Hadoop URIs such as "
                    + "hdfs://… or s3a://…) and writes what `newskg ingest` would store as gzip N-Quads parts: OUTPUT/articles/, "
                    + "OUTPUT/divisions/, OUTPUT/identity/, with OUTPUT/skipped.tsv (file:line, reason) and OUTPUT/_SUCCESS.json "
                    + "(counts). Then: newskg load --store DIR OUTPUT.",
                    "The master comes from spark-submit (--master), else local[*]."})
    static final class Ingest implements Callable<Integer> {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH", description = "files or folders (repeatable)")
        List<String> inputs = new ArrayList<>();

        @Option(names = "--output", required = true, paramLabel = "DIR", description = "output folder (must not exist)")
        String output;

        @Option(names = "--source", paramLabel = "NAME", description = "source name for articles that do not state one (as newskg ingest)")
        String source;

        @Option(names = "--home", paramLabel = "PLACE", description = "home region of the source (as newskg ingest)")
        String home;

        @Option(names = "--lexicon", paramLabel = "FILE", description = "extra lexicon, readable on every executor (repeatable)")
        List<String> lexicons = new ArrayList<>();

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date of articles that state none (as newskg ingest)")
        java.time.LocalDate date;

        @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
                description = "tasks the files are split into (default: four per core); a file is never split")
        int partitions;

        @Override
        public Integer call() {
            SparkConf conf = new SparkConf().setAppName("newskg-spark ingest").setIfMissing("spark.master", "local[*]");
            var err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                double startup = (System.nanoTime() - t0) / 1e9;
                SparkIngest.Manifest m = SparkIngest.run(sc, new JobOptions(inputs, output, source, home, lexicons, partitions,
                        date == null ? null : date.toString()));
                err.println(SparkIngest.fmt("newskg-spark: %d files, %d articles, %d quads (articles %d, divisions %d, "
                                + "identity %d), %d possibly-same person pairs, %d skipped, %.1f s (Spark context %.1f s) → %s",
                        m.files(), m.articles(), m.quads(), m.articleQuads(), m.divisionQuads(), m.identityQuads(),
                        m.possiblySamePairs(), m.skipped(), m.seconds(), startup, output));
                if (m.skipped() > 0) err.println("newskg-spark: skipped items are listed in " + output + "/skipped.tsv");
                return m.skipped() == 0 ? 0 : 2;
            }
        }
    }
}
