package org.newskg.link;

import org.newskg.ingest.IngestConfig;

/**
 * Options of the linker.
 *
 * @param home home region of the sources (a division name such as {@code 长治市} or a code such as
 *             {@code 140400}), used to resolve ambiguous places and level-prefixed agencies
 *             ({@code 市人社局}); null when unknown
 */
public record LinkerConfig(String home) {
    public LinkerConfig {
        if (home != null && home.isBlank()) home = null;
    }

    public static LinkerConfig defaults() {
        return new LinkerConfig(null);
    }

    /** The linker options implied by the ingest options (their home region). */
    public static LinkerConfig from(IngestConfig ingest) {
        return new LinkerConfig(ingest == null ? null : ingest.home());
    }
}
