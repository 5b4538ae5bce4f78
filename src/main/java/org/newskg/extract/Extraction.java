package org.newskg.extract;

import java.util.List;

/** What the extractor found in one article. Lists are immutable and in text order. */
public record Extraction(List<Mention> mentions, List<Position> positions, List<PartOf> partOf, List<Byline> bylines) {
    public Extraction {
        mentions = List.copyOf(mentions);
        positions = List.copyOf(positions);
        partOf = List.copyOf(partOf);
        bylines = List.copyOf(bylines);
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of(), List.of());
    }
}
