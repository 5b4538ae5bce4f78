package org.newskg.extract.gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Build step: writes the image of the bundled gazetteer table next to it in the class output folder, so that a
 * run loads the image ({@link Gazetteer#IMAGE_RESOURCE}) instead of parsing the table (run by Maven in
 * {@code process-classes}; see pom.xml). Argument: the class output folder.
 */
public final class GazetteerImage {
    private GazetteerImage() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GazetteerImage CLASS_OUTPUT_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).resolve(Gazetteer.class.getPackageName().replace('.', '/'));
        Files.createDirectories(dir);
        Path target = dir.resolve(Gazetteer.IMAGE_RESOURCE);
        Path tmp = Files.createTempFile(dir, "divisions", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Gazetteer.loadTable().writeImage(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        System.err.printf("gazetteer image: %s (%,d bytes)%n", target, Files.size(target));
    }
}
