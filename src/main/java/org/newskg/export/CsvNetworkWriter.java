package org.newskg.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One table of a network as RFC 4180 CSV (UTF-8, no BOM, LF line ends, quoted only where needed): the node list or
 * the edge list, with Gephi spreadsheet headers or neo4j-admin import headers. A node writer ignores edges and an
 * edge writer ignores nodes, but both take the whole network so the call order is checked the same way.
 *
 * <ul>
 * <li>Gephi nodes: {@code Id,Label,Type,Subtype,Code,Mentions,Iri,FirstDate,LastDate}</li>
 * <li>Gephi edges: {@code Source,Target,Weight,Type,Label,Relation,FirstDate,LastDate,Articles,Title} (Type is
 *     {@code Directed}, Label the relation, articles joined by a space, Title the post titles of a position edge
 *     joined by {@code ；})</li>
 * <li>Neo4j nodes: {@code id:ID,label,:LABEL,subtype,code,mentions:int,iri,firstDate:date,lastDate:date}
 *     (the type is the Neo4j label)</li>
 * <li>Neo4j edges: {@code :START_ID,:END_ID,:TYPE,weight:int,firstDate:date,lastDate:date,articles:string[],title}
 *     (articles joined by {@code ;}, neo4j-admin's default array delimiter). Labels with line breaks need
 *     {@code --multiline-fields=true}.</li>
 * </ul>
 */
final class CsvNetworkWriter extends AbstractNetworkWriter {
    enum Table { NODES, EDGES }

    enum Style { GEPHI, NEO4J }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Table table;
    private final Style style;
    private final CSVPrinter csv;

    CsvNetworkWriter(OutputStream out, ExportOptions options, Table table, Style style) throws IOException {
        super(options);
        this.table = table;
        this.style = style;
        this.csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), FORMAT);
    }

    /** The header row of a table in a style. */
    static List<String> header(Table table, Style style) {
        return Arrays.asList(switch (style) {
            case GEPHI -> table == Table.NODES
                    ? new String[] {"Id", "Label", "Type", "Subtype", "Code", "Mentions", "Iri", "FirstDate", "LastDate"}
                    : new String[] {"Source", "Target", "Weight", "Type", "Label", "Relation", "FirstDate", "LastDate",
                        "Articles", "Title"};
            case NEO4J -> table == Table.NODES
                    ? new String[] {"id:ID", "label", ":LABEL", "subtype", "code", "mentions:int", "iri",
                        "firstDate:date", "lastDate:date"}
                    : new String[] {":START_ID", ":END_ID", ":TYPE", "weight:int", "firstDate:date", "lastDate:date",
                        "articles:string[]", "title"};
        });
    }

    @Override
    void writeBegin() throws IOException {
        csv.printRecord(header(table, style));
    }

    @Override
    void writeNode(ExportNode n) throws IOException {
        if (table == Table.NODES) {
            csv.printRecord(n.id(), n.label(), n.type(), n.subtype(), n.code(), n.mentions(), n.iri(), n.firstDate(),
                    n.lastDate());
        }
    }

    @Override
    void writeNodesEnd() {
        // one table per file
    }

    @Override
    void writeEdge(ExportEdge e, long id) throws IOException {
        if (table != Table.EDGES) {
            return;
        }
        List<String> articles = listedArticles(e);
        if (style == Style.GEPHI) {
            csv.printRecord(e.source(), e.target(), e.weight(), "Directed", e.relation(), e.relation(), e.firstDate(),
                    e.lastDate(), String.join(" ", articles), e.title());
        } else {
            csv.printRecord(e.source(), e.target(), e.relation(), e.weight(), e.firstDate(), e.lastDate(),
                    String.join(";", articles), e.title());
        }
    }

    @Override
    void writeEnd() throws IOException {
        csv.flush();
    }

    @Override
    void flush() throws IOException {
        csv.flush();
    }
}
