/**
 * Network export: subgraphs of the knowledge graph written for Gephi, Cytoscape, yEd, Graphviz, networkx and
 * Neo4j.
 *
 * <p>The model is two records, {@link org.newskg.export.ExportNode} and {@link org.newskg.export.ExportEdge}
 * (an aggregated, directed edge: relation, weight = distinct articles, first/last date, article IRIs). Every format
 * is a streaming {@link org.newskg.export.NetworkWriter} made by the one factory
 * {@link org.newskg.export.NetworkWriters#create}: begin, all nodes, then all edges, end; nothing is buffered but
 * the set of node ids. {@link org.newskg.export.NetworkAssembler} turns SPARQL-like rows (subject, relation,
 * object, article, date) into those nodes and edges.
 *
 * <p>One engine selects what is exported: {@link org.newskg.export.StoreExporter} reads a
 * {@link org.newskg.export.Selection} (entities and place by name, code or IRI, hops 0–3, types and subtypes, dates,
 * relations, a node limit, or a user's SPARQL SELECT). {@code newskg export}, {@code /newskg/export} and the
 * workbench's {@code /api/graph} (Cytoscape.js JSON) all call it, so they give the same network for the same selection.
 *
 * <table>
 * <caption>Formats and the readers the tests read them back with</caption>
 * <tr><th>{@link org.newskg.export.ExportFormat}</th><th>what</th><th>checked with</th></tr>
 * <tr><td>GEXF</td><td>GEXF 1.3 (default) or 1.2draft; optional dynamic spells</td>
 *     <td>networkx read_gexf (1.2draft), xmllint, DOM structure checks (1.3)</td></tr>
 * <tr><td>GRAPHML</td><td>typed keys; optional yEd label graphics</td><td>networkx read_graphml, xmllint</td></tr>
 * <tr><td>CYJS</td><td>Cytoscape.js elements JSON</td><td>gson, strict</td></tr>
 * <tr><td>DOT</td><td>digraph, CJK font</td><td>Graphviz {@code dot -Tsvg} and {@code -Tjson}</td></tr>
 * <tr><td>CSV_NODES, CSV_EDGES</td><td>Gephi spreadsheet tables</td><td>Python csv</td></tr>
 * <tr><td>NEO4J_NODES, NEO4J_EDGES</td><td>neo4j-admin import tables</td><td>Python csv (headers)</td></tr>
 * </table>
 *
 * <p>Text: UTF-8 everywhere. XML replaces what XML 1.0 cannot carry (C0 controls but tab/LF/CR, U+FFFE/U+FFFF,
 * unpaired surrogates) by U+FFFD and keeps tab/LF/CR in attributes as character references; JSON and CSV keep every
 * character; DOT escapes backslash and quote, writes line breaks as {@code \n} and replaces controls by U+FFFD.
 */
package org.newskg.export;
