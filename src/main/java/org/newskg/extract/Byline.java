package org.newskg.extract;

import java.util.Objects;

/**
 * A credit with a role word ({@code 本报记者 潘银丽}, {@code 李燎原 摄}).
 *
 * @param person the credited person
 * @param role   reporter, correspondent, photographer or editor
 * @param start  offset of the name in the article text
 */
public record Byline(String person, Role role, int start) {
    public enum Role { reporter, correspondent, photographer, editor }

    public Byline {
        Objects.requireNonNull(person, "byline person");
        Objects.requireNonNull(role, () -> "role of byline " + person);
    }
}
