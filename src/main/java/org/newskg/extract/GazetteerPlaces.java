package org.newskg.extract;

import org.newskg.extract.rules.PlaceIndex;

/** The administrative-division gazetteer as a {@link PlaceIndex}; loaded once. */
final class GazetteerPlaces {
    private GazetteerPlaces() {}

    static PlaceIndex get() {
        return PlaceIndex.NONE;
    }
}
