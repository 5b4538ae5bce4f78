package org.newskg.link;

import java.util.List;
import java.util.Map;
import org.newskg.extract.Extraction;
import org.newskg.ingest.Article;

/**
 * An article with its extraction resolved to entities: the unit the RDF mapping writes as one named graph.
 *
 * @param article    the article
 * @param extraction what was extracted
 * @param entities   entities referred to in this article, by key
 * @param mentionKeys for each mention of {@code extraction.mentions()} (same index) the entity key
 * @param positions  posts with resolved person and organisation
 * @param partOf     containment between entities: child key → parent key pairs. Place → place is place containment
 *                   (nk:partOf); organisation → place is the organisation's location (nk:locatedIn); organisation →
 *                   organisation is a sub-organisation (org:subOrganizationOf)
 * @param divisions  administrative divisions touched by the article's places, with all their ancestors
 * @param possiblySame pairs of person keys that may be the same person, with the evidence as text
 * @param unresolved for each place entity that could not be tied to one division, the codes of its candidate
 *                   divisions (what the name could be; no guess is made)
 * @param home       the home region the article was linked in (given, or inferred from its page), or null when
 *                   there was none; its division and ancestors are among {@code divisions}
 * @param locatedByContext keys of the entities whose containment pair in {@code partOf} was inferred from the article's
 *                   context (the places the article is about), not stated next to them ({@link ContextLocations})
 */
public record LinkedArticle(Article article, Extraction extraction, Map<String, Entity> entities,
                            List<String> mentionKeys, List<LinkedPosition> positions,
                            List<Map.Entry<String, String>> partOf, List<Division> divisions,
                            List<PossiblySame> possiblySame, Map<String, List<String>> unresolved, HomeRegion home,
                            java.util.Set<String> locatedByContext) {
    public LinkedArticle {
        if (mentionKeys.size() != extraction.mentions().size())
            throw new IllegalArgumentException("article " + article.id() + ": " + mentionKeys.size()
                    + " mention keys for " + extraction.mentions().size() + " mentions");
        entities = Map.copyOf(entities);
        mentionKeys = List.copyOf(mentionKeys);
        positions = List.copyOf(positions);
        partOf = List.copyOf(partOf);
        divisions = List.copyOf(divisions);
        possiblySame = List.copyOf(possiblySame);
        unresolved = unresolved == null ? Map.of() : Map.copyOf(unresolved);
        locatedByContext = locatedByContext == null ? java.util.Set.of() : java.util.Set.copyOf(locatedByContext);
    }

    /** An article with no containment inferred from context. */
    public LinkedArticle(Article article, Extraction extraction, Map<String, Entity> entities, List<String> mentionKeys,
                         List<LinkedPosition> positions, List<Map.Entry<String, String>> partOf, List<Division> divisions,
                         List<PossiblySame> possiblySame, Map<String, List<String>> unresolved, HomeRegion home) {
        this(article, extraction, entities, mentionKeys, positions, partOf, divisions, possiblySame, unresolved, home, null);
    }

    /** An article linked without a home region. */
    public LinkedArticle(Article article, Extraction extraction, Map<String, Entity> entities, List<String> mentionKeys,
                         List<LinkedPosition> positions, List<Map.Entry<String, String>> partOf, List<Division> divisions,
                         List<PossiblySame> possiblySame, Map<String, List<String>> unresolved) {
        this(article, extraction, entities, mentionKeys, positions, partOf, divisions, possiblySame, unresolved, null);
    }

    /** An article whose places were all resolved or had no candidates. */
    public LinkedArticle(Article article, Extraction extraction, Map<String, Entity> entities, List<String> mentionKeys,
                         List<LinkedPosition> positions, List<Map.Entry<String, String>> partOf, List<Division> divisions,
                         List<PossiblySame> possiblySame) {
        this(article, extraction, entities, mentionKeys, positions, partOf, divisions, possiblySame, Map.of());
    }

    /** Two person entities that may be one person. */
    public record PossiblySame(String keyA, String keyB, String evidence) {}
}
