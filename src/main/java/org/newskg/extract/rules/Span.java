package org.newskg.extract.rules;

import org.newskg.extract.EntityType;

/**
 * A candidate entity span before overlap resolution.
 *
 * @param rank     containment rank for places (5 province … 1 village, 0 other), -1 otherwise
 * @param kind     for organisations, the kind of posts it holds (gov, party, company, …); else null
 * @param priority higher wins an overlap, then the longer span
 */
public record Span(int start, int end, EntityType type, String subtype, int rank, String kind, int priority, String rule) {
    public int length() {
        return end - start;
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(Span o) {
        return start <= o.start && o.end <= end;
    }
}
