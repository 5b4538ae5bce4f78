package org.newskg.serve.web;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;

/**
 * Chinese and English labels of the ontology's classes and properties, read once from the copy of
 * ontology/newskg.ttl on the class path. Without it, names fall back to the local name.
 */
final class OntologyLabels {
    record Label(String zh, String en) {}

    private static final class Holder {
        static final Map<String, Label> LABELS = load();
    }

    private OntologyLabels() {}

    /** The label of a term: from the ontology, else its local name for both languages. */
    static Label of(String iri) {
        Label l = Holder.LABELS.get(iri);
        if (l != null) return l;
        String local = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        return new Label(local, local);
    }

    private static Map<String, Label> load() {
        Map<String, Label> out = new HashMap<>();
        try (InputStream in = OntologyLabels.class.getResourceAsStream("/ontology/newskg.ttl")) {
            if (in == null) return Map.of();
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            Map<String, String[]> acc = new HashMap<>();
            m.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
                if (!st.getSubject().isURIResource() || !st.getObject().isLiteral()) return;
                Literal lit = st.getObject().asLiteral();
                String[] pair = acc.computeIfAbsent(st.getSubject().getURI(), k -> new String[2]);
                if (lit.getLanguage().startsWith("zh")) pair[0] = lit.getLexicalForm();
                else if (lit.getLanguage().startsWith("en")) pair[1] = lit.getLexicalForm();
            });
            acc.forEach((k, v) -> out.put(k, new Label(v[0] != null ? v[0] : v[1], v[1] != null ? v[1] : v[0])));
        } catch (java.io.IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(OntologyLabels.class).warn("ontology labels not read: {}", e.getMessage());
            return Map.of();
        }
        return Map.copyOf(out);
    }
}
