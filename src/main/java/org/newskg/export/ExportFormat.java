package org.newskg.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newskg.InvalidInputException;

/** The network file formats, with the usual file name suffix and the media type (one per format) of each. */
public enum ExportFormat {
    /** Gephi GEXF (1.3 by default, 1.2draft by option). */
    GEXF("gexf", "application/gexf+xml"),
    /** GraphML with typed keys (yEd, Cytoscape, networkx, Gephi). */
    GRAPHML("graphml", "application/graphml+xml"),
    /** Cytoscape.js JSON elements. */
    CYJS("cyjs", "application/json"),
    /** Graphviz DOT, directed. */
    DOT("dot", "text/vnd.graphviz"),
    /** Gephi spreadsheet node list ({@code Id,Label,...}). */
    CSV_NODES("nodes.csv", "text/csv"),
    /** Gephi spreadsheet edge list ({@code Source,Target,...}). */
    CSV_EDGES("edges.csv", "text/csv"),
    /** neo4j-admin import node file ({@code id:ID,label,:LABEL,...}). */
    NEO4J_NODES("neo4j-nodes.csv", "text/csv"),
    /** neo4j-admin import relationship file ({@code :START_ID,:END_ID,:TYPE,...}). */
    NEO4J_EDGES("neo4j-edges.csv", "text/csv");

    /** The RDF syntaxes offered beside the network formats (see {@link StoreExporter#rdfLang}), by their main names. */
    public static final List<String> RDF_SYNTAXES = List.of("turtle", "trig", "jsonld", "nquads");

    private final String suffix;
    private final String mediaType;

    ExportFormat(String suffix, String mediaType) {
        this.suffix = suffix;
        this.mediaType = mediaType;
    }

    /** The media type served over HTTP (UTF-8 text in every format). */
    public String mediaType() {
        return mediaType;
    }

    /** The name used on the command line and in URLs: {@code gexf}, {@code csv-nodes}, ... */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** File name suffix without the dot, e.g. {@code gexf}, {@code nodes.csv}. */
    public String suffix() {
        return suffix;
    }

    /** Every format name {@code newskg export --format} and {@code /newskg/export?format=} take, networks then RDF. */
    public static String known() {
        return Stream.concat(Arrays.stream(values()).map(ExportFormat::parameter), RDF_SYNTAXES.stream())
                .collect(Collectors.joining(", "));
    }

    /**
     * Parses a format name: the constant name in any case, with {@code -} or {@code _}
     * ({@code csv-nodes}, {@code neo4j_edges}), its suffix, or a common alias
     * ({@code gv}, {@code graphviz}, {@code json}, {@code cytoscape}, {@code gephi}).
     *
     * @throws InvalidInputException naming the bad value and the accepted ones
     */
    public static ExportFormat parse(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (ExportFormat f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(n.replace('-', '_')) || f.suffix.equals(n)) {
                    return f;
                }
            }
            switch (n) {
                case "gv", "graphviz" -> {
                    return DOT;
                }
                case "json", "cytoscape", "cytoscapejs", "cytoscape.js" -> {
                    return CYJS;
                }
                case "gephi" -> {
                    return GEXF;
                }
                default -> {
                }
            }
        }
        throw new InvalidInputException("format=" + name, "unknown export format '" + name + "'; known: " + known());
    }
}
