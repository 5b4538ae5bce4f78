package org.newskg.link;

import java.util.Objects;

/**
 * The home region of an article's source: the division level-prefixed names ({@code 市人社局}) refer to and
 * ambiguous places are read in.
 *
 * @param division the division (a province, city or county)
 * @param inferred false when given ({@code --home}), true when inferred from the page ({@link HomeInference})
 * @param evidence what it rests on, short: {@code given}, or e.g. {@code paper name 长治日报; 3 of 4 place names}
 */
public record HomeRegion(Division division, boolean inferred, String evidence) {
    public HomeRegion {
        Objects.requireNonNull(division, "home division");
        Objects.requireNonNull(evidence, "home evidence");
    }
}
