/**
 * Linking: an article's mentions resolved to entities with stable keys.
 *
 * <h2>Keys</h2>
 * <ul>
 *   <li>{@code place/<code>} for a place linked to an administrative division (6-digit code for province,
 *       city and county, 9 for a township, 12 for a village); {@code place/<name as written>} otherwise.</li>
 *   <li>{@code org/<canonical name>}; every surface form is kept as an altLabel.</li>
 *   <li>{@code person/<name>/<context>}, see {@link org.newskg.link.PersonKeys}.</li>
 * </ul>
 *
 * <h2>Places</h2>
 * {@link org.newskg.link.PlaceResolver}: candidates from the gazetteer (official, former and short names,
 * traditional characters through their simplified form), filtered by the mention subtype and by a resolved
 * place written directly before (partOf), scored by closeness to the article's other places, the dateline,
 * the source's home region and places at the head of organisation names. Names that stay ambiguous are not
 * guessed: they keep the key {@code place/<name>} and {@link org.newskg.link.DefaultLinker#resolve} reports
 * their candidate codes in a {@link org.newskg.link.PlaceResolution}.
 *
 * <h2>Home region</h2>
 * Given ({@code --home}), or else inferred by {@link org.newskg.link.HomeInference} from the evidence the reader
 * attached to the article ({@link org.newskg.ingest.PageEvidence}: outlet names, datelines and suffixed place names
 * of its whole page; the article's own text when it came alone): the prefecture with more than half of the votes.
 * An inferred home is an anchor for places and the owning division of level-prefixed agencies after the article's
 * own source and dateline; it is not used for person keys. {@link org.newskg.link.LinkedArticle#home} records it.
 *
 * <h2>Organisations</h2>
 * {@code OrgCanonicalizer}: abbreviations from {@code agencies.tsv} expanded with the owning division
 * (level prefixes {@code 市/县/省} stand for the article's division of that level), national bodies
 * ({@code 交行 → 交通银行}), and within an article a shorter name adopts the longer name it abbreviates
 * ({@code 和平医院 → 长治医学院附属和平医院}). Canonical names are written in simplified characters.
 *
 * <h2>Persons</h2>
 * Never a silent merge: two mentions share a key only when name and context (organisation of the post,
 * source of the byline, region of the article, else the article itself) agree. Within one article a name is
 * one person. Pairs of keys with the same name and different contexts are "possibly same"; the linker sees
 * one article at a time, so the store should call {@link org.newskg.link.PersonKeys#possiblySame} with the
 * keys it already holds for that name ({@code person/<name>/} prefix).
 */
package org.newskg.link;
