package org.newskg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Graphviz DOT: a {@code digraph} with the node ids (IRIs) as quoted node names, the label and the other
 * values as attributes, and {@code fontname} (a CJK-capable font, {@link ExportOptions#fontName()}) on graph,
 * nodes and edges. Edge label is the post title of a position edge (titles joined by
 * {@link ExportEdge#TITLE_SEPARATOR}, also in a {@code title} attribute), else the relation; weight is the Graphviz {@code weight} too (a layout hint).
 * Quoted strings escape backslash and quote; line breaks in labels become {@code \n}; characters SVG output could
 * not carry (C0 controls, U+FFFE/U+FFFF, unpaired surrogates) become U+FFFD.
 */
final class DotWriter extends AbstractNetworkWriter {
    private final Writer out;

    DotWriter(OutputStream out, ExportOptions options) {
        super(options);
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    void writeBegin() throws IOException {
        String font = quote(options.fontName());
        out.write("digraph " + quote(options.graphName() == null ? "newskg" : options.graphName()) + " {\n");
        out.write("  graph [charset=\"UTF-8\", fontname=" + font + "];\n");
        out.write("  node [fontname=" + font + ", shape=box];\n");
        out.write("  edge [fontname=" + font + "];\n");
    }

    @Override
    void writeNode(ExportNode n) throws IOException {
        out.write("  " + quote(n.id()) + " [label=" + quote(n.label()));
        attr("type", n.type());
        attr("subtype", n.subtype());
        attr("code", n.code());
        out.write(", mentions=" + n.mentions());
        attr("iri", n.iri());
        attr("firstDate", n.firstDate());
        attr("lastDate", n.lastDate());
        out.write("];\n");
    }

    @Override
    void writeNodesEnd() {
        // DOT needs no separation
    }

    @Override
    void writeEdge(ExportEdge e, long id) throws IOException {
        out.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " [label="
                + quote(e.title() == null ? e.relation() : e.title()));
        attr("relation", e.relation());
        attr("title", e.title());
        out.write(", weight=" + e.weight());
        attr("firstDate", e.firstDate());
        attr("lastDate", e.lastDate());
        if (!e.articles().isEmpty()) {
            attr("articles", String.join(" ", listedArticles(e)));
        }
        out.write("];\n");
    }

    private void attr(String name, String value) throws IOException {
        if (value != null) {
            out.write(", " + name + "=" + quote(value));
        }
    }

    @Override
    void writeEnd() throws IOException {
        out.write("}\n");
        out.flush();
    }

    @Override
    void flush() throws IOException {
        out.flush();
    }

    /** A DOT double-quoted string (an escString for labels): {@code \\}, {@code \"}, {@code \n} for line breaks. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        b.append("\\n");
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if ((c < 0x20 && c != '\t') || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
