package org.newskg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** {@code newskg generate}: writes a synthetic corpus for scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes N synthetic local-news articles as JSONL (fields id, title, date, source, text) for scale tests.",
                "The articles are invented: every record has source \"" + CorpusGenerator.SOURCE + "\" and id syn-<n>, n from "
                        + "--first-id on (article n of a seed is the same whichever run writes it).",
                "Places are real divisions of the gazetteer with their real chains; bodies come from the agency table; "
                        + "officials' names are drawn from name tables. The same seed and region give the same file."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", required = true, description = "number of articles")
    long articles;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "output JSONL file (UTF-8)")
    Path output;

    @Option(names = "--first-id", paramLabel = "N", defaultValue = "1",
            description = "number of the first article, syn-N (default: ${DEFAULT-VALUE}); e.g. 100001 for articles to add to a "
                    + "store of syn-1..syn-100000 without replacing any")
    long firstId;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--region", paramLabel = "CODE", defaultValue = "14",
            description = "division code of the province, city or county whose places are used (default: ${DEFAULT-VALUE}, Shanxi)")
    String region;

    @Option(names = {"-v", "--verbose"}, description = "stack traces on errors")
    boolean verbose;

    @Override
    public Integer call() {
        if (articles < 1) throw new InvalidInputException("--articles", "must be at least 1, got " + articles);
        if (firstId < 1) throw new InvalidInputException("--first-id", "must be at least 1, got " + firstId);
        CorpusGenerator g;
        try {
            g = CorpusGenerator.standard(region, seed);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--region", e.getMessage());
        }
        long t0 = System.nanoTime();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16)) {
            long step = 10_000;
            for (long done = 0; done < articles; done += step) {
                g.writeJsonl(firstId + done, Math.min(step, articles - done), w);
                if (articles > step) spec.commandLine().getErr().printf("generate: %d of %d articles%n", Math.min(done + step, articles), articles);
            }
        } catch (IOException e) {
            throw new InvalidInputException(output.toString(), "cannot write: " + e.getMessage(), e);
        }
        spec.commandLine().getErr().printf("generate: %d synthetic articles from %d counties of region %s written to %s in %.1f s%n",
                articles, g.countyCount(), region, output, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
