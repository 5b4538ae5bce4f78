package org.newskg.link;

import java.util.Objects;

/**
 * An administrative division: a node of the place hierarchy written to the store.
 *
 * @param code       statistical division code (2/4/6/9/12 digits as in the source data; 6-digit forms for
 *                   province/city/county as used in GB/T 2260)
 * @param name       official name
 * @param level      Province, City, County, Township or Village
 * @param parentCode code of the containing division, or null for a province
 */
public record Division(String code, String name, String level, String parentCode) {
    public Division {
        Objects.requireNonNull(code, "division code");
        Objects.requireNonNull(name, () -> "name of division " + code);
        Objects.requireNonNull(level, () -> "level of division " + code);
    }
}
