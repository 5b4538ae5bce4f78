package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.InvalidInputException;
import org.newskg.eval.Scorer;
import org.newskg.ingest.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against gold-annotated documents (the format of ../shared/eval) and prints the",
                "same figures as score.py: strict and lenient entity P/R/F1 overall and per type, subtype accuracy,",
                "place-code accuracy, positions, partOf, bylines. Without --pred, extracts the gold texts itself."})
final class EvalCommand implements Callable<Integer> {
    @Mixin ExtractOptions extractOptions;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of gold *.json documents")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "score this prediction file instead of extracting")
    Path pred;

    @Option(names = "--min-f1", paramLabel = "X", description = "exit 1 when the strict entity F1 is below X")
    Double minF1;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(gold)) throw new InvalidInputException(gold.toString(), "not a folder of gold documents");
        Path predictions = pred;
        Path tmp = null;
        if (predictions == null) {
            tmp = Files.createTempFile("newskg-eval", ".jsonl");
            predictions = tmp;
            writePredictions(gold, predictions, extractOptions);
        }
        try {
            Scorer s = Scorer.score(gold, predictions);
            System.out.println(s.report());
            if (minF1 != null && s.strictF1() < minF1) {
                System.err.printf("strict entity F1 %.3f is below %.3f%n", s.strictF1(), minF1);
                return 1;
            }
            return 0;
        } finally {
            if (tmp != null) Files.deleteIfExists(tmp);
        }
    }

    /** Extracts the "text" of every gold document exactly as `newskg extract` extracts a .txt file of it. */
    static void writePredictions(Path gold, Path out, ExtractOptions o) throws IOException {
        Path texts = Files.createTempDirectory("newskg-eval-texts");
        try {
            List<Path> files;
            try (var s = Files.list(gold)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                com.google.gson.JsonObject g;
                try {
                    g = com.google.gson.JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
                } catch (RuntimeException e) {
                    throw new InvalidInputException(f.toString(), "not a gold JSON document: " + e.getMessage());
                }
                Files.writeString(texts.resolve(g.get("id").getAsString() + ".txt"), g.get("text").getAsString(), StandardCharsets.UTF_8);
            }
            List<Skipped> skipped = new ArrayList<>();
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                ExtractCommand.writePredictions(List.of(texts), o, w, skipped);
            }
            for (Skipped s : skipped) System.err.println("skipped " + s);
        } finally {
            DemoCommand.deleteTree(texts);
        }
    }
}
