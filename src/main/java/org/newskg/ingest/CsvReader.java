package org.newskg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.newskg.InvalidInputException;

/**
 * CSV with a header row naming the columns {@code id, title, date, source, url, text} (any order, only
 * {@code text} required). Streams record by record: lines are gathered while a quoted field is open (a quote opens
 * a field only at the field's start, as Commons CSV reads it; a quote inside an unquoted field is a character), and
 * each record is parsed on its own with Commons CSV, so a malformed row is reported with its line and the rows after
 * it are still read. Recovery at record boundaries: when a record of several lines is malformed (a stray quote
 * opened a field that a later line's quote closed) or has the wrong number of fields, or a quote stays open until
 * the end of the file (or for {@value #MAX_RECORD_LINES} lines), its first line is reported, once, and the lines
 * after it are read again as records of their own.
 */
final class CsvReader {
    /** A record spanning more lines than this is reported as an unterminated quoted field. */
    static final int MAX_RECORD_LINES = 2_000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final IngestConfig config;
    private final CorpusReader.Sink sink;

    CsvReader(IngestConfig config, CorpusReader.Sink sink) {
        this.config = config;
        this.sink = sink;
    }

    void read(Path file, String where, String doc) throws IOException {
        try (LineSource lines = CorpusReader.openLines(file, where)) {
            Map<String, Integer> header = null;
            int records = 0;
            // lines of the record being gathered; after an unterminated quote they are read again
            Deque<Row> pending = new ArrayDeque<>();
            List<Row> chunk = new ArrayList<>();
            boolean open = false; // inside a quoted field at the end of the last line gathered
            while (true) {
                Row row = pending.isEmpty() ? next(lines) : pending.poll();
                if (row == null && chunk.isEmpty()) break;
                if (row != null) {
                    if (chunk.isEmpty() && row.text().isBlank() && !row.bad()) continue;
                    chunk.add(row);
                    open = stillOpen(row.text(), open);
                    if (open && chunk.size() < MAX_RECORD_LINES) continue;
                }
                String rowWhere = where + ":" + chunk.get(0).line();
                boolean unterminated = open;
                if (unterminated) {
                    // the first line's quote is stray: report it and read the lines after it again
                    for (int i = chunk.size() - 1; i >= 1; i--) pending.push(chunk.get(i));
                    chunk = new ArrayList<>(chunk.subList(0, 1));
                }
                boolean bad = chunk.stream().anyMatch(Row::bad);
                String text = join(chunk);
                int start = chunk.get(0).line();
                List<Row> rest = chunk.size() > 1 ? new ArrayList<>(chunk.subList(1, chunk.size())) : List.of();
                String firstLine = chunk.get(0).text();
                chunk.clear();
                open = false;
                if (header == null) {
                    if (bad) throw new InvalidInputException(rowWhere, "CSV header has bad bytes");
                    header = header(parseRecord(text, rowWhere, unterminated), rowWhere);
                    continue;
                }
                records++;
                if (bad) continue; // its bad line was reported already
                List<String> fields;
                try {
                    fields = parseRecord(text, rowWhere, unterminated);
                    if (!rest.isEmpty() && fields.size() != header.get("")) {
                        throw new InvalidInputException(rowWhere, "malformed CSV row: " + fields.size() + " fields, header has "
                                + header.get("") + " (a quoted field opened here ran over " + rest.size() + " more lines)");
                    }
                } catch (InvalidInputException e) {
                    // a record of several lines that does not parse swallowed good ones: report its first line only
                    // and read the lines after it again, each a record of its own (recovery at record boundaries)
                    for (int i = rest.size() - 1; i >= 0; i--) pending.push(rest.get(i));
                    // a quote this line opened and did not close: the line's own fault, whatever the parser saw later
                    boolean strayOpen = !rest.isEmpty() && stillOpen(firstLine, false);
                    sink.skip(rowWhere, strayOpen ? "malformed CSV row: unterminated quoted field" : CorpusReader.reason(e));
                    continue;
                }
                try {
                    Article a = article(fields, header, doc, where, start, records);
                    if (JsonlReader.blankToNull(get(fields, header, "id")) == null) sink.acceptDerived(a);
                    else sink.acceptGiven(a);
                } catch (InvalidInputException e) {
                    sink.skip(e.where(), CorpusReader.reason(e));
                }
            }
            if (header == null) throw new InvalidInputException(where, "no CSV header row");
        }
    }

    /** One line of the file; {@code bad} when its bytes did not decode (already reported). */
    private record Row(String text, int line, boolean bad) {
    }

    private Row next(LineSource lines) {
        try {
            String line = lines.next();
            return line == null ? null : new Row(line, lines.lineNumber(), false);
        } catch (InvalidInputException e) {
            sink.skip(e.where(), CorpusReader.reason(e));
            return new Row("", lines.lineNumber(), true);
        }
    }

    private static String join(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) sb.append(sb.length() == 0 ? "" : "\n").append(r.text());
        return sb.toString();
    }

    /**
     * Whether a quoted field is open at the end of {@code line}, given whether one was open at its start. A quote opens
     * a field only at the field's start (line start or after a comma); inside a quoted field a doubled quote is a
     * quote and a single one closes the field; a quote anywhere else is an ordinary character (as Commons CSV reads it).
     */
    static boolean stillOpen(String line, boolean open) {
        boolean fieldStart = !open;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (open) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') i++;
                    else open = false;
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                open = true;
                fieldStart = false;
                continue;
            }
            fieldStart = c == ',';
        }
        return open;
    }

    private static List<String> parseRecord(String text, String where, boolean unterminated) {
        if (unterminated) throw new InvalidInputException(where, "malformed CSV row: unterminated quoted field");
        try (CSVParser p = CSVParser.parse(text, FORMAT)) {
            List<CSVRecord> recs = p.getRecords();
            if (recs.size() != 1) throw new InvalidInputException(where, "malformed CSV row: " + recs.size() + " records in one row");
            return recs.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            // the parser's own position is within this one record, so only its message is kept
            String why = CorpusReader.oneLine(cause).replaceAll("\\s*at line: \\d+, position: \\d+", "");
            throw new InvalidInputException(where, "malformed CSV row: " + why);
        }
    }

    private static Map<String, Integer> header(List<String> fields, String where) {
        Map<String, Integer> h = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = PageSplitter.strip(fields.get(i)).toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) name = name.substring(1);
            if (h.putIfAbsent(name, i) != null) throw new InvalidInputException(where, "CSV header repeats column '" + name + "'");
        }
        if (!h.containsKey("text")) throw new InvalidInputException(where, "CSV header has no \"text\" column: " + fields);
        h.put("", fields.size()); // expected width
        return h;
    }

    private Article article(List<String> fields, Map<String, Integer> header, String doc, String file, int line, int record) {
        String where = file + ":" + line;
        int width = header.get("");
        if (fields.size() != width) {
            throw new InvalidInputException(where, "malformed CSV row: " + fields.size() + " fields, header has " + width);
        }
        String text = get(fields, header, "text");
        if (text == null || text.isBlank()) throw new InvalidInputException(where, "row has no non-empty \"text\"");
        String id = JsonlReader.blankToNull(get(fields, header, "id"));
        String source = JsonlReader.blankToNull(get(fields, header, "source"));
        return new Article(id != null ? id : doc + "-R" + record, doc, JsonlReader.blankToNull(get(fields, header, "title")),
                CorpusReader.recordDate(Dates.normalize(get(fields, header, "date")), config, file, text), source != null ? source : config.source(),
                JsonlReader.blankToNull(get(fields, header, "url")), null, text, file, line);
    }

    private static String get(List<String> fields, Map<String, Integer> header, String name) {
        Integer i = header.get(name);
        return i == null ? null : fields.get(i);
    }
}
