package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OntologyTest {
    static final Set<Node> TERM_KINDS = Set.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), OWL.NamedIndividual.asNode());

    /** The nk: terms the ontology declares: classes, properties and named individuals. */
    static Set<String> declaredTerms(Graph ontology) {
        Set<String> terms = new TreeSet<>();
        for (Triple t : ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList())
            if (TERM_KINDS.contains(t.getObject()) && inNk(t.getSubject())) terms.add(t.getSubject().getURI());
        return terms;
    }

    static boolean inNk(Node n) {
        return n.isURI() && n.getURI().startsWith(NK.NS);
    }

    @Test
    void ontologyParsesAndDeclaresItself() {
        Graph g = Shapes.ontology();
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/newskg/ns"), RDF.type.asNode(), OWL.Ontology.asNode()));
        assertTrue(declaredTerms(g).size() > 50, "too few terms: " + declaredTerms(g));
    }

    @Test
    void everyTermHasOneChineseAndOneEnglishLabel() {
        Graph g = Shapes.ontology();
        List<String> problems = new ArrayList<>();
        for (String term : declaredTerms(g)) {
            List<Node> labels = g.find(NodeFactory.createURI(term), RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            for (String lang : List.of("zh", "en")) {
                long n = labels.stream().filter(l -> l.isLiteral() && l.getLiteralLanguage().equals(lang)).count();
                if (n != 1) problems.add(term + " has " + n + " @" + lang + " labels");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyNkTermUsedInTheOntologyOrTheShapesIsDeclared() {
        Graph ontology = Shapes.ontology();
        Set<String> declared = declaredTerms(ontology);
        Set<String> undeclared = new TreeSet<>();
        for (Graph g : List.of(ontology, Shapes.load(Shapes.SHAPES_RESOURCE)))
            for (Triple t : g.find().toList())
                for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject()))
                    if (inNk(n) && !declared.contains(n.getURI())) undeclared.add(n.getURI());
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyClassAndPropertyIsOfOneKindOnly() {
        Graph g = Shapes.ontology();
        for (String term : declaredTerms(g)) {
            long kinds = g.find(NodeFactory.createURI(term), RDF.type.asNode(), Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(o -> o.equals(OWL.Class.asNode()) || o.equals(OWL.ObjectProperty.asNode())
                            || o.equals(OWL.DatatypeProperty.asNode())).count();
            assertTrue(kinds <= 1, term + " is declared as more than one of class, object and datatype property");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Article            | http://www.w3.org/2000/01/rdf-schema#subClassOf    | https://schema.org/NewsArticle
            Article            | http://www.w3.org/2000/01/rdf-schema#subClassOf    | http://www.w3.org/ns/prov#Entity
            Person             | http://www.w3.org/2000/01/rdf-schema#subClassOf    | http://xmlns.com/foaf/0.1/Person
            Person             | http://www.w3.org/2000/01/rdf-schema#subClassOf    | https://schema.org/Person
            Place              | http://www.w3.org/2000/01/rdf-schema#subClassOf    | https://schema.org/Place
            County             | http://www.w3.org/2000/01/rdf-schema#subClassOf    | https://w3id.org/newskg/ns#AdministrativeDivision
            Organization       | http://www.w3.org/2000/01/rdf-schema#subClassOf    | http://www.w3.org/ns/org#Organization
            Hospital           | http://www.w3.org/2000/01/rdf-schema#subClassOf    | https://schema.org/Hospital
            GovernmentAgency   | http://www.w3.org/2000/01/rdf-schema#subClassOf    | http://www.w3.org/ns/org#FormalOrganization
            Membership         | http://www.w3.org/2000/01/rdf-schema#subClassOf    | http://www.w3.org/ns/org#Membership
            Mention            | http://www.w3.org/2000/01/rdf-schema#subClassOf    | http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase
            partOf             | http://www.w3.org/2000/01/rdf-schema#subPropertyOf | https://schema.org/containedInPlace
            partOf             | http://www.w3.org/2000/01/rdf-schema#subPropertyOf | https://w3id.org/newskg/ns#partOfTransitive
            partOfTransitive   | http://www.w3.org/1999/02/22-rdf-syntax-ns#type    | http://www.w3.org/2002/07/owl#TransitiveProperty
            possiblySameAs     | http://www.w3.org/1999/02/22-rdf-syntax-ns#type    | http://www.w3.org/2002/07/owl#SymmetricProperty
            refersTo           | http://www.w3.org/2000/01/rdf-schema#subPropertyOf | http://www.w3.org/2005/11/its/rdf#taIdentRef
            """)
    void alignment(String local, String predicate, String object) {
        Graph g = Shapes.ontology();
        assertTrue(g.contains(NodeFactory.createURI(NK.NS + local), NodeFactory.createURI(predicate), NodeFactory.createURI(object)),
                () -> "nk:" + local + " " + predicate + " " + object + " missing");
    }

    @Test
    void offsetUnitsAreDocumented() {
        Graph g = Shapes.ontology();
        for (Node p : List.of(NK.beginIndex.asNode(), NK.endIndex.asNode(), NK.Mention.asNode(), NK.span.asNode())) {
            String comment = g.find(p, RDFS.comment.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertTrue(comment.contains("code point"), p + ": " + comment);
        }
    }
}
