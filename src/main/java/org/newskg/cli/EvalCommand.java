package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.InvalidInputException;
import org.newskg.eval.Scorer;
import org.newskg.gazetteer.ReferenceData;
import org.newskg.ingest.Skipped;
import org.newskg.pipeline.ArticlePipeline;
import org.newskg.pipeline.Predictions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against gold-annotated documents (the format of ../shared/eval).",
                "It prints the same figures as score.py: strict and lenient entity P/R/F1 overall and per type, subtype "
                        + "accuracy, place-code accuracy, positions, partOf, bylines. Without --pred, it extracts the gold "
                        + "texts itself."})
final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ExtractOptions extractOptions;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of gold *.json documents")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "score this prediction file instead of extracting")
    Path pred;

    @Option(names = {"-v", "--verbose"}, description = "also list the entity errors grouped by kind (type, subtype, ending): misses, boundary and type errors, spurious entities, each with its document")
    boolean verbose;

    @Option(names = "--min-f1", paramLabel = "X", description = "exit 3 when the strict entity F1 is below X")
    Double minF1;

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) throw new InvalidInputException(gold.toString(), "not a folder of gold documents");
        Scorer s;
        if (pred != null) {
            s = Scorer.score(gold, pred);
        } else {
            List<Skipped> skipped = new ArrayList<>();
            ArticlePipeline pipeline = ArticlePipeline.create(extractOptions.config(), ReferenceData.bundled());
            s = Predictions.evaluate(pipeline, gold, skipped::add);
            for (Skipped k : skipped) spec.commandLine().getErr().println("skipped " + k);
        }
        spec.commandLine().getOut().println(s.report());
        if (verbose) spec.commandLine().getOut().print(s.errorReport());
        if (minF1 != null && s.strictF1() < minF1) {
            spec.commandLine().getErr().printf("strict entity F1 %.3f is below %.3f%n", s.strictF1(), minF1);
            return Main.EXIT_BELOW_FLOOR;
        }
        return 0;
    }
}
