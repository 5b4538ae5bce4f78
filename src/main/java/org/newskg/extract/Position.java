package org.newskg.extract;

import java.util.Objects;

/**
 * A post held by a person at an organisation, as stated in the text ({@code 壶关县文旅局局长郭志毅}).
 *
 * @param person person name as in the text
 * @param title  the post title (局长)
 * @param org    organisation name as in the text (fullest form), never null
 * @param start  start of the evidence span in the article text
 * @param end    end of the evidence span, exclusive
 */
public record Position(String person, String title, String org, int start, int end) {
    public Position {
        Objects.requireNonNull(person, "position person");
        Objects.requireNonNull(title, "position title");
        Objects.requireNonNull(org, "position org");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + "," + end + ") for position of " + person);
    }
}
