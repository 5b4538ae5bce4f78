package org.newskg.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import org.newskg.InvalidInputException;

/**
 * JSON Lines: one object per line with {@code id, title, date, source, url, text}; only a non-empty
 * {@code text} is required. Streams line by line; blank lines are ignored.
 */
final class JsonlReader {
    private final IngestConfig config;
    private final CorpusReader.Sink sink;

    JsonlReader(IngestConfig config, CorpusReader.Sink sink) {
        this.config = config;
        this.sink = sink;
    }

    void read(Path file, String where, String doc) throws IOException {
        try (LineSource lines = CorpusReader.openLines(file, where)) {
            while (true) {
                String line;
                try {
                    line = lines.next();
                } catch (InvalidInputException e) {
                    sink.skip(e.where(), CorpusReader.reason(e));
                    continue;
                }
                if (line == null) break;
                if (line.isBlank()) continue;
                int n = lines.lineNumber();
                try {
                    JsonObject o = parse(line, where + ":" + n);
                    String given = blankToNull(field(o, "id", where + ":" + n));
                    Article a = article(o, given, doc, where, n);
                    if (given == null) sink.acceptDerived(a);
                    else sink.acceptGiven(a);
                } catch (InvalidInputException e) {
                    sink.skip(e.where(), CorpusReader.reason(e));
                }
            }
        }
    }

    /** Parses one line strictly as a JSON object. */
    static JsonObject parse(String line, String where) {
        JsonElement e;
        try {
            JsonReader reader = new JsonReader(new StringReader(line));
            reader.setStrictness(Strictness.STRICT);
            e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) throw new JsonParseException("text after the JSON value");
        } catch (JsonParseException | IOException | IllegalStateException ex) {
            throw new InvalidInputException(where, "malformed JSON: " + CorpusReader.oneLine(ex.getCause() != null ? ex.getCause() : ex));
        }
        if (!e.isJsonObject()) throw new InvalidInputException(where, "malformed JSON: expected an object, found " + kind(e));
        return e.getAsJsonObject();
    }

    /** @param givenId the record's own id (stripped), or null to derive {@code <doc>-L<line>} */
    private Article article(JsonObject o, String givenId, String doc, String file, int line) {
        String where = file + ":" + line;
        String text = field(o, "text", where);
        if (text == null || text.isBlank()) throw new InvalidInputException(where, "record has no non-empty \"text\"");
        String id = givenId != null ? givenId : doc + "-L" + line;
        String source = field(o, "source", where);
        String rawDate = field(o, "date", where);
        return new Article(id, doc, blankToNull(field(o, "title", where)), CorpusReader.recordDate(Dates.normalize(rawDate), config, file, text),
                source == null || source.isBlank() ? config.source() : source.strip(),
                blankToNull(field(o, "url", where)), null, text, file, line);
    }

    /** A string (or number) field, null when absent or JSON null. */
    private static String field(JsonObject o, String name, String where) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) return null;
        if (e.isJsonPrimitive() && (e.getAsJsonPrimitive().isString() || e.getAsJsonPrimitive().isNumber())) {
            return e.getAsString();
        }
        throw new InvalidInputException(where, "field \"" + name + "\" must be a string, found " + kind(e));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String kind(JsonElement e) {
        if (e.isJsonArray()) return "an array";
        if (e.isJsonObject()) return "an object";
        if (e.isJsonNull()) return "null";
        return e.getAsJsonPrimitive().isBoolean() ? "a boolean" : e.getAsJsonPrimitive().isNumber() ? "a number" : "a string";
    }
}
