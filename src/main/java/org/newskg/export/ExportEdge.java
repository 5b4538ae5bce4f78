package org.newskg.export;

import java.util.List;

/**
 * A directed, aggregated edge of an exported network.
 *
 * @param source    id of the source node (written before this edge)
 * @param target    id of the target node (written before this edge)
 * @param relation  relation name ({@code position}, {@code partOf}, {@code coMention}, {@code mentions}, ...)
 * @param weight    number of distinct articles supporting the edge
 * @param firstDate first article date, ISO {@code yyyy-MM-dd}, or null
 * @param lastDate  last article date, ISO {@code yyyy-MM-dd}, or null; not before {@code firstDate}
 * @param articles  article IRIs supporting the edge (possibly capped, so it may be shorter than {@code weight})
 * @param titles    the post titles of a {@code position} edge (局长, 总经理 …), distinct, in code-point order; empty
 *                  for other relations. A person with several posts at one organisation keeps one edge (its weight
 *                  counts the articles), and the writers join the titles with {@link #TITLE_SEPARATOR}
 */
public record ExportEdge(String source, String target, String relation, int weight, String firstDate, String lastDate,
                         List<String> articles, List<String> titles) {
    /** Joins the titles of one edge in the {@code title} attribute: a full-width semicolon, as Chinese lists do. */
    public static final String TITLE_SEPARATOR = "；";

    public ExportEdge {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("edge " + source + " -> " + target + " (" + relation
                    + ") without source or target");
        }
        if (relation == null || relation.isBlank()) {
            throw new IllegalArgumentException("edge " + source + " -> " + target + " without relation");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("negative weight " + weight + " for edge " + source + " -> " + target);
        }
        String s = source;
        String t = target;
        String r = relation;
        ExportDates.checkRange(firstDate, lastDate, () -> "edge " + s + " -" + r + "-> " + t);
        articles = articles == null ? List.of() : List.copyOf(articles);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    /** An edge without titles. */
    public ExportEdge(String source, String target, String relation, int weight, String firstDate, String lastDate,
                      List<String> articles) {
        this(source, target, relation, weight, firstDate, lastDate, articles, List.of());
    }

    /** The titles joined with {@link #TITLE_SEPARATOR}, or null when the edge has none. */
    public String title() {
        return titles.isEmpty() ? null : String.join(TITLE_SEPARATOR, titles);
    }
}
