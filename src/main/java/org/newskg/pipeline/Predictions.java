package org.newskg.pipeline;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newskg.eval.Scorer;
import org.newskg.ingest.Article;
import org.newskg.ingest.Skipped;

/**
 * Extraction results in the evaluation's prediction format: written for files ({@code newskg extract}) and scored in
 * memory against gold documents ({@code newskg eval}), both through one {@link ArticlePipeline}.
 */
public final class Predictions {
    private Predictions() {}

    /**
     * Reads the articles of {@code paths}, and writes one prediction line per article to {@code out}. An article
     * whose extraction fails (any Throwable, out of memory included) or that is longer than
     * {@link ArticlePipeline#MAX_ARTICLE_CHARS} goes to {@code skipped} with the reason; the others go on.
     *
     * @return the number of lines written
     */
    public static int write(ArticlePipeline pipeline, List<Path> paths, Writer out, Consumer<Skipped> skipped) {
        int[] n = {0};
        pipeline.reader().read(paths, article -> {
            String line = predict(pipeline, article, skipped);
            if (line == null) return;
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            n[0]++;
        }, skipped);
        return n[0];
    }

    /**
     * Extracts the text of every gold document in {@code gold} (a folder of *.json or one file) exactly as a
     * {@code .txt} file of it is extracted, and scores the result against the gold, all in memory.
     */
    public static Scorer evaluate(ArticlePipeline pipeline, Path gold, Consumer<Skipped> skipped) {
        Map<String, JsonObject> golds = Scorer.readGold(gold);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, JsonObject> g : golds.entrySet()) {
            JsonObject doc = g.getValue();
            if (!doc.has("text") || !doc.get("text").isJsonPrimitive())
                throw new org.newskg.InvalidInputException(gold + " (document " + g.getKey() + ")", "gold document has no \"text\"");
            String text = doc.get("text").getAsString();
            for (Article a : pipeline.reader().pageArticles(g.getKey(), text, g.getKey() + ".txt")) {
                String line = predict(pipeline, a, skipped);
                if (line != null) lines.add(line);
            }
        }
        return Scorer.score(golds, lines, "predictions for " + gold);
    }

    static String predict(ArticlePipeline pipeline, Article article, Consumer<Skipped> skipped) {
        return ArticlePipeline.isolated(article, pipeline::prediction, skipped);
    }
}
