package org.newskg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Keys of persons and the "possibly same" policy.
 *
 * <p>A person key is {@code person/<name>/<context>}; the context is, in this order of preference:
 * <ol>
 *   <li>the canonical name of the organisation of the person's first post in the article
 *       ({@code person/郭志毅/壶关县文化和旅游局});</li>
 *   <li>for a credited reporter, correspondent, photographer or editor, the article's source
 *       ({@code person/潘银丽/长治日报});</li>
 *   <li>for a holder of a national office named next to the name ({@code 习近平总书记}, {@code 国务院总理李强}),
 *       {@value #NATIONAL}: a national leader is one person in every region's news
 *       ({@code person/习近平/national});</li>
 *   <li>the code of the article's region: the home region, else the source's or the dateline's place, else
 *       the county or city most of the article's places lie in ({@code person/王芳/140400});</li>
 *   <li>else the article id ({@code person/王芳/article:a7}), so that a person known by nothing but the
 *       name is never merged with anyone.</li>
 * </ol>
 * Two mentions in different articles get one key only when name and context agree. Different contexts
 * with the same name are never merged: {@link #possiblySame} pairs them with the evidence, for the store
 * to record once it sees both keys (the linker sees one article at a time).
 */
public final class PersonKeys {
    private static final String PREFIX = "person/";
    /** The context of a holder of a national office. */
    public static final String NATIONAL = "national";
    /** Titles of national office, written right after (习近平总书记) or right before (国务院总理李强) the name. */
    private static final List<String> NATIONAL_TITLES = List.of("总书记", "国家主席", "国家副主席", "国务院总理",
            "国务院副总理", "国务委员", "全国人大常委会委员长", "委员长", "全国政协主席", "中央军委主席");

    private PersonKeys() {
    }

    /** The key of a person of this name in this context. */
    public static String key(String name, String context) {
        Objects.requireNonNull(name, "person name");
        Objects.requireNonNull(context, () -> "context of person " + name);
        return PREFIX + name + "/" + context;
    }

    /**
     * Whether the person named at {@code [start, end)} of {@code text} is named with a national office: the title
     * follows the name directly or precedes it directly (after a list of such titles: 中共中央总书记、国家主席习近平).
     */
    public static boolean nationalOffice(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) return false;
        String after = text.substring(end, Math.min(text.length(), end + 12));
        String before = text.substring(Math.max(0, start - 12), start);
        for (String t : NATIONAL_TITLES) if (after.startsWith(t) || before.endsWith(t)) return true;
        return false;
    }

    /** The name part of a person key, or null if the key is not a person key. */
    public static String nameOf(String key) {
        if (key == null || !key.startsWith(PREFIX)) return null;
        int slash = key.indexOf('/', PREFIX.length());
        return slash < 0 ? key.substring(PREFIX.length()) : key.substring(PREFIX.length(), slash);
    }

    /** The context part of a person key, or "" if it has none. */
    public static String contextOf(String key) {
        if (key == null || !key.startsWith(PREFIX)) return "";
        int slash = key.indexOf('/', PREFIX.length());
        return slash < 0 ? "" : key.substring(slash + 1);
    }

    /**
     * Pairs of {@code key} with each other key of the same name and another context.
     *
     * @param key    a person key
     * @param others person keys already known (e.g. in the store)
     */
    public static List<LinkedArticle.PossiblySame> possiblySame(String key, Collection<String> others) {
        String name = nameOf(key);
        List<LinkedArticle.PossiblySame> out = new ArrayList<>();
        if (name == null) return out;
        for (String other : others) {
            if (other.equals(key) || !name.equals(nameOf(other))) continue;
            out.add(new LinkedArticle.PossiblySame(key, other,
                    "same name " + name + "; contexts " + contextOf(key) + " and " + contextOf(other)));
        }
        return out;
    }
}
