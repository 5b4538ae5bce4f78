package org.newskg.eval;

import org.newskg.extract.ExtractConfig;
import org.newskg.extract.NewsExtractor;
import org.newskg.ingest.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Measures warm single-thread extraction speed on the dev texts, repeated: {@code SpeedRun [rounds]}. */
public final class SpeedRun {
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        NewsExtractor x = new NewsExtractor(ExtractConfig.defaults(), org.newskg.gazetteer.ReferenceData.bundled());
        List<Article> arts = new ArrayList<>();
        for (Path f : DevRun.goldFiles(DevRun.DEV)) arts.add(Article.of(f.getFileName().toString(), DevRun.text(f)));
        long chars = arts.stream().mapToLong(a -> a.text().length()).sum();
        for (int i = 0; i < 5; i++) for (Article a : arts) x.extract(a); // warm-up
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) for (Article a : arts) x.extract(a);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.err.printf("%d chars x %d rounds in %.2f s: %.0f chars/s%n", chars, rounds, secs, chars * rounds / secs);
    }
}
