package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few PROV-O terms the mapping writes (Jena ships no PROV vocabulary class). */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

    private PROV() {}
}
