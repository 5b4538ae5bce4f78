package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.newskg.store.KgStore;
import org.newskg.rdf.NK;

class IdentityLinksTest {
    static final String P = "@prefix nk: <https://w3id.org/newskg/ns#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
            + "@base <https://w3id.org/newskg/id/> . ";

    static Map.Entry<Node, org.apache.jena.graph.Graph> article(String id, String personKey, String name) {
        String ttl = P + "<person/" + personKey + "> a nk:Person ; rdfs:label \"" + name + "\" . "
                + "<article/" + id + "#char=0," + name.length() + "> nk:refersTo <person/" + personKey + "> . "
                + "<article/" + id + "> a nk:Article .";
        return Map.entry(NodeFactory.createURI("https://w3id.org/newskg/id/article/" + id), RDFParser.fromString(ttl, Lang.TURTLE).toGraph());
    }

    @Test
    void namesakesWithoutSharedContextAreLinkedNotMerged() {
        try (KgStore s = KgStore.inMemory()) {
            s.replaceGraphs(List.of(article("a1", "王晓东/壶关县森源合作社", "王晓东"), article("a2", "王晓东/夏店镇中心学校", "王晓东"),
                    article("a3", "李明/140400", "李明")));
            long articleQuads = s.quadCount();
            IdentityLinks.Result r = IdentityLinks.update(s, Set.of("王晓东", "李明"));
            assertEquals(1, r.pairs());
            long quads = s.quadCount();
            assertEquals(quads - articleQuads, r.netQuads(), "the net change is what the identity graphs hold");
            assertEquals(r.triples(), r.netQuads());
            IdentityLinks.Result again = IdentityLinks.update(s, Set.of("王晓东", "李明"));
            assertEquals(List.of(r.pairs(), r.triples()), List.of(again.pairs(), again.triples()), "recomputing gives the same links");
            assertEquals(0, again.netQuads(), "recomputing replaces the links by the same: no net change");
            assertEquals(quads, s.quadCount());
            Node g = IdentityLinks.graph("王晓东");
            var dsg = s.datasetGraph();
            assertTrue(org.apache.jena.system.Txn.calculateRead(dsg, () -> dsg.contains(g, Node.ANY, NK.possiblySameAs.asNode(), Node.ANY)));
            // one of them leaves the store: the link goes with it
            s.deleteGraph(NodeFactory.createURI("https://w3id.org/newskg/id/article/a2"));
            assertEquals(0, IdentityLinks.update(s, Set.of("王晓东")).pairs());
            assertFalse(org.apache.jena.system.Txn.calculateRead(dsg, () -> dsg.contains(g, Node.ANY, NK.possiblySameAs.asNode(), Node.ANY)));
            assertTrue(org.apache.jena.system.Txn.calculateRead(dsg, () -> dsg.contains(g,
                    NodeFactory.createURI("https://w3id.org/newskg/id/person/王晓东/壶关县森源合作社"), NK.firstArticle.asNode(),
                    NodeFactory.createURI("https://w3id.org/newskg/id/article/a1"))), "the one left is the name's member");
        }
    }

    /** One article graph alone (as the Spark job sees it) gives its persons as the store does, with that article. */
    @Test
    void personsOfOneArticleGraph() {
        var a = article("a7", "王晓东/壶关县森源合作社", "王晓东");
        List<IdentityLinks.Person> got = IdentityLinks.persons(a.getKey(), a.getValue(), Set.of("王晓东", "李四"));
        assertEquals(1, got.size(), got::toString);
        assertEquals(a.getKey(), got.get(0).article());
        assertEquals("王晓东", got.get(0).name());
        assertEquals("person/王晓东/壶关县森源合作社", got.get(0).key());
    }
}
