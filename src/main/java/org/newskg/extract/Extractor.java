package org.newskg.extract;

import org.newskg.ingest.Article;

/**
 * The extraction core: a pure function of (article, configuration). Implementations hold only
 * immutable, thread-safe state built at construction, so one instance may serve many threads.
 */
public interface Extractor {
    Extraction extract(Article article);
}
