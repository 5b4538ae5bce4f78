package org.newskg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.newskg.gazetteer.AdminDivision;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.ReferenceData;
import org.newskg.gazetteer.Level;
import org.newskg.extract.rules.PlaceIndex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.InvalidInputException;

/**
 * The administrative-division gazetteer as a {@link PlaceIndex}; built once (immutable afterwards).
 * Province, city and county names are scanned for; their short forms only when they are not ordinary
 * words (和平, 安定 are dictionary words first).
 */
final class GazetteerPlaces implements PlaceIndex {
    /**
     * Classpath resource (beside this class) of the upper names computed at build time ({@link BuildResources}), so
     * that start-up reads 6,500 lines instead of looking every name up; optional.
     */
    static final String UPPER_RESOURCE = "upper-place-names.tsv";

    private final Gazetteer gazetteer;
    private final Map<String, Info> upper;
    private final int maxUpper;

    private GazetteerPlaces(Gazetteer g, Map<String, Info> upper) {
        this.gazetteer = g;
        this.upper = Map.copyOf(upper);
        this.maxUpper = upper.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The index over {@code g}, its upper names computed. */
    static GazetteerPlaces of(Gazetteer g) {
        return new GazetteerPlaces(g, computeUpper(g));
    }

    /**
     * Province, city and county names (official, old and short forms) with what {@link #lookup} says of them;
     * short forms only when HanLP's core dictionary does not know them as ordinary words (和平, 安定).
     */
    static Map<String, Info> computeUpper(Gazetteer g) {
        GazetteerPlaces lookup = new GazetteerPlaces(g, Map.of());
        Map<String, Info> m = new HashMap<>();
        for (Level lv : List.of(Level.PROVINCE, Level.CITY, Level.COUNTY)) {
            for (String name : g.names(lv)) {
                if (name.length() < 2 || m.containsKey(name)) continue;
                Info info = lookup.lookup(name);
                if (info == null || info.rank() < 3) continue;
                if (info.shortForm() && ordinaryWord(name)) continue;
                m.put(name, info);
            }
        }
        m.remove("中国");
        return m;
    }

    /** Writes upper names as the resource {@link #UPPER_RESOURCE}: name, subtype, rank, code, short (TSV, UTF-8, sorted). */
    static void writeUpper(Map<String, Info> upper, Writer out) throws IOException {
        for (Map.Entry<String, Info> e : new TreeMap<>(upper).entrySet()) {
            Info i = e.getValue();
            out.write(e.getKey() + "\t" + i.subtype() + "\t" + i.rank() + "\t" + (i.code() == null ? "" : i.code()) + "\t"
                    + (i.shortForm() ? "short" : "full") + "\n");
        }
    }

    /** Reads upper names written by {@link #writeUpper}. */
    static Map<String, Info> readUpper(BufferedReader in, String where) throws IOException {
        Map<String, Info> m = new HashMap<>();
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            String[] f = line.split("\t", -1);
            if (f.length != 5 || f[0].isEmpty() || !f[2].matches("[0-9]") || !f[4].matches("short|full"))
                throw new InvalidInputException(where + ":" + lineNo, "expected name, subtype, rank, code, short|full");
            m.put(f[0], new Info(f[1], Integer.parseInt(f[2]), f[3].isEmpty() ? null : f[3], f[4].equals("short")));
        }
        return m;
    }

    /**
     * The index over the reference data's gazetteer. For the bundled data the upper names come from the build's
     * precomputed resource when it is on the classpath; otherwise they are computed.
     */
    static GazetteerPlaces of(ReferenceData reference) {
        Gazetteer g = reference.gazetteer();
        InputStream in = reference.shipped() ? GazetteerPlaces.class.getResourceAsStream(UPPER_RESOURCE) : null;
        if (in == null) return of(g);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new GazetteerPlaces(g, readUpper(r, UPPER_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(UPPER_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static boolean ordinaryWord(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) return false;
        for (var n : a.nature) if (n.toString().startsWith("ns")) return false;
        return true;
    }

    static String subtype(Level lv) {
        return switch (lv) {
            case PROVINCE -> "Province";
            case CITY -> "City";
            case COUNTY -> "County";
            case TOWNSHIP -> "Township";
            case VILLAGE -> "Village";
        };
    }

    @Override
    public Info lookup(String name) {
        // the highest level wins (长治 is the city before any village of that name)
        List<AdminDivision> ds = gazetteer.byNameHighestLevel(name);
        if (ds.isEmpty()) return null;
        // among them official names before short forms
        String simplified = org.newskg.extract.rules.Doc.simplify(name);
        AdminDivision best = null;
        boolean bestShort = true;
        for (AdminDivision d : ds) {
            boolean isShort = !d.name().equals(name) && !d.altNames().contains(name) && !d.name().equals(simplified);
            if (best == null || bestShort && !isShort) {
                best = d;
                bestShort = isShort;
            }
        }
        return new Info(subtype(best.level()), 5 - best.level().ordinal(), ds.size() == 1 ? best.code() : null, bestShort);
    }

    @Override
    public Info childOf(String child, String parent) {
        Info direct = childOfExact(child, parent);
        if (direct != null || child.endsWith("村") || child.endsWith("社区") || child.length() < 2) return direct;
        // a village is often written without 村 (辛安镇刘庄 for 刘庄村): its short form
        Info village = childOfExact(child + "村", parent);
        return village == null || village.rank() != 1 ? null : new Info(village.subtype(), village.rank(), village.code(), true);
    }

    /** As {@link #lookup}, and a village written without 村 (闫家庄 for 闫家庄村) when the name itself is unknown. */
    @Override
    public Info lookupLocal(String name) {
        Info info = lookup(name);
        if (info != null || name.endsWith("村")) return info;
        Info village = lookup(name + "村");
        return village == null || village.rank() != 1 ? null : new Info(village.subtype(), village.rank(), village.code(), true);
    }

    @Override
    public Info grandchildOf(String child, String county) {
        List<AdminDivision> found = gazetteer.grandchildrenNamed(child, county, 64);
        if (found == null || found.isEmpty()) return null;
        AdminDivision last = found.get(found.size() - 1);
        if (last.level() != Level.VILLAGE) return null;
        return new Info(subtype(last.level()), 1, found.size() == 1 ? last.code() : null, false);
    }

    private Info childOfExact(String child, String parent) {
        // a very common parent name (more than 64 divisions) says nothing about its children
        List<AdminDivision> children = gazetteer.childrenNamed(child, parent, 64);
        if (children == null || children.isEmpty()) return null;
        String simplified = org.newskg.extract.rules.Doc.simplify(child);
        boolean isShort = true;
        for (AdminDivision c : children)
            if (c.name().equals(child) || c.name().equals(simplified) || c.altNames().contains(child)) isShort = false;
        AdminDivision found = children.get(children.size() - 1);
        return new Info(subtype(found.level()), 5 - found.level().ordinal(), children.size() == 1 ? found.code() : null, isShort);
    }

    @Override
    public Map<String, Info> upperNames() {
        return upper;
    }

    @Override
    public int maxUpperLength() {
        return maxUpper;
    }
}
