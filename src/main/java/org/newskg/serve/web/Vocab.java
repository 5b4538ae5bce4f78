package org.newskg.serve.web;

/**
 * The IRIs and SPARQL prefixes the workbench queries with (see ontology/newskg.ttl). Kept here as strings so
 * that the web layer reads the store through SPARQL only.
 */
final class Vocab {
    static final String NK = "https://w3id.org/newskg/ns#";
    /** Namespace of data resources; entity pages live at {@code /entity/<the IRI's path after this>}. */
    static final String ID_NS = "https://w3id.org/newskg/id/";

    static final String PREFIXES = """
            PREFIX nk: <https://w3id.org/newskg/ns#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX schema: <https://schema.org/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    /** The three coarse classes, in the order used for colours. */
    static final String[] COARSE = {"Person", "Place", "Organization"};

    private Vocab() {}

    /** The coarse type name of a class IRI, or null. */
    static String coarse(String classIri) {
        for (String c : COARSE) if ((NK + c).equals(classIri)) return c;
        return null;
    }

    /** Classes that say nothing beyond the coarse type. */
    static boolean generic(String classIri) {
        return classIri.equals(NK + "NamedEntity") || classIri.equals(NK + "AdministrativeDivision") || coarse(classIri) != null;
    }
}
