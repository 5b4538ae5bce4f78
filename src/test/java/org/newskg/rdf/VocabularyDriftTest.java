package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/** Fails when ontology/newskg.ttl and the generated {@link NK} drift apart: run scripts/gen-vocab.sh. */
class VocabularyDriftTest {

    @Test
    void everyOntologyTermHasAConstantAndEveryConstantATerm() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field f : NK.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) continue;
            Resource r = (Resource) f.get(null);
            if (r.getURI().equals(NK.NS)) continue; // NK.NAMESPACE
            assertEquals(NK.NS + f.getName(), r.getURI(), "constant NK." + f.getName());
            constants.add(r.getURI());
        }
        Set<String> terms = OntologyTest.declaredTerms(Shapes.ontology());
        Set<String> missing = new TreeSet<>(terms);
        missing.removeAll(constants);
        Set<String> stale = new TreeSet<>(constants);
        stale.removeAll(terms);
        assertEquals("", (missing.isEmpty() ? "" : "terms without a constant in NK: " + missing)
                + (stale.isEmpty() ? "" : " NK constants not in the ontology: " + stale)
                + (missing.isEmpty() && stale.isEmpty() ? "" : " -- run scripts/gen-vocab.sh"));
    }

    @Test
    void rdfCodeWritesNoOntologyIriStrings() throws IOException {
        Path main = Path.of("src/main/java/org/newskg/rdf");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("NK.java"))
                    .filter(p -> read(p).contains("w3id.org/newskg/ns#"))
                    .map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), offenders, "use the NK constants instead of ontology IRI strings");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(p.toString(), e);
        }
    }
}
