package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.gazetteer.ReferenceData;
import org.newskg.ingest.Skipped;
import org.newskg.pipeline.ArticlePipeline;
import org.newskg.pipeline.Predictions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities and relations from news files and writes them to stdout, without a store.",
                "One JSON line per article, in the prediction format of the evaluation guidelines (doc = input file "
                        + "name without extension)."})
final class ExtractCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ExtractOptions extractOptions;

    @Option(names = "--format", defaultValue = "jsonl", description = "output format: jsonl (default)")
    String format;

    @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        if (!"jsonl".equals(format))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "unknown --format '" + format + "' (supported: jsonl)");
        List<Skipped> skipped = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        ArticlePipeline pipeline = ArticlePipeline.create(extractOptions.config(), ReferenceData.bundled());
        int n = Predictions.write(pipeline, paths, out, skipped::add);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (Skipped s : skipped) err.println("skipped " + s);
        err.printf("extract: %d articles, %d skipped%n", n, skipped.size());
        return skipped.isEmpty() ? 0 : 2;
    }
}
