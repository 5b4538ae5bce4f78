package org.newskg.extract.rules;

import org.newskg.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in resource tables under {@code org/newskg/extract/} (documented in the README.md there),
 * loaded once and read-only afterwards.
 */
public final class Tables {
    /** An organisation ending: subtype, the kind of posts it holds, and how much of a name it needs. */
    public record OrgSuffix(String suffix, String subtype, String kind, String rule) {}

    /**
     * A place ending: subtype, containment rank and whether the name must be known; {@code whole}: a place written
     * right before stays inside the name (industrial parks, bases, experience halls, guideline 16).
     */
    public record PlaceSuffix(String suffix, String subtype, int rank, boolean grammar, boolean whole) {}

    /** A post title and the organisation kinds it can be a post of. */
    public record Title(String title, Set<String> kinds) {}

    /** A byline role word and where the name stands relative to it. */
    public record Role(String word, String role, boolean nameAfter) {}

    public final Map<String, OrgSuffix> orgSuffixes;
    public final int maxOrgSuffix;
    /** Last characters of the organisation endings: a position whose character is none of them ends no body. */
    public final Set<Character> orgSuffixEnds;
    public final Map<String, PlaceSuffix> placeSuffixes;
    public final int maxPlaceSuffix;
    /** Last characters of the place endings: a position whose character is none of them ends no place. */
    public final Set<Character> placeSuffixEnds;
    public final Set<String> stopPlaces;
    public final Map<String, Title> titles;
    public final int maxTitle;
    public final List<Role> roles;
    public final Set<String> surnames;
    public final Set<String> stopPersons;
    /** Kinship and courtesy words (大爷, 阿姨, 师傅): no name ends with one (刘大爷). */
    public final Set<String> kinWords;
    public final Set<String> personCuesBefore;
    public final Set<String> personCuesAfter;
    public final Set<String> orgInnerWords;
    /** Verbs between a name and the post it takes (王某任县财政局局长, 被任命为). */
    public final Set<String> postVerbs;
    public final int maxPostVerb;
    public final Set<String> orgStopWords;
    public final Set<String> orgFalseEndings;
    /** Industry words closing a trade name written without a legal form (齐鲁石化): org-industry-words.txt. */
    public final Set<String> industryWords;
    public final List<String[]> lexicon;
    /** Last characters of titles and before-cues, to skip positions cheaply. */
    public final Set<Character> cueLastChars;

    private Tables() {
        Map<String, OrgSuffix> os = new HashMap<>();
        for (String[] r : tsv("org-suffixes.tsv", 4)) os.put(r[0], new OrgSuffix(r[0], r[1], r[2], r[3]));
        orgSuffixes = Map.copyOf(os);
        maxOrgSuffix = os.keySet().stream().mapToInt(String::length).max().orElse(1);
        orgSuffixEnds = lastChars(os.keySet());
        Map<String, PlaceSuffix> ps = new HashMap<>();
        for (String[] r : tsv("place-suffixes.tsv", 4)) {
            ps.put(r[0], new PlaceSuffix(r[0], r[1], parseInt(r[2], "place-suffixes.tsv", r[0]), r[3].equals("grammar"),
                    r.length > 4 && r[4].equals("whole")));
        }
        placeSuffixes = Map.copyOf(ps);
        maxPlaceSuffix = ps.keySet().stream().mapToInt(String::length).max().orElse(1);
        placeSuffixEnds = lastChars(ps.keySet());
        stopPlaces = words("stop-places.txt");
        Map<String, Title> ts = new HashMap<>();
        for (String[] r : tsv("titles.tsv", 2)) ts.put(r[0], new Title(r[0], Set.of(r[1].split(","))));
        titles = Map.copyOf(ts);
        maxTitle = ts.keySet().stream().mapToInt(String::length).max().orElse(1);
        List<Role> rs = new ArrayList<>();
        for (String[] r : tsv("byline-roles.tsv", 3)) rs.add(new Role(r[0], r[1], r[2].equals("after")));
        rs.sort((a, b) -> b.word().length() - a.word().length());
        roles = List.copyOf(rs);
        surnames = words("surnames.txt");
        kinWords = words("person-kin-words.txt");
        Set<String> stop = new HashSet<>(words("stop-persons.txt"));
        stop.addAll(kinWords);
        stopPersons = Set.copyOf(stop);
        Set<String> before = new HashSet<>(), after = new HashSet<>();
        for (String[] r : tsv("person-cues.tsv", 2)) (r[1].equals("before") ? before : after).add(r[0]);
        personCuesBefore = Set.copyOf(before);
        personCuesAfter = Set.copyOf(after);
        orgInnerWords = words("org-inner-words.txt");
        postVerbs = words("post-verbs.txt");
        maxPostVerb = postVerbs.stream().mapToInt(String::length).max().orElse(0);
        orgStopWords = words("org-stop-words.txt");
        orgFalseEndings = words("org-false-endings.txt");
        industryWords = words("org-industry-words.txt");
        lexicon = tsv("lexicon.tsv", 3);
        Set<Character> lc = new HashSet<>();
        for (String w : titles.keySet()) lc.add(w.charAt(w.length() - 1));
        for (String w : personCuesBefore) lc.add(w.charAt(w.length() - 1));
        cueLastChars = Set.copyOf(lc);
    }

    /**
     * Reads the bundled rule tables (the files under {@code org/newskg/extract/}). Each call reads them anew, so no
     * table is shared through a static; the extractor reads them once, when it is built.
     */
    public static Tables load() {
        return new Tables();
    }

    /** The last characters of the words. */
    private static Set<Character> lastChars(Set<String> words) {
        Set<Character> out = new HashSet<>();
        for (String w : words) out.add(w.charAt(w.length() - 1));
        return Set.copyOf(out);
    }

    private static int parseInt(String s, String file, String item) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file, "bad number '" + s + "' for " + item);
        }
    }

    private static List<String> lines(String name) {
        String path = "/org/newskg/extract/" + name;
        try (InputStream in = Tables.class.getResourceAsStream(path)) {
            if (in == null) throw new InvalidInputException(path, "resource missing");
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) out.add(l);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a TSV resource (comments and blank lines skipped); each must have at least {@code min} columns. */
    static List<String[]> tsv(String name, int min) {
        List<String[]> out = new ArrayList<>();
        List<String> ls = lines(name);
        for (int i = 0; i < ls.size(); i++) {
            String l = ls.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] cols = l.split("\t");
            if (cols.length < min) throw new InvalidInputException(name + ":" + (i + 1), "expected " + min + " tab-separated columns");
            out.add(cols);
        }
        return List.copyOf(out);
    }

    /** Whitespace-separated words of a resource (comments skipped). */
    static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String l : lines(name)) {
            if (l.isBlank() || l.startsWith("#")) continue;
            for (String w : l.trim().split("\\s+")) out.add(w);
        }
        return Set.copyOf(out);
    }
}
