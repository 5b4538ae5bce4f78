package org.newskg.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.newskg.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Scores predictions (JSON Lines) against gold documents (one JSON file each) exactly as
 * {@code /work/shared/eval/score.py} does: per-document sets, micro-averaged; strict and lenient
 * entities overall and per type, subtype and place-code accuracy, positions (person exact, title and org
 * by containment), partOf and bylines (exact).
 */
public final class Scorer {
    /** True/false positives and false negatives of one measure. */
    public static final class Tally {
        public int tp, fp, fn;

        void add(int gold, int pred, int match) {
            tp += match;
            fp += pred - match;
            fn += gold - match;
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private record Pair(String a, String b) {}

    private record Triple(String a, String b, String c) {}

    /**
     * One entity the prediction got wrong: {@code kind} is {@code missed} (gold, not predicted), {@code spurious}
     * (predicted, not gold), {@code boundary} (gold, predicted with other boundaries: {@code other} is the
     * prediction) or {@code type} (gold, predicted with another type: {@code other} is that type).
     */
    public record EntityError(String kind, String doc, String text, String type, String subtype, String other) {
        /** The group a researcher reads errors by: type, subtype and, for places and organisations, the ending. */
        public String group() {
            String ending = type.equals("Person") || text.isEmpty() ? "" : " / …" + text.substring(text.offsetByCodePoints(text.length(), -1));
            return type + (subtype.isEmpty() ? "" : " / " + subtype) + ending;
        }
    }

    private final List<EntityError> errors = new ArrayList<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, Tally> perType = new LinkedHashMap<>();
    private int subOk, subN, codeOk, codeN, documents;

    private Scorer() {
        for (String k : List.of("entities strict", "entities lenient", "positions", "partOf", "bylines")) tallies.put(k, new Tally());
        for (String k : List.of("Person", "Place", "Organization")) perType.put(k, new Tally());
    }

    /** Scores the predictions file against every *.json gold document in {@code goldDir} (or one gold file). */
    public static Scorer score(Path gold, Path predictions) {
        List<String> lines;
        try {
            lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return score(readGold(gold), lines, predictions.toString());
    }

    /**
     * Scores prediction lines held in memory against gold documents.
     *
     * @param golds gold documents by id ({@link #readGold})
     * @param where names the predictions in error messages (with the line number)
     */
    public static Scorer score(Map<String, JsonObject> golds, List<String> predictionLines, String where) {
        Map<String, Map<String, List<JsonObject>>> preds = loadPred(predictionLines, where);
        Scorer s = new Scorer();
        for (Map.Entry<String, JsonObject> e : golds.entrySet())
            s.document(e.getKey(), e.getValue(), preds.getOrDefault(e.getKey(), Map.of()));
        return s;
    }

    public Tally tally(String measure) {
        Tally t = tallies.containsKey(measure) ? tallies.get(measure) : perType.get(measure);
        if (t == null) throw new IllegalArgumentException("no measure '" + measure + "'");
        return t;
    }

    public double strictF1() {
        return tallies.get("entities strict").f1();
    }

    public double subtypeAccuracy() {
        return subN == 0 ? 0 : (double) subOk / subN;
    }

    public double codeAccuracy() {
        return codeN == 0 ? 0 : (double) codeOk / codeN;
    }

    /** The figures in score.py's layout. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append("documents: ").append(documents).append('\n');
        for (var e : tallies.entrySet()) line(b, e.getKey(), e.getValue());
        for (var e : perType.entrySet()) line(b, "  " + e.getKey(), e.getValue());
        b.append(String.format(Locale.ROOT, "subtype accuracy   %d/%d = %.3f%n", subOk, subN, subtypeAccuracy()));
        b.append(String.format(Locale.ROOT, "place code acc.    %d/%d = %.3f%n", codeOk, codeN, codeAccuracy()));
        b.append(String.format(Locale.ROOT, "entity-F1 %.3f%n", strictF1()));
        return b.toString();
    }

    private static void line(StringBuilder b, String name, Tally t) {
        b.append(String.format(Locale.ROOT, "%-18s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)%n",
                name, t.precision(), t.recall(), t.f1(), t.tp, t.fp, t.fn));
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        List<JsonObject> out = new ArrayList<>();
        JsonElement e = o.get(key);
        if (e != null && e.isJsonArray()) for (JsonElement x : e.getAsJsonArray()) out.add(x.getAsJsonObject());
        return out;
    }

    private void document(String doc, JsonObject g, Map<String, List<JsonObject>> p) {
        documents++;
        List<Pair> gEnts = uniq(objects(g, "entities").stream().map(e -> new Pair(str(e, "text"), str(e, "type"))).toList());
        List<JsonObject> pEntObjs = p.getOrDefault("entities", List.of());
        List<Pair> pEnts = uniq(pEntObjs.stream().map(e -> new Pair(str(e, "text"), str(e, "type"))).toList());
        Set<Pair> strict = new HashSet<>(gEnts);
        strict.retainAll(new HashSet<>(pEnts));
        tallies.get("entities strict").add(gEnts.size(), pEnts.size(), strict.size());
        for (String ty : perType.keySet()) {
            Set<Pair> gs = new HashSet<>(), ps = new HashSet<>();
            for (Pair x : gEnts) if (x.b().equals(ty)) gs.add(x);
            for (Pair x : pEnts) if (x.b().equals(ty)) ps.add(x);
            int both = (int) gs.stream().filter(ps::contains).count();
            perType.get(ty).add(gs.size(), ps.size(), both);
        }
        collectErrors(doc, objects(g, "entities"), pEntObjs, strict);
        int lenient = greedy(gEnts, pEnts, (a, b) -> a.b().equals(b.b()) && contains(a.a(), b.a()));
        tallies.get("entities lenient").add(gEnts.size(), pEnts.size(), lenient);
        Map<Pair, JsonObject> pAttr = new HashMap<>();
        for (JsonObject e : pEntObjs) pAttr.putIfAbsent(new Pair(str(e, "text"), str(e, "type")), e);
        for (JsonObject e : objects(g, "entities")) {
            Pair key = new Pair(str(e, "text"), str(e, "type"));
            if (!strict.contains(key)) continue;
            if (!str(e, "subtype").isEmpty()) {
                subN++;
                if (str(e, "subtype").equals(str(pAttr.get(key), "subtype"))) subOk++;
            }
            if (!str(e, "code").isEmpty()) {
                codeN++;
                if (str(e, "code").equals(str(pAttr.get(key), "code"))) codeOk++;
            }
        }
        List<Triple> gPos = uniq(objects(g, "positions").stream().map(r -> new Triple(str(r, "person"), str(r, "title"), str(r, "org"))).toList());
        List<Triple> pPos = uniq(p.getOrDefault("positions", List.of()).stream()
                .map(r -> new Triple(str(r, "person"), str(r, "title"), str(r, "org"))).toList());
        int posMatch = greedy(gPos, pPos, (a, b) -> a.a().equals(b.a()) && contains(a.b(), b.b()) && contains(a.c(), b.c()));
        tallies.get("positions").add(gPos.size(), pPos.size(), posMatch);
        exact("partOf", objects(g, "partOf"), p.getOrDefault("partOf", List.of()), "child", "parent");
        exact("bylines", objects(g, "bylines"), p.getOrDefault("bylines", List.of()), "person", "role");
    }

    /** Misses and spurious entities of one document, each classified (boundary, type or plain). */
    private void collectErrors(String doc, List<JsonObject> gold, List<JsonObject> pred, Set<Pair> strict) {
        Set<Pair> explained = new HashSet<>(); // predictions that explain a gold miss
        Set<Pair> seen = new HashSet<>();
        for (JsonObject e : gold) {
            Pair key = new Pair(str(e, "text"), str(e, "type"));
            if (strict.contains(key) || !seen.add(key)) continue;
            String kind = "missed", other = "";
            for (JsonObject q : pred) {
                Pair pk = new Pair(str(q, "text"), str(q, "type"));
                if (strict.contains(pk)) continue;
                if (pk.a().equals(key.a())) { kind = "type"; other = pk.b(); explained.add(pk); break; }
                if (pk.b().equals(key.b()) && contains(pk.a(), key.a()) && "missed".equals(kind)) { kind = "boundary"; other = pk.a(); explained.add(pk); }
            }
            errors.add(new EntityError(kind, doc, key.a(), key.b(), str(e, "subtype"), other));
        }
        for (JsonObject q : pred) {
            Pair pk = new Pair(str(q, "text"), str(q, "type"));
            if (strict.contains(pk) || explained.contains(pk) || !seen.add(pk)) continue;
            errors.add(new EntityError("spurious", doc, pk.a(), pk.b(), str(q, "subtype"), ""));
        }
    }

    /** The entity errors, in document order. */
    public List<EntityError> errors() {
        return List.copyOf(errors);
    }

    /**
     * The entity errors grouped by type, subtype and ending (largest groups first), each group with its misses,
     * boundary and type errors and spurious predictions, every item with its document: what a researcher reads to
     * see which kinds of names the extractor gets wrong.
     */
    public String errorReport() {
        Map<String, List<EntityError>> groups = new LinkedHashMap<>();
        for (EntityError e : errors) groups.computeIfAbsent(e.group(), k -> new ArrayList<>()).add(e);
        List<Map.Entry<String, List<EntityError>>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort((a, b) -> b.getValue().size() != a.getValue().size() ? b.getValue().size() - a.getValue().size()
                : a.getKey().compareTo(b.getKey()));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "entity errors by kind (%d): missed = gold not found, boundary = found with other"
                + " boundaries, type = found with another type, spurious = not in the gold%n", errors.size()));
        for (var g : sorted) {
            b.append(String.format(Locale.ROOT, "%3d  %s%n", g.getValue().size(), g.getKey()));
            for (String kind : List.of("missed", "boundary", "type", "spurious")) {
                List<String> items = new ArrayList<>();
                for (EntityError e : g.getValue())
                    if (e.kind().equals(kind))
                        items.add(e.text() + (e.other().isEmpty() ? "" : " → " + e.other()) + " (" + e.doc() + ")");
                if (!items.isEmpty()) b.append("       ").append(kind).append(": ").append(String.join("; ", items)).append('\n');
            }
        }
        return b.toString();
    }

    private void exact(String measure, List<JsonObject> gold, List<JsonObject> pred, String k1, String k2) {
        Set<Pair> g = new HashSet<>(), p = new HashSet<>();
        for (JsonObject r : gold) g.add(new Pair(str(r, k1), str(r, k2)));
        for (JsonObject r : pred) p.add(new Pair(str(r, k1), str(r, k2)));
        int both = (int) g.stream().filter(p::contains).count();
        tallies.get(measure).add(g.size(), p.size(), both);
    }

    private static boolean contains(String a, String b) {
        return a.contains(b) || b.contains(a);
    }

    private static <T> List<T> uniq(List<T> xs) {
        return new ArrayList<>(new LinkedHashSet<>(xs));
    }

    /** One-to-one matching as score.py's greedy_match: exact pairs first, then the predicate. */
    private static <T> int greedy(List<T> gold, List<T> pred, BiPredicate<T, T> ok) {
        Set<Integer> used = new HashSet<>();
        Set<Integer> matchedGold = new HashSet<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int i = 0; i < pred.size(); i++) {
                if (!used.contains(i) && Objects.equals(gold.get(gi), pred.get(i))) {
                    used.add(i);
                    matchedGold.add(gi);
                    break;
                }
            }
        }
        for (int gi = 0; gi < gold.size(); gi++) {
            if (matchedGold.contains(gi)) continue;
            for (int i = 0; i < pred.size(); i++) {
                if (!used.contains(i) && ok.test(gold.get(gi), pred.get(i))) {
                    used.add(i);
                    matchedGold.add(gi);
                    break;
                }
            }
        }
        return matchedGold.size();
    }

    /** The gold documents of a folder (every *.json, by name) or of one file, by their id, in file order. */
    public static Map<String, JsonObject> readGold(Path gold) {
        List<Path> files;
        try {
            if (Files.isDirectory(gold)) {
                try (Stream<Path> s = Files.list(gold)) {
                    files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
                }
            } else files = List.of(gold);
            Map<String, JsonObject> out = new LinkedHashMap<>();
            for (Path f : files) {
                JsonObject o;
                try {
                    o = JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
                } catch (JsonParseException | IllegalStateException e) {
                    throw new InvalidInputException(f.toString(), "not a JSON object: " + e.getMessage());
                }
                out.put(str(o, "id"), o);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Map<String, List<JsonObject>>> loadPred(List<String> lines, String pred) {
        Map<String, Map<String, List<JsonObject>>> out = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n).strip();
            if (l.isEmpty()) continue;
            JsonObject rec;
            try {
                rec = JsonParser.parseString(l).getAsJsonObject();
            } catch (JsonParseException | IllegalStateException e) {
                throw new InvalidInputException(pred + ":" + (n + 1), "not JSON: " + e.getMessage());
            }
            if (!rec.has("doc")) throw new InvalidInputException(pred + ":" + (n + 1), "record has no 'doc' field");
            Map<String, List<JsonObject>> byKey = out.computeIfAbsent(str(rec, "doc"), k -> new HashMap<>());
            for (String key : List.of("entities", "positions", "partOf", "bylines")) {
                JsonElement e = rec.get(key);
                List<JsonObject> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (e != null && e.isJsonArray()) for (JsonElement x : (JsonArray) e) list.add(x.getAsJsonObject());
            }
        }
        return out;
    }
}
