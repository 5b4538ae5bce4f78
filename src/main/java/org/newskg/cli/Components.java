package org.newskg.cli;

import java.util.List;
import java.util.function.Function;
import org.newskg.extract.ExtractConfig;
import org.newskg.extract.Extractor;
import org.newskg.extract.NewsExtractor;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.IngestConfig;
import org.newskg.link.DefaultLinker;
import org.newskg.link.LinkedArticle;
import org.newskg.link.Linker;
import org.newskg.link.LinkerConfig;
import org.newskg.rdf.ArticleMapper;
import org.newskg.rdf.MappedArticle;

/** Builds the pipeline stages from command-line options. The one place where the stages are wired together. */
final class Components {
    private Components() {}

    static IngestConfig ingestConfig(ExtractOptions o) {
        return new IngestConfig(o.source, o.home);
    }

    static CorpusReader reader(ExtractOptions o) {
        return new CorpusReader(ingestConfig(o));
    }

    static NewsExtractor extractor(ExtractOptions o) {
        return new NewsExtractor(ExtractConfig.defaults().withLexicons(List.copyOf(o.lexicons)));
    }

    static Linker linker(ExtractOptions o) {
        return new DefaultLinker(LinkerConfig.from(ingestConfig(o)));
    }

    static Function<LinkedArticle, MappedArticle> mapper() {
        return new ArticleMapper()::map;
    }
}
