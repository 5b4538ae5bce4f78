package org.newskg.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One administrative division of the gazetteer.
 *
 * @param code       division code in normalised form: 6 digits for province, city and county
 *                   ({@code 140000}, {@code 140400}, {@code 140404}), 9 for a township, 12 for a village
 * @param name       official name; for villages without the committee suffix ({@code 瓜园村}, not {@code 瓜园村委会})
 * @param level      level
 * @param parentCode code of the containing division, or null for a province
 * @param altNames   alternate (mostly former) names, e.g. {@code 长治县} for {@code 上党区}; never null
 */
public record AdminDivision(String code, String name, Level level, String parentCode, List<String> altNames) {
    public AdminDivision {
        Objects.requireNonNull(code, "division code");
        Objects.requireNonNull(name, () -> "name of division " + code);
        Objects.requireNonNull(level, () -> "level of division " + code);
        if (code.length() != level.codeLength() || !code.chars().allMatch(c -> c >= '0' && c <= '9'))
            throw new IllegalArgumentException("bad " + level + " code '" + code + "' for " + name);
        if ((parentCode == null) != (level == Level.PROVINCE))
            throw new IllegalArgumentException("division " + code + " " + name + ": parent code " + parentCode
                    + " does not fit level " + level);
        altNames = altNames == null ? List.of() : List.copyOf(altNames);
    }
}
