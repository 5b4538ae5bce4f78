package org.newskg.link;

import java.util.List;
import java.util.Objects;
import org.newskg.gazetteer.AdminDivision;

/**
 * How one place name of an article was resolved.
 *
 * @param text       the place name as written
 * @param division   the division it was linked to, or null when unresolved
 * @param candidates codes of the divisions the name could denote (all of them when unresolved; empty when
 *                   the name is in no gazetteer or the place is not administrative)
 * @param reason     why: {@code unique}, {@code context}, {@code partOf}, {@code level prior},
 *                   {@code ambiguous}, {@code no support}, {@code unknown name}, {@code not administrative}
 */
public record PlaceResolution(String text, AdminDivision division, List<String> candidates, String reason) {
    public PlaceResolution {
        Objects.requireNonNull(text, "place text");
        Objects.requireNonNull(reason, () -> "reason of resolution of " + text);
        candidates = List.copyOf(candidates);
    }

    public boolean linked() {
        return division != null;
    }
}
