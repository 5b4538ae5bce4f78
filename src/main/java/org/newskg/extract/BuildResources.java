package org.newskg.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.newskg.gazetteer.Gazetteer;

/**
 * Build step (Maven {@code process-classes}, see pom.xml): writes into the class output folder what start-up would
 * otherwise compute from the bundled tables: the gazetteer's binary image ({@link Gazetteer#IMAGE_RESOURCE}) and the
 * extractor's upper place names ({@link GazetteerPlaces#UPPER_RESOURCE}). Both are optional at run time (without
 * them the same data is computed) and tests check that the bundled copies equal a fresh computation.
 * Argument: the class output folder.
 */
public final class BuildResources {
    private BuildResources() {}

    @FunctionalInterface
    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BuildResources CLASS_OUTPUT_DIR");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Gazetteer g = Gazetteer.loadTable();
        write(resource(classes, Gazetteer.class, Gazetteer.IMAGE_RESOURCE), g::writeImage);
        write(resource(classes, GazetteerPlaces.class, GazetteerPlaces.UPPER_RESOURCE), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            GazetteerPlaces.writeUpper(GazetteerPlaces.computeUpper(g), w);
            w.flush();
        });
    }

    private static Path resource(Path classes, Class<?> beside, String name) {
        return classes.resolve(beside.getPackageName().replace('.', '/')).resolve(name);
    }

    /** Writes through a temporary file and a rename, so an interrupted build leaves no half-written resource. */
    private static void write(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        System.err.printf("build resource: %s (%,d bytes)%n", target, Files.size(target));
    }
}
