package org.newskg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/** The prefixes of the newskg data, for writers (Turtle, TriG) and for SPARQL query text. */
public final class Namespaces {
    /** NIF core, to which nk:Mention and nk:anchorText are aligned. */
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    /** ITS 2.0 RDF, to which nk:refersTo is aligned. */
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("nk", NK.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("schema", SchemaDO.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("nif", NIF)
            .setNsPrefix("itsrdf", ITSRDF)
            .lock();

    private Namespaces() {}

    /** The prefixes (read-only). */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /** {@code PREFIX p: <ns>} lines for all prefixes, to put before SPARQL query text. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        PREFIXES.getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
