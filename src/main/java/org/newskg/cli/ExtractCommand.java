package org.newskg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractor;
import org.newskg.extract.Mention;
import org.newskg.eval.PredictionWriter;
import org.newskg.ingest.Skipped;
import org.newskg.link.Entity;
import org.newskg.link.LinkedArticle;
import org.newskg.link.Linker;
import org.newskg.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extraction only: writes what is found in each article to stdout, one JSON line per article,",
                "in the prediction format of the evaluation guidelines (doc = input file name without extension)."})
final class ExtractCommand implements Callable<Integer> {
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
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        int n = writePredictions(paths, extractOptions, out, skipped);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Skipped s : skipped) System.err.println("skipped " + s);
        System.err.printf("extract: %d articles, %d skipped%n", n, skipped.size());
        return skipped.isEmpty() ? 0 : 2;
    }

    /**
     * Reads, extracts and links the articles of {@code paths} and writes one prediction line per article.
     * Returns the number of articles written; bad items go to {@code skipped}.
     */
    static int writePredictions(List<Path> paths, ExtractOptions o, java.io.Writer out, List<Skipped> skipped) {
        Extractor extractor = Components.extractor(o);
        Linker linker = Components.linker(o);
        int[] n = {0};
        Components.reader(o).read(paths, article -> {
            String line;
            try {
                Extraction x = extractor.extract(article);
                LinkedArticle la = linker.link(article, x);
                Map<Mention, String[]> links = new IdentityHashMap<>();
                for (int i = 0; i < x.mentions().size(); i++) {
                    Entity e = la.entities().get(la.mentionKeys().get(i));
                    if (e != null) links.put(x.mentions().get(i), new String[] {e.code(), Iris.entity(e.key()).getURI()});
                }
                line = PredictionWriter.toJsonLine(article.doc(), article, x, links::get);
            } catch (RuntimeException e) {
                skipped.add(new Skipped("article " + article.id(), "extraction failed: " + e));
                return;
            }
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            n[0]++;
        }, skipped::add);
        return n[0];
    }
}
