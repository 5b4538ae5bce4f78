package org.newskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;

/** The ontology and the SHACL shapes of the store, read from the classpath ({@code /ontology/*.ttl}). */
public final class Shapes {
    /** Classpath resource of the OWL ontology. */
    public static final String ONTOLOGY_RESOURCE = "/ontology/newskg.ttl";
    /** Classpath resource of the SHACL shapes. */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private Shapes() {}

    /** Validates data (one article's graph, or a store's union graph) against the shapes. */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(Holder.SHAPES, data);
    }

    /** The parsed shapes. */
    public static org.apache.jena.shacl.Shapes shapes() {
        return Holder.SHAPES;
    }

    /** A fresh copy of the ontology graph. */
    public static Graph ontology() {
        return load(ONTOLOGY_RESOURCE);
    }

    static Graph load(String resource) {
        try (InputStream in = Shapes.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("classpath resource " + resource + " missing: is ontology/ packaged as a resource?");
            return RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/newskg/ns").toGraph();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read classpath resource " + resource, e);
        }
    }

    private static final class Holder {
        static final org.apache.jena.shacl.Shapes SHAPES = org.apache.jena.shacl.Shapes.parse(load(SHAPES_RESOURCE));
    }
}
