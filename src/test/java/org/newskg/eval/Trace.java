package org.newskg.eval;

import org.newskg.extract.ExtractConfig;
import org.newskg.extract.NewsExtractor;
import org.newskg.extract.rules.Doc;
import org.newskg.ingest.Article;

/** Development aid: prints tokens and the extraction of a sentence given as argument. */
public final class Trace {
    public static void main(String[] args) {
        NewsExtractor x = new NewsExtractor(ExtractConfig.defaults(), org.newskg.gazetteer.ReferenceData.bundled());
        for (String text : args) {
            Doc d = new Doc(text);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < d.tokens(); i++) b.append(d.word(i)).append('/').append(d.nature(i)).append(' ');
            System.err.println(b);
            var e = x.extract(Article.of("t", text));
            e.mentions().forEach(m -> System.err.println("  " + m));
            e.positions().forEach(m -> System.err.println("  " + m));
            e.partOf().forEach(m -> System.err.println("  " + m));
            e.bylines().forEach(m -> System.err.println("  " + m));
        }
    }
}
