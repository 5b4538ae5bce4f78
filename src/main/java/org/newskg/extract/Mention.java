package org.newskg.extract;

import java.util.Objects;

/**
 * One entity mention in an article's text.
 *
 * @param text    the surface string, exactly {@code articleText.substring(start, end)}
 * @param type    coarse type
 * @param subtype subtype name from the guidelines (County, Hospital, ...), or null (always null for Person)
 * @param start   start offset, Java String index (UTF-16 units) into the article text
 * @param end     end offset, exclusive
 */
public record Mention(String text, EntityType type, String subtype, int start, int end) {
    public Mention {
        Objects.requireNonNull(text, "mention text");
        Objects.requireNonNull(type, () -> "type of mention '" + text + "'");
        if (start < 0 || end <= start || end - start != text.length())
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for '" + text + "'");
    }
}
