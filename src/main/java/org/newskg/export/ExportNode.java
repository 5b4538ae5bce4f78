package org.newskg.export;

/**
 * A node of an exported network.
 *
 * @param id        identifier, unique within one export (the entity IRI)
 * @param label     display name; defaults to {@code id} when null
 * @param type      coarse type ({@code Person}, {@code Place}, {@code Organization}, {@code Article}) or null
 * @param subtype   finer type ({@code County}, {@code Hospital}, ...) or null
 * @param code      administrative division code, or null
 * @param mentions  number of articles mentioning the node (0 when unknown)
 * @param iri       the entity IRI, repeated as an attribute for tools that renumber ids; may be null
 * @param firstDate first article date, ISO {@code yyyy-MM-dd}, or null
 * @param lastDate  last article date, ISO {@code yyyy-MM-dd}, or null; not before {@code firstDate}
 */
public record ExportNode(String id, String label, String type, String subtype, String code, int mentions, String iri,
                         String firstDate, String lastDate) {
    public ExportNode {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("node without id (label '" + label + "')");
        }
        label = label == null ? id : label;
        if (mentions < 0) {
            throw new IllegalArgumentException("negative mentions " + mentions + " for node " + id);
        }
        ExportDates.checkRange(firstDate, lastDate, () -> "node " + id);
    }

    /** A node without dates. */
    public ExportNode(String id, String label, String type, String subtype, String code, int mentions, String iri) {
        this(id, label, type, subtype, code, mentions, iri, null, null);
    }

    /** True when the node has a date range (used for dynamic exports). */
    public boolean hasDates() {
        return firstDate != null || lastDate != null;
    }
}
