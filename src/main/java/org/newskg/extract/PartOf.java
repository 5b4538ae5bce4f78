package org.newskg.extract;

import java.util.Objects;

/**
 * A place written directly before another that contains it ({@code 上党区荫城镇}: 荫城镇 partOf 上党区).
 *
 * @param child       the contained place, as in the text
 * @param parent      the containing place, as in the text
 * @param childStart  offset of the child mention in the article text
 * @param parentStart offset of the parent mention in the article text
 */
public record PartOf(String child, String parent, int childStart, int parentStart) {
    public PartOf {
        Objects.requireNonNull(child, "partOf child");
        Objects.requireNonNull(parent, "partOf parent");
    }
}
