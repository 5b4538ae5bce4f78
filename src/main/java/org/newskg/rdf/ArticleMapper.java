package org.newskg.rdf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.newskg.extract.Byline;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.ingest.Article;
import org.newskg.ingest.EventDates;
import org.newskg.ingest.PageArticle;
import org.newskg.link.Division;
import org.newskg.link.Entity;
import org.newskg.link.HomeRegion;
import org.newskg.link.LinkedArticle;
import org.newskg.link.LinkedPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps one linked article to RDF (see ontology/newskg.ttl): the graph stored as the article's named graph, and the
 * descriptions of the administrative divisions it touches. The article graph holds what the article says: the
 * article, its mentions, posts, bylines and identity candidates, the entities as it names them (a place linked to
 * a division: its coarse type, label, alternate names and entity key), place containment stated in the text,
 * organisations' locations and parents; replacing the named graph replaces everything the article contributed.
 * The divisions (type, level class, label, code, level, parent, for each division of the places' chains up to the
 * province) are reference data from the gazetteer: they are returned beside the graph, for the store's one shared
 * graph ({@link Iris#DIVISIONS_GRAPH}). Offsets are Java String indices (UTF-16 units). Stateless and thread-safe.
 */
public final class ArticleMapper {
    /** At most this many candidate divisions are written for an unlinked place. */
    public static final int MAX_CANDIDATES = 20;

    static {
        JenaSystem.init(); // before touching vocabulary classes such as RDF
    }

    private static final Logger LOG = LoggerFactory.getLogger(ArticleMapper.class);
    private static final Node TYPE = RDF.type.asNode();

    /** The name of the article's graph in the store: the article IRI. */
    public static Node graphName(String articleId) {
        return Iris.article(articleId);
    }

    /**
     * The article's graph under its name ({@link #graphName}) and the descriptions of the divisions it touches, as
     * the store takes them.
     *
     * @throws IllegalArgumentException when the linked article is inconsistent: a mention, post or partOf
     *                                  naming an unknown entity key, a mention whose text is not at its offsets,
     *                                  a date not in yyyy-MM-dd form
     */
    public MappedArticle map(LinkedArticle la) {
        Run run = new Run(la);
        Graph g = run.map();
        return new MappedArticle(graphName(la.article().id()), g, run.divisionDescriptions);
    }

    /**
     * The article's graph alone (what {@link #map} puts under the article's name), without the division descriptions.
     *
     * @throws IllegalArgumentException as {@link #map}
     */
    public Graph toGraph(LinkedArticle la) {
        return map(la).graph();
    }

    /** The state of mapping one article. */
    private static final class Run {
        private final LinkedArticle la;
        private final Article article;
        private final String id;
        private final Node articleNode;
        private final Graph g = GraphFactory.createDefaultGraph();
        private final Node date;
        private final LocalDate published;
        private final Map<String, Division> divisionsByCode = new TreeMap<>();
        /** Division code → the division's description, for the shared graph of divisions. */
        private final Map<String, List<Triple>> divisionDescriptions = new TreeMap<>();
        private final Set<String> fragments = new HashSet<>();

        Run(LinkedArticle la) {
            this.la = la;
            this.article = la.article();
            this.id = article.id();
            this.articleNode = Iris.article(id);
            this.date = article.date() == null ? null : date(article.date());
            this.published = date == null ? null : LocalDate.parse(date.getLiteralLexicalForm());
            for (Division d : la.divisions()) {
                try {
                    divisionsByCode.put(Iris.normalizeCode(d.code()), d);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("article " + id + ": division " + d.name() + ": " + e.getMessage(), e);
                }
            }
        }

        Graph map() {
            article();
            new TreeMap<>(la.entities()).values().forEach(this::entity);
            divisionsByCode.forEach(this::division);
            mentions();
            la.positions().forEach(this::position);
            partOf();
            bylines();
            possiblySame();
            candidates();
            return g;
        }

        /** Places left unlinked keep the divisions they could be (up to 20) and how many there are. */
        private void candidates() {
            for (Map.Entry<String, List<String>> e : new TreeMap<>(la.unresolved()).entrySet()) {
                if (!la.entities().containsKey(e.getKey()) || la.entities().get(e.getKey()).type() != EntityType.Place)
                    throw new IllegalArgumentException("article " + id + ": candidates for " + e.getKey() + ", not a place of the article");
                Node place = Iris.entity(e.getKey());
                add(place, NK.candidateCount, integer(e.getValue().size()));
                e.getValue().stream().sorted().limit(MAX_CANDIDATES)
                        .forEach(code -> add(place, NK.candidateDivision, Iris.division(code)));
            }
        }

        private void article() {
            add(articleNode, TYPE, NK.Article);
            if (article.kind() == PageArticle.Kind.CAPTION) add(articleNode, TYPE, NK.PhotoCaption);
            add(articleNode, NK.articleId, str(id));
            add(articleNode, NK.documentId, str(article.doc()));
            optional(articleNode, SchemaDO.headline, article.title());
            if (date != null) add(articleNode, SchemaDO.datePublished, date);
            optional(articleNode, NK.sourceName, article.source());
            if (article.url() != null && !article.url().isBlank()) {
                String url = article.url().strip();
                if (XSDDatatype.XSDanyURI.isValid(url)) add(articleNode, SchemaDO.url, typed(url, XSDDatatype.XSDanyURI));
                else LOG.warn("article {}: url '{}' is not a valid xsd:anyURI, left out", id, url);
            }
            optional(articleNode, NK.sourceFile, article.file());
            if (article.line() > 0) add(articleNode, NK.sourceLine, integer(article.line()));
            optional(articleNode, NK.bylineText, article.byline());
            add(articleNode, SchemaDO.text, str(article.text()));
            homeRegion();
        }

        /** The home region the article was linked in: the division (described beside the graph), given or inferred, why. */
        private void homeRegion() {
            HomeRegion home = la.home();
            if (home == null) return;
            String code;
            try {
                code = Iris.normalizeCode(home.division().code());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("article " + id + ": home region " + home.division().name() + ": " + e.getMessage(), e);
            }
            if (!divisionsByCode.containsKey(code))
                throw new IllegalArgumentException("article " + id + ": home region " + code + " is not among the article's divisions");
            add(articleNode, NK.homeRegion, Iris.division(code));
            add(articleNode, NK.homeRegionInferred, typed(Boolean.toString(home.inferred()), XSDDatatype.XSDboolean));
            add(articleNode, NK.homeRegionEvidence, str(home.evidence()));
        }

        private Node date(String iso) {
            try {
                return typed(LocalDate.parse(iso).toString(), XSDDatatype.XSDdate);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("article " + id + ": date '" + iso + "' is not yyyy-MM-dd", e);
            }
        }

        private void entity(Entity e) {
            Node n = Iris.entity(e.key());
            String code;
            try {
                code = e.code() == null ? null : Iris.normalizeCode(e.code());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("article " + id + ": entity " + e.key() + ": " + ex.getMessage(), ex);
            }
            Division division = code == null ? null : divisionsByCode.get(code);
            if (division != null && n.equals(Iris.division(code))) {
                // the place is the division described in the shared graph (type, label, code, level, parent): the
                // article adds only the names it uses beyond the division's own
                String name = division.name();
                if (!e.label().equals(name)) add(n, SKOS.altLabel, str(e.label()));
                for (String alt : new TreeSet<>(e.altLabels()))
                    if (!alt.equals(name) && !alt.equals(e.label())) add(n, SKOS.altLabel, str(alt));
                return;
            }
            add(n, TYPE, coarseClass(e.type()));
            Level level = e.type() == EntityType.Place ? Level.ofSubtype(e.subtype()) : null;
            if (level != null && division == null) {
                // an administrative place without a division record: its level comes from the subtype
                add(n, TYPE, NK.AdministrativeDivision);
                add(n, TYPE, level.cls);
                add(n, NK.level, integer(level.number));
            } else if (level == null) {
                Resource subclass = Subtypes.classOf(e.type(), e.subtype(), e.key());
                if (subclass != null) add(n, TYPE, subclass);
            }
            add(n, RDFS.label, str(e.label()));
            for (String alt : new TreeSet<>(e.altLabels()))
                if (!alt.equals(e.label())) add(n, SKOS.altLabel, str(alt));
            // no nk:entityKey: the IRI is minted from the key and gives it back (Iris.key)
            // a place linked to a division described beside the graph is that division (same IRI): its code is in
            // the description, once for the store, rather than in every article naming it
            if (code != null && (division == null || !n.equals(Iris.division(code)))) add(n, NK.divisionCode, str(code));
        }

        /** The division's description (not part of the article graph): the same for every article touching it. */
        private void division(String code, Division d) {
            Level level = Level.ofDivision(d);
            Node n = Iris.division(code);
            List<Triple> t = new ArrayList<>(7);
            t.add(Triple.create(n, TYPE, NK.Place.asNode()));
            t.add(Triple.create(n, TYPE, NK.AdministrativeDivision.asNode()));
            t.add(Triple.create(n, TYPE, level.cls));
            t.add(Triple.create(n, RDFS.label.asNode(), str(d.name())));
            t.add(Triple.create(n, NK.divisionCode.asNode(), str(code)));
            t.add(Triple.create(n, NK.level.asNode(), integer(level.number)));
            if (d.parentCode() != null) t.add(Triple.create(n, NK.partOf.asNode(), Iris.division(d.parentCode())));
            divisionDescriptions.put(code, t);
        }

        private void mentions() {
            List<Mention> mentions = la.extraction().mentions();
            String text = article.text();
            CodePoints cp = new CodePoints(text);
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.end() > text.length() || !text.startsWith(m.text(), m.start()))
                    throw new IllegalArgumentException("article " + id + ": mention '" + m.text() + "' is not at ["
                            + m.start() + "," + m.end() + ") of the article text");
                String key = la.mentionKeys().get(i);
                if (!la.entities().containsKey(key))
                    throw new IllegalArgumentException("article " + id + ": mention '" + m.text() + "' at "
                            + m.start() + " refers to unknown entity " + key);
                // one triple per occurrence: the span IRI carries the article and the offsets, the article's text the
                // anchor text, the graph the provenance; nk:Mention is the domain of nk:refersTo
                add(cp.span(id, m.start(), m.end()), NK.refersTo, Iris.entity(key));
            }
        }

        private void position(LinkedPosition p) {
            requireEntity(p.personKey(), "post " + p.title());
            requireEntity(p.orgKey(), "post " + p.title());
            Node n = fragment("p" + p.start() + "-" + p.end());
            add(n, TYPE, NK.Membership);
            add(n, ORG.member, Iris.entity(p.personKey()));
            add(n, ORG.organization, Iris.entity(p.orgKey()));
            add(n, NK.title, str(p.title()));
            // the article (provenance) is the graph's name, its date the article's schema:datePublished
            String text = article.text();
            // the date the post's sentence states (1月1日, 昨日), never taken for the publication date
            LocalDate event = EventDates.inSentence(text, p.start(), p.end(), published);
            if (event != null) add(n, NK.eventDate, typed(event.toString(), XSDDatatype.XSDdate));
            if (p.start() >= 0 && p.start() < p.end() && p.end() <= text.length())
                add(n, NK.span, new CodePoints(text).span(id, p.start(), p.end()));
        }

        private void partOf() {
            for (Map.Entry<String, String> e : la.partOf()) {
                EntityType child = typeOf(e.getKey());
                EntityType parent = typeOf(e.getValue());
                Node c = Iris.entity(e.getKey()), p = Iris.entity(e.getValue());
                if (child == EntityType.Place && parent == EntityType.Place) add(c, NK.partOf, p);
                else if (child == EntityType.Organization && parent == EntityType.Place) add(c, NK.locatedIn, p);
                else if (child == EntityType.Organization && parent == EntityType.Organization) add(c, ORG.subOrganizationOf, p);
                else throw new IllegalArgumentException("article " + id + ": no containment relation from "
                        + child + " " + e.getKey() + " to " + parent + " " + e.getValue());
                if (parent == EntityType.Place && la.locatedByContext().contains(e.getKey()))
                    add(c, NK.locationInferred, typed("true", XSDDatatype.XSDboolean));
            }
        }

        private void bylines() {
            String text = article.text();
            for (Byline b : la.extraction().bylines()) {
                Node n = fragment("b" + b.start());
                add(articleNode, NK.hasByline, n);
                add(n, TYPE, NK.Byline);
                add(n, NK.role, roleIndividual(b.role()));
                add(n, NK.personName, str(b.person()));
                if (b.start() >= 0 && text.startsWith(b.person(), b.start()))
                    add(n, NK.span, new CodePoints(text).span(id, b.start(), b.start() + b.person().length()));
                String key = bylinePerson(b);
                if (key != null) add(n, NK.person, Iris.entity(key));
            }
        }

        /** The person entity a byline credits: the person mention at its offset, else the only person so named. */
        private String bylinePerson(Byline b) {
            List<Mention> mentions = la.extraction().mentions();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.type() == EntityType.Person && m.start() == b.start() && m.text().equals(b.person()))
                    return la.mentionKeys().get(i);
            }
            String found = null;
            for (Entity e : la.entities().values()) {
                if (e.type() == EntityType.Person && e.label().equals(b.person())) {
                    if (found != null) return null; // ambiguous
                    found = e.key();
                }
            }
            return found;
        }

        private void possiblySame() {
            int i = 0;
            for (LinkedArticle.PossiblySame ps : la.possiblySame()) {
                if (ps.keyA().equals(ps.keyB())) continue; // says nothing
                Node a = Iris.entity(ps.keyA());
                Node b = Iris.entity(ps.keyB());
                add(a, NK.possiblySameAs, b);
                add(b, NK.possiblySameAs, a);
                Node n = fragment("same" + (++i));
                add(n, TYPE, NK.SameAsCandidate);
                add(n, NK.candidate, a);
                add(n, NK.candidate, b);
                optional(n, NK.evidence, ps.evidence());
                add(n, PROV.wasDerivedFrom, articleNode);
            }
        }

        private void requireEntity(String key, String what) {
            if (!la.entities().containsKey(key))
                throw new IllegalArgumentException("article " + id + ": " + what + " names unknown entity " + key);
        }

        /** Type of an entity of this article, or Place for a division of its hierarchy; unknown keys are an error. */
        private EntityType typeOf(String key) {
            Entity e = la.entities().get(key);
            if (e != null) return e.type();
            Node n = Iris.entity(key);
            for (String code : divisionsByCode.keySet())
                if (Iris.division(code).equals(n)) return EntityType.Place;
            throw new IllegalArgumentException("article " + id + ": containment names unknown entity " + key);
        }

        /** A node inside the article: the article IRI + '#' + base, with '.2', '.3', ... when base repeats. */
        private Node fragment(String base) {
            String f = base;
            for (int n = 2; !fragments.add(f); n++) f = base + "." + n;
            return Iris.inArticle(id, f);
        }

        private void add(Node s, Node p, Node o) {
            g.add(s, p, o);
        }

        private void add(Node s, Resource p, Node o) {
            g.add(s, p.asNode(), o);
        }

        private void add(Node s, Node p, Resource o) {
            g.add(s, p, o.asNode());
        }

        private void optional(Node s, Resource p, String value) {
            if (value != null && !value.isBlank()) add(s, p, str(value));
        }
    }

    /** UTF-16 offsets of one text to code points, cheaply when the text has no character outside the BMP. */
    private static final class CodePoints {
        private final String text;
        private final boolean bmp;

        CodePoints(String text) {
            this.text = text;
            this.bmp = text.codePoints().allMatch(Character::isBmpCodePoint);
        }

        Node span(String articleId, int start, int end) {
            return bmp ? Iris.span(articleId, start, end)
                    : Iris.span(articleId, Offsets.toCodePoints(text, start), Offsets.toCodePoints(text, end));
        }
    }

    private static Node coarseClass(EntityType type) {
        return switch (type) {
            case Person -> NK.Person.asNode();
            case Place -> NK.Place.asNode();
            case Organization -> NK.Organization.asNode();
        };
    }

    private static Node roleIndividual(Byline.Role role) {
        return switch (role) {
            case reporter -> NK.Reporter.asNode();
            case correspondent -> NK.Correspondent.asNode();
            case photographer -> NK.Photographer.asNode();
            case editor -> NK.Editor.asNode();
        };
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static Node typed(String lexical, RDFDatatype dt) {
        return NodeFactory.createLiteralDT(lexical, dt);
    }

    /** Administrative levels: class and number (1 province ... 5 village). */
    enum Level {
        Province(NK.Province, 1), City(NK.City, 2), County(NK.County, 3), Township(NK.Township, 4), Village(NK.Village, 5);

        final Node cls;
        final int number;

        Level(Resource cls, int number) {
            this.cls = cls.asNode();
            this.number = number;
        }

        /** The level a place subtype names, or null for a non-administrative subtype. */
        static Level ofSubtype(String subtype) {
            if (subtype == null) return null;
            for (Level l : values()) if (l.name().equalsIgnoreCase(subtype)) return l;
            return null;
        }

        static Level ofDivision(Division d) {
            Level l = ofSubtype(d.level());
            if (l == null)
                throw new IllegalArgumentException("division " + d.code() + " " + d.name() + ": unknown level '" + d.level() + "'");
            return l;
        }
    }

    /** Guideline subtypes (other than administrative levels) to classes. */
    static final class Subtypes {
        // guideline names, plus the class names for the two "Other" subtypes
        private static final Map<String, Resource> PLACE = Map.of(
                "ScenicSpot", NK.ScenicSpot, "Other", NK.OtherPlace, "OtherPlace", NK.OtherPlace);
        private static final Map<String, Resource> ORGANIZATION = Map.of(
                "GovernmentAgency", NK.GovernmentAgency, "PartyOrganization", NK.PartyOrganization,
                "Hospital", NK.Hospital, "School", NK.School, "Company", NK.Company, "Bank", NK.Bank,
                "Media", NK.Media, "Other", NK.OtherOrganization, "OtherOrganization", NK.OtherOrganization);

        private Subtypes() {}

        /** The subtype's class, or null (no subtype, a person, or an unknown subtype, which is logged). */
        static Resource classOf(EntityType type, String subtype, String key) {
            if (subtype == null || type == EntityType.Person) return null;
            Resource r = (type == EntityType.Place ? PLACE : ORGANIZATION).get(subtype);
            if (r == null) LOG.warn("entity {}: unknown {} subtype '{}', typed as {} only", key, type, subtype, type);
            return r;
        }
    }
}
