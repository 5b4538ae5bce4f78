package org.newskg.export;

import java.util.Objects;

/**
 * Options of the network writers; each writer reads the ones that concern it.
 *
 * @param gexfVersion GEXF dialect: 1.3 (Gephi 0.9+) or 1.2draft (networkx 2.x reads only 1.1/1.2draft)
 * @param dynamic     GEXF only: {@code mode="dynamic"} with one spell per node and edge from its first to its
 *                    last article date (elements without dates get no spell and exist throughout)
 * @param indent      XML only: newlines and two-space indentation between elements
 * @param fontName    DOT only: font of graph, node and edge labels; must cover CJK characters
 * @param graphName   name of the graph (GEXF description, GraphML/DOT graph id, Cytoscape {@code data.name}); may be null
 * @param maxArticles most article IRIs listed per edge, 0 for all (the weight still counts them all)
 * @param yedGraphics GraphML only: add yEd {@code y:ShapeNode}/{@code y:PolyLineEdge} graphics carrying the labels
 *                    (yEd shows no label otherwise; networkx reads them as {@code label})
 */
public record ExportOptions(GexfVersion gexfVersion, boolean dynamic, boolean indent, String fontName, String graphName,
                            int maxArticles, boolean yedGraphics) {
    /** The GEXF versions written. */
    public enum GexfVersion {
        V1_3("1.3", "http://gexf.net/1.3"),
        V1_2DRAFT("1.2", "http://www.gexf.net/1.2draft");

        private final String version;
        private final String namespace;

        GexfVersion(String version, String namespace) {
            this.version = version;
            this.namespace = namespace;
        }

        /** Value of the {@code version} attribute. */
        public String version() {
            return version;
        }

        /** XML namespace of the elements. */
        public String namespace() {
            return namespace;
        }

        /** Schema location of the namespace. */
        public String schemaLocation() {
            return namespace + "/gexf.xsd";
        }
    }

    /** Default font: a CJK-capable one common on Linux (fonts-noto-cjk) and available for macOS/Windows. */
    public static final String DEFAULT_FONT = "Noto Sans CJK SC";

    public ExportOptions {
        Objects.requireNonNull(gexfVersion, "gexfVersion");
        if (fontName == null || fontName.isBlank()) {
            throw new IllegalArgumentException("empty DOT font name");
        }
        if (maxArticles < 0) {
            throw new IllegalArgumentException("negative maxArticles " + maxArticles);
        }
    }

    /** GEXF 1.3, static, indented, Noto Sans CJK SC, no name, all articles, no yEd graphics. */
    public static ExportOptions defaults() {
        return new ExportOptions(GexfVersion.V1_3, false, true, DEFAULT_FONT, null, 0, false);
    }

    public ExportOptions withGexfVersion(GexfVersion v) {
        return new ExportOptions(v, dynamic, indent, fontName, graphName, maxArticles, yedGraphics);
    }

    public ExportOptions withDynamic(boolean d) {
        return new ExportOptions(gexfVersion, d, indent, fontName, graphName, maxArticles, yedGraphics);
    }

    public ExportOptions withIndent(boolean i) {
        return new ExportOptions(gexfVersion, dynamic, i, fontName, graphName, maxArticles, yedGraphics);
    }

    public ExportOptions withFontName(String f) {
        return new ExportOptions(gexfVersion, dynamic, indent, f, graphName, maxArticles, yedGraphics);
    }

    public ExportOptions withGraphName(String n) {
        return new ExportOptions(gexfVersion, dynamic, indent, fontName, n, maxArticles, yedGraphics);
    }

    public ExportOptions withMaxArticles(int m) {
        return new ExportOptions(gexfVersion, dynamic, indent, fontName, graphName, m, yedGraphics);
    }

    public ExportOptions withYedGraphics(boolean y) {
        return new ExportOptions(gexfVersion, dynamic, indent, fontName, graphName, maxArticles, y);
    }
}
