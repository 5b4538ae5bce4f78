package org.newskg.serve.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** A {@link Subgraph} as Cytoscape.js elements ({@code {nodes: [{data}], edges: [{data}]}}) plus page links. */
final class GraphJson {
    private GraphJson() {}

    static JsonObject of(Subgraph g) {
        JsonObject out = new JsonObject();
        JsonArray nodes = new JsonArray();
        for (Subgraph.Node n : g.nodes()) {
            JsonObject d = new JsonObject();
            d.addProperty("id", n.iri());
            d.addProperty("label", n.label());
            d.addProperty("type", n.type());
            d.addProperty("subtype", n.subtype());
            d.addProperty("code", n.code());
            d.addProperty("articles", n.articles());
            d.addProperty("firstDate", n.firstDate());
            d.addProperty("lastDate", n.lastDate());
            d.addProperty("page", Pages.entityPath(n.iri()));
            JsonObject el = new JsonObject();
            el.add("data", d);
            nodes.add(el);
        }
        JsonArray edges = new JsonArray();
        int i = 0;
        for (Subgraph.Edge e : g.edges()) {
            JsonObject d = new JsonObject();
            d.addProperty("id", "e" + (i++));
            d.addProperty("source", e.source());
            d.addProperty("target", e.target());
            d.addProperty("relation", e.relation());
            d.addProperty("label", e.label());
            d.addProperty("weight", e.weight());
            d.addProperty("firstDate", e.firstDate());
            d.addProperty("lastDate", e.lastDate());
            JsonObject el = new JsonObject();
            el.add("data", d);
            edges.add(el);
        }
        out.add("nodes", nodes);
        out.add("edges", edges);
        out.addProperty("truncated", g.truncated());
        return out;
    }
}
