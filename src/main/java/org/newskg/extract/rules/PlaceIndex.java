package org.newskg.extract.rules;

import java.util.Map;

/** Known place names (administrative divisions): the gazetteer seen from the rules. */
public interface PlaceIndex {
    /** What is known about one name: subtype (Province … Village), containment rank, division code or null. */
    record Info(String subtype, int rank, String code, boolean shortForm) {}

    /** The name as written (official, old or short form), or null when unknown. */
    Info lookup(String name);

    /** Names at province, city and county level (official and short forms), scanned for in every text. */
    Map<String, Info> upperNames();

    int maxUpperLength();

    /**
     * The division named {@code child} (official, alternate or short name) whose direct parent is named
     * {@code parent} (石坡乡 → 南平头坞村, 壶关县 → 大峡谷镇), or null: a place written right after another is cut
     * where the gazetteer's own children of that place end.
     */
    default Info childOf(String child, String parent) {
        return null;
    }

    /** A village named {@code child} in some township of the county named {@code county} (浑江区|幸福社区), or null. */
    default Info grandchildOf(String child, String county) {
        return null;
    }

    /** As {@link #lookup}, also finding a village written without 村 (闫家庄 for 闫家庄村). */
    default Info lookupLocal(String name) {
        return lookup(name);
    }

    /** No gazetteer: only HanLP's place recogniser and the suffix grammar. */
    PlaceIndex NONE = new PlaceIndex() {
        @Override
        public Info lookup(String name) {
            return null;
        }

        @Override
        public Map<String, Info> upperNames() {
            return Map.of();
        }

        @Override
        public int maxUpperLength() {
            return 0;
        }
    };
}
