package org.newskg.gazetteer;

/** Level of an administrative division, from province down to village (村/社区). */
public enum Level {
    PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE;

    /** The level name used in the guidelines and the store: Province, City, County, Township, Village. */
    public String label() {
        return label;
    }

    private final String label = name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);

    /** Number of digits of a code of this level in its normalised form (6, 9 or 12). */
    public int codeLength() {
        return switch (this) {
            case PROVINCE, CITY, COUNTY -> 6;
            case TOWNSHIP -> 9;
            case VILLAGE -> 12;
        };
    }
}
