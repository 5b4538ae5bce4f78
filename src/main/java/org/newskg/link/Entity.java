package org.newskg.link;

import java.util.Objects;
import java.util.Set;
import org.newskg.extract.EntityType;

/**
 * A resolved entity: what a mention refers to.
 *
 * @param key       stable key, unique per entity in the whole store; the RDF IRI is minted from it.
 *                  Places with a division code: {@code place/<code>}; others {@code place/<name>},
 *                  {@code org/<canonical name>}, {@code person/<name>} or {@code person/<name>/<context>}
 * @param type      coarse type
 * @param subtype   subtype (County, Hospital, ...) or null
 * @param label     canonical name
 * @param code      division code for administrative places, else null
 * @param altLabels other surface forms seen for it (may be empty)
 */
public record Entity(String key, EntityType type, String subtype, String label, String code, Set<String> altLabels) {
    public Entity {
        Objects.requireNonNull(key, "entity key");
        Objects.requireNonNull(type, () -> "type of entity " + key);
        Objects.requireNonNull(label, () -> "label of entity " + key);
        altLabels = altLabels == null ? Set.of() : Set.copyOf(altLabels);
    }
}
