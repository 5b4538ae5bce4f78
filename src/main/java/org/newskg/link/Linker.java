package org.newskg.link;

import org.newskg.extract.Extraction;
import org.newskg.ingest.Article;

/** Resolves an article's mentions to entities. Implementations are thread-safe. */
public interface Linker {
    LinkedArticle link(Article article, Extraction extraction);
}
