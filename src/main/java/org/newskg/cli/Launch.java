package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Facts about how the program was launched. */
final class Launch {
    private Launch() {}

    /** The project checkout the launcher script ran from ({@code NEWSKG_HOME}), if any. */
    static Optional<Path> projectDir() {
        String home = System.getenv("NEWSKG_HOME");
        if (home == null || home.isBlank()) return Optional.empty();
        Path p = Path.of(home);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
