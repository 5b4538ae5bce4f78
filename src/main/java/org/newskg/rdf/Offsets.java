package org.newskg.rdf;

import java.util.Objects;

/**
 * Converts text offsets between the unit the store holds (Java String index, UTF-16 code units) and the
 * unit of W3C Web Annotation and NIF (Unicode code points). They differ after every character outside
 * the Basic Multilingual Plane, e.g. rare name characters in CJK Extension B ({@code 𠈓}).
 */
public final class Offsets {
    private Offsets() {}

    /** The code-point offset of a UTF-16 offset into text. */
    public static int toCodePoints(String text, int utf16) {
        Objects.requireNonNull(text, "text");
        if (utf16 < 0 || utf16 > text.length())
            throw new IllegalArgumentException("offset " + utf16 + " outside text of length " + text.length());
        if (utf16 > 0 && utf16 < text.length() && Character.isLowSurrogate(text.charAt(utf16))
                && Character.isHighSurrogate(text.charAt(utf16 - 1)))
            throw new IllegalArgumentException("offset " + utf16 + " splits a surrogate pair");
        return text.codePointCount(0, utf16);
    }

    /** The UTF-16 offset of a code-point offset into text. */
    public static int toUtf16(String text, int codePoints) {
        Objects.requireNonNull(text, "text");
        if (codePoints < 0 || codePoints > text.codePointCount(0, text.length()))
            throw new IllegalArgumentException("code-point offset " + codePoints + " outside text of "
                    + text.codePointCount(0, text.length()) + " code points");
        return text.offsetByCodePoints(0, codePoints);
    }
}
