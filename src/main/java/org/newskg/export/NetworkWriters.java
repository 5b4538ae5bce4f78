package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.newskg.export.CsvNetworkWriter.Style;
import org.newskg.export.CsvNetworkWriter.Table;

/** The one factory of {@link NetworkWriter}s. */
public final class NetworkWriters {
    private NetworkWriters() {
    }

    /**
     * A streaming writer of {@code format} to {@code out} (UTF-8). The caller keeps ownership of {@code out}.
     *
     * @param options writer options; {@link ExportOptions#defaults()} when null
     */
    public static NetworkWriter create(ExportFormat format, OutputStream out, ExportOptions options) {
        Objects.requireNonNull(format, "export format");
        Objects.requireNonNull(out, "output stream");
        ExportOptions o = options == null ? ExportOptions.defaults() : options;
        try {
            return switch (format) {
                case GEXF -> new GexfWriter(out, o);
                case GRAPHML -> new GraphmlWriter(out, o);
                case CYJS -> new CytoscapeJsonWriter(out, o);
                case DOT -> new DotWriter(out, o);
                case CSV_NODES -> new CsvNetworkWriter(out, o, Table.NODES, Style.GEPHI);
                case CSV_EDGES -> new CsvNetworkWriter(out, o, Table.EDGES, Style.GEPHI);
                case NEO4J_NODES -> new CsvNetworkWriter(out, o, Table.NODES, Style.NEO4J);
                case NEO4J_EDGES -> new CsvNetworkWriter(out, o, Table.EDGES, Style.NEO4J);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
