package org.newskg.gazetteer;

import java.util.Objects;

/**
 * The reference data every stage shares: the administrative divisions and the agency table. Built once by the
 * composition root ({@code org.newskg.pipeline}) and handed to the extractor and the linker alike; no stage loads it
 * behind its own constructor.
 *
 * @param gazetteer the divisions, with their names, codes and parents
 * @param agencies  the agency abbreviations and subtypes
 * @param shipped   true for the data shipped in the jar, whose derived tables the build has precomputed (so a stage
 *                  may read those instead of computing them); false for data given by the caller
 */
public record ReferenceData(Gazetteer gazetteer, AgencyTable agencies, boolean shipped) {
    public ReferenceData {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(agencies, "agencies");
    }

    /** Reference data given by the caller (tests, other gazetteers): derived tables are computed from it. */
    public static ReferenceData of(Gazetteer gazetteer, AgencyTable agencies) {
        return new ReferenceData(gazetteer, agencies, false);
    }

    /**
     * The data shipped in the jar. Both parts are immutable and read once per JVM (the gazetteer image is 40 MB),
     * so every call returns the same tables; the first call pays for the reading.
     *
     * @throws org.newskg.InvalidInputException or {@link java.io.UncheckedIOException} when a resource is missing
     *     or damaged
     */
    public static ReferenceData bundled() {
        return new ReferenceData(Gazetteer.loadDefault(), AgencyTable.loadDefault(), true);
    }
}
