package org.newskg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.newskg.extract.gazetteer.AdminDivision;
import org.newskg.extract.gazetteer.Gazetteer;
import org.newskg.extract.gazetteer.Level;
import org.newskg.extract.rules.PlaceIndex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrative-division gazetteer as a {@link PlaceIndex}; built once (immutable afterwards).
 * Province, city and county names are scanned for; their short forms only when they are not ordinary
 * words (和平, 安定 are dictionary words first).
 */
final class GazetteerPlaces implements PlaceIndex {
    private final Gazetteer gazetteer;
    private final Map<String, Info> upper;
    private final int maxUpper;

    private GazetteerPlaces(Gazetteer g) {
        this.gazetteer = g;
        Map<String, Info> m = new HashMap<>();
        for (Level lv : List.of(Level.PROVINCE, Level.CITY, Level.COUNTY)) {
            for (String name : g.names(lv)) {
                if (name.length() < 2 || m.containsKey(name)) continue;
                Info info = lookup(name);
                if (info == null || info.rank() < 3) continue;
                if (info.shortForm() && ordinaryWord(name)) continue;
                m.put(name, info);
            }
        }
        m.remove("中国");
        this.upper = Map.copyOf(m);
        this.maxUpper = m.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private static boolean ordinaryWord(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) return false;
        for (var n : a.nature) if (n.toString().startsWith("ns")) return false;
        return true;
    }

    private static final class Holder {
        static final GazetteerPlaces INSTANCE = new GazetteerPlaces(Gazetteer.loadDefault());
    }

    static PlaceIndex get() {
        return Holder.INSTANCE;
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
        // the highest level wins (长治 is the city before any village of that name): the divisions of the highest
        // level that has the name, without materialising the deeper ones
        List<AdminDivision> ds = List.of();
        for (Level lv : Level.values()) {
            ds = gazetteer.byName(name, lv);
            if (!ds.isEmpty()) break;
        }
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
    public Map<String, Info> upperNames() {
        return upper;
    }

    @Override
    public int maxUpperLength() {
        return maxUpper;
    }
}
