package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.newskg.InvalidInputException;
import org.newskg.rdf.NK;

/**
 * A SPARQL query with declared parameters. Parameters are declared in the header comment, one per line:
 * <pre>
 * # @param place string 长治市   the place whose officials are listed
 * # @param limit int 100
 * </pre>
 * (name, type {@code string|iri|int|date}, default; {@code -} as default makes the parameter required).
 * An {@code iri} value may be a full IRI or a prefixed name with a prefix the query declares ({@code nk:Hospital}).
 * Values are bound as RDF terms by substitution into the parsed query, never by string concatenation. The one
 * exception is {@code LIMIT ?name} (or {@code OFFSET ?name}) for an {@code int} parameter, e.g. the N of a top N per
 * group in a {@code LATERAL} subquery: SPARQL allows only a number there, so the checked value ({@code >= 0}) is
 * written in as digits before the text is parsed ({@link #text(Map)}).
 */
public record QueryTemplate(String name, String text, Map<String, Param> params) {
    /** An absolute IRI starts with a scheme (RFC 3986). */
    private static final Pattern IRI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern LIMIT_PARAM = Pattern.compile("\\b(LIMIT|OFFSET)(\\s+)\\?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAM = Pattern.compile("^#\\s*@param\\s+(\\w+)\\s+(string|iri|int|date)\\s+(\\S+)(?:\\s+(.*))?$");

    public record Param(String name, String type, String defaultValue, String description) {
        /**
         * The value as an RDF term. An {@code iri} value is a full IRI, a prefixed name with a prefix the query
         * declares ({@code nk:Company}), or a bare name of the newskg ontology ({@code Company}, any case, as
         * {@code newskg export --type} takes it); a value in the ontology's namespace must be one of its terms, so a
         * typo ({@code nk:company}) is an error naming the known terms instead of a query without rows.
         */
        public RDFNode toNode(String value, String where, PrefixMapping prefixes) {
            if (type.equals("iri")) return ResourceFactory.createResource(ontologyIri(value, where, prefixes));
            try {
                return switch (type) {
                    case "int" -> ResourceFactory.createTypedLiteral(Long.toString(Long.parseLong(value)), XSDDatatype.XSDinteger);
                    case "date" -> {
                        java.time.LocalDate.parse(value);
                        yield ResourceFactory.createTypedLiteral(value, XSDDatatype.XSDdate);
                    }
                    default -> ResourceFactory.createStringLiteral(value);
                };
            } catch (RuntimeException e) {
                throw new InvalidInputException(where, "parameter " + name + ": '" + value + "' is not a valid " + type);
            }
        }

        private String ontologyIri(String value, String where, PrefixMapping prefixes) {
            String v = value.strip();
            if (!v.contains(":")) {
                String local = OntologyTerms.find(v);
                if (local == null)
                    throw new InvalidInputException(where, "parameter " + name + ": '" + value + "' is neither an IRI, a "
                            + "prefixed name nor a term of the newskg ontology; known: " + OntologyTerms.known());
                return NK.NS + local;
            }
            String iri = prefixes.expandPrefix(v);
            if (iri.equals(v)) iri = org.newskg.rdf.Namespaces.prefixes().expandPrefix(v); // nk:, org:, … as in the data
            if (!IRI_SCHEME.matcher(iri).lookingAt())
                throw new InvalidInputException(where, "parameter " + name + ": '" + value + "' is not a valid iri");
            if (iri.startsWith(NK.NS) && !OntologyTerms.has(iri.substring(NK.NS.length())))
                throw new InvalidInputException(where, "parameter " + name + ": " + value + " is not a term of the "
                        + "newskg ontology; known: " + OntologyTerms.known());
            return iri;
        }
    }

    /** The classes and named individuals of the newskg ontology (the resources of {@link NK}, not its properties). */
    static final class OntologyTerms {
        private static final java.util.SortedSet<String> TERMS = new java.util.TreeSet<>();

        static {
            for (java.lang.reflect.Field f : NK.class.getFields()) {
                if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())
                        || !org.apache.jena.rdf.model.Resource.class.isAssignableFrom(f.getType())
                        || org.apache.jena.rdf.model.Property.class.isAssignableFrom(f.getType())) continue;
                try {
                    String uri = ((org.apache.jena.rdf.model.Resource) f.get(null)).getURI();
                    if (uri != null && uri.startsWith(NK.NS) && uri.length() > NK.NS.length())
                        TERMS.add(uri.substring(NK.NS.length()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        private OntologyTerms() {}

        static boolean has(String local) {
            return TERMS.contains(local);
        }

        /** The term with this local name: exactly, else the one term equal to it ignoring case; or null. */
        static String find(String local) {
            if (TERMS.contains(local)) return local;
            List<String> folded = TERMS.stream().filter(t -> t.equalsIgnoreCase(local)).toList();
            return folded.size() == 1 ? folded.get(0) : null;
        }

        static String known() {
            return String.join(", ", TERMS);
        }
    }

    public QueryTemplate {
        params = Map.copyOf(params);
    }

    public static QueryTemplate parse(String name, String text) {
        Map<String, Param> params = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = PARAM.matcher(line.strip());
            if (m.matches())
                params.put(m.group(1), new Param(m.group(1), m.group(2), "-".equals(m.group(3)) ? null : m.group(3),
                        m.group(4) == null ? "" : m.group(4).strip()));
        }
        return new QueryTemplate(name, text, params);
    }

    public static QueryTemplate load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read query: " + e.getMessage(), e);
        }
    }

    /** A curated query from queries/ (the directory, else the copy bundled in the jar). */
    public static QueryTemplate curated(String name, Path queriesDir) {
        String file = name.endsWith(".rq") ? name : name + ".rq";
        if (queriesDir != null && Files.isRegularFile(queriesDir.resolve(file))) return load(queriesDir.resolve(file));
        try (InputStream in = QueryTemplate.class.getResourceAsStream("/queries/" + file)) {
            if (in == null) throw new InvalidInputException(name, "no such query file or curated query (see `newskg query --list`)");
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException(name, "cannot read query: " + e.getMessage(), e);
        }
    }

    /** Names of the curated queries bundled in the jar. */
    public static List<String> curatedNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = QueryTemplate.class.getResourceAsStream("/queries/index.txt")) {
            if (in == null) return names;
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                if (!l.isBlank()) names.add(l.strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    /**
     * The text to parse: each {@code LIMIT ?name} / {@code OFFSET ?name} of an {@code int} parameter written as the
     * value bound to it ({@code binding}, e.g. from {@link #bind}), else as its default. Other text is unchanged.
     */
    public String text(Map<String, RDFNode> binding) {
        Matcher m = LIMIT_PARAM.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String k = m.group(3);
            Param p = params.get(k);
            if (p == null || !p.type().equals("int"))
                throw new InvalidInputException(name, m.group(1) + " ?" + k + ": only a declared int parameter may stand there");
            RDFNode v = binding.get(k);
            String given = v != null && v.isLiteral() ? v.asLiteral().getLexicalForm() : p.defaultValue();
            long n;
            try {
                n = given == null ? 0 : Long.parseLong(given);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name, "parameter " + k + ": '" + given + "' is not a valid int");
            }
            if (n < 0) throw new InvalidInputException(name, "parameter " + k + ": " + m.group(1).toUpperCase(java.util.Locale.ROOT)
                    + " must be 0 or more, got " + n);
            m.appendReplacement(sb, m.group(1) + m.group(2) + n);
        }
        return m.appendTail(sb).toString();
    }

    /** The first comment block: the question and columns. */
    public String description() {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            sb.append(line.substring(1).strip()).append('\n');
        }
        return sb.toString().strip();
    }

    /** As {@link #bind(Map, PrefixMapping)} with the prefixes the query declares (it is parsed for them). */
    public Map<String, RDFNode> bind(Map<String, String> given) {
        return bind(given, QueryRunner.parse(this).getPrefixMapping());
    }

    /**
     * Binds parameters: given values override defaults; unknown names and missing required ones are errors. An iri
     * value may use the {@code prefixes} of the parsed query ({@code nk:Hospital}).
     */
    public Map<String, RDFNode> bind(Map<String, String> given, PrefixMapping prefixes) {
        Map<String, RDFNode> out = new LinkedHashMap<>();
        for (String k : given.keySet())
            if (!params.containsKey(k))
                throw new InvalidInputException(name, "unknown parameter '" + k + "' (declared: " + params.keySet() + ")");
        for (Param p : params.values()) {
            String v = given.getOrDefault(p.name(), p.defaultValue());
            if (v == null) throw new InvalidInputException(name, "parameter '" + p.name() + "' is required");
            out.put(p.name(), p.toNode(v, name, prefixes));
        }
        return out;
    }
}
