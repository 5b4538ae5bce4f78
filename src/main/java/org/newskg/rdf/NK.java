/* Generated from ontology/newskg.ttl by scripts/gen-vocab.sh (jena.schemagen). Do not edit. */
package org.newskg.rdf;
import org.apache.jena.rdf.model.*;

/**
 * Vocabulary of the newskg ontology (namespace https://w3id.org/newskg/ns#).
 */
@SuppressWarnings({"removal", "deprecated"})
public class NK {
    /** <p>The RDF model that holds the vocabulary terms</p> */
    private static final Model M_MODEL = ModelFactory.createDefaultModel();
    
    /** <p>The namespace of the vocabulary as a string</p> */
    public static final String NS = "https://w3id.org/newskg/ns#";
    
    /** <p>The namespace of the vocabulary as a string</p>
     * @return namespace as String
     * @see #NS */
    public static String getURI() {return NS;}
    
    /** <p>The namespace of the vocabulary as a resource</p> */
    public static final Resource NAMESPACE = M_MODEL.createResource( NS );
    
    /** <p>The ontology's owl:versionInfo as a string</p> */
    public static final String VERSION_INFO = "1.6";
    
    /** <p>The text covered by a span. Not stored since 1.2: SUBSTR of the article's 
     *  schema:text at the span IRI's offsets (see nk:Mention).</p>
     */
    public static final Property anchorText = M_MODEL.createProperty( "https://w3id.org/newskg/ns#anchorText" );
    
    /** <p>Number of distinct articles counted (at least 1); one per tally in each statistics 
     *  graph, the graph saying along what it is counted.</p>
     */
    public static final Property articleCount = M_MODEL.createProperty( "https://w3id.org/newskg/ns#articleCount" );
    
    /** <p>Stable id of the article, unique in a store; the last path segment of the 
     *  article IRI (before percent-encoding).</p>
     */
    public static final Property articleId = M_MODEL.createProperty( "https://w3id.org/newskg/ns#articleId" );
    
    /** <p>Start of a span, 0-based, inclusive. Not stored since 1.2 (1.1 stored UTF-16 
     *  units): the first number of the span IRI's #char=begin,end, in code points 
     *  (see nk:Mention).</p>
     */
    public static final Property beginIndex = M_MODEL.createProperty( "https://w3id.org/newskg/ns#beginIndex" );
    
    /** <p>Deprecated in 1.4 (a byline count is nk:articleCount in the graph of its credit): 
     *  the place of a byline tally of 1.3.</p>
     */
    public static final Property bylineCountOf = M_MODEL.createProperty( "https://w3id.org/newskg/ns#bylineCountOf" );
    
    /** <p>The byline line as written in the input (e.g. 本报记者 潘银丽 通讯员 王芳).</p> */
    public static final Property bylineText = M_MODEL.createProperty( "https://w3id.org/newskg/ns#bylineText" );
    
    /** <p>One of the two persons that may be the same.</p> */
    public static final Property candidate = M_MODEL.createProperty( "https://w3id.org/newskg/ns#candidate" );
    
    /** <p>How many divisions carry this name (or short form) in the gazetteer, for a 
     *  place left unlinked.</p>
     */
    public static final Property candidateCount = M_MODEL.createProperty( "https://w3id.org/newskg/ns#candidateCount" );
    
    /** <p>A division a place name could refer to, recorded when the context did not 
     *  single one out (the place then has no nk:divisionCode). At most 20 are listed; 
     *  nk:candidateCount gives how many there are.</p>
     */
    public static final Property candidateDivision = M_MODEL.createProperty( "https://w3id.org/newskg/ns#candidateDivision" );
    
    /** <p>The entity whose mentioning articles the tally counts (articles whose graph 
     *  has a nk:refersTo to it).</p>
     */
    public static final Property countOf = M_MODEL.createProperty( "https://w3id.org/newskg/ns#countOf" );
    
    /** <p>The nk:personName of that byline.</p> */
    public static final Property creditedName = M_MODEL.createProperty( "https://w3id.org/newskg/ns#creditedName" );
    
    /** <p>The nk:role of a byline of the articles whose places a graph of byline counts 
     *  counts (the subject is the graph's name; its counts are those of places).</p>
     */
    public static final Property creditedRole = M_MODEL.createProperty( "https://w3id.org/newskg/ns#creditedRole" );
    
    /** <p>Date at which the statement holds: the publication date of the article it 
     *  comes from. Not stored on posts since 1.2 (the article's schema:datePublished).</p>
     */
    public static final Property date = M_MODEL.createProperty( "https://w3id.org/newskg/ns#date" );
    
    /** <p>Statistical division code (GB/T 2260 and the statistical area codes): 6 digits 
     *  for province, prefecture and county (140000, 140400, 140427), 9 for a township, 
     *  12 for a village. Shorter source forms (14, 1404) are written padded to 6 
     *  digits.</p>
     */
    public static final Property divisionCode = M_MODEL.createProperty( "https://w3id.org/newskg/ns#divisionCode" );
    
    /** <p>Id of the input document the article comes from: the file name without extension. 
     *  One document (a newspaper page) may hold several articles.</p>
     */
    public static final Property documentId = M_MODEL.createProperty( "https://w3id.org/newskg/ns#documentId" );
    
    /** <p>End of a span, exclusive. Not stored since 1.2: the second number of the span 
     *  IRI's #char=begin,end, in code points (see nk:Mention).</p>
     */
    public static final Property endIndex = M_MODEL.createProperty( "https://w3id.org/newskg/ns#endIndex" );
    
    /** <p>The linker's stable key of the entity (place/140427, org/壶关县文化和旅游局, person/郭志毅); 
     *  the entity IRI is minted from it. Not stored since 1.2: the IRI's path after 
     *  https://w3id.org/newskg/id/, percent-decoded.</p>
     */
    public static final Property entityKey = M_MODEL.createProperty( "https://w3id.org/newskg/ns#entityKey" );
    
    /** <p>The date the sentence stating a post gives (1月1日, 昨日, 2024年12月30日), resolved 
     *  against the article's publication date (a month and day take the nearest year; 
     *  昨日 is the day before). Not the publication date: that is nk:date and schema:datePublished 
     *  of the article.</p>
     */
    public static final Property eventDate = M_MODEL.createProperty( "https://w3id.org/newskg/ns#eventDate" );
    
    /** <p>Why the two may be the same, as the linker states it.</p> */
    public static final Property evidence = M_MODEL.createProperty( "https://w3id.org/newskg/ns#evidence" );
    
    /** <p>In the identity graph of one name: the person resource is a member of that 
     *  name (it has the name as its rdfs:label and an article mentions it), and this 
     *  is the first article (by IRI) that mentions it. Every person of the name is 
     *  a member; the first 40 by key are paired by nk:possiblySameAs. Kept so that 
     *  new articles update the links from this graph alone.</p>
     */
    public static final Property firstArticle = M_MODEL.createProperty( "https://w3id.org/newskg/ns#firstArticle" );
    
    /** <p>Earliest publication date of the articles a pair tally counts (absent when 
     *  none is dated).</p>
     */
    public static final Property firstDate = M_MODEL.createProperty( "https://w3id.org/newskg/ns#firstDate" );
    
    public static final Property hasByline = M_MODEL.createProperty( "https://w3id.org/newskg/ns#hasByline" );
    
    /** <p>The region the article's source is at home in (a province, prefecture or county): 
     *  the division that level-prefixed names such as 市人社局 refer to and ambiguous 
     *  places are read in. Given by the user (--home) or inferred from the article's 
     *  page; nk:homeRegionInferred tells which, nk:homeRegionEvidence on what it 
     *  rests.</p>
     */
    public static final Property homeRegion = M_MODEL.createProperty( "https://w3id.org/newskg/ns#homeRegion" );
    
    /** <p>What the article's nk:homeRegion rests on, in short: 'given', or for an inferred 
     *  one e.g. 'paper name 长治日报; dateline 长治讯; 3 of 4 place names'.</p>
     */
    public static final Property homeRegionEvidence = M_MODEL.createProperty( "https://w3id.org/newskg/ns#homeRegionEvidence" );
    
    /** <p>True when the article's nk:homeRegion was inferred from its page (the paper's 
     *  name, datelines, the prefecture most of its place names lie in); false when 
     *  it was given.</p>
     */
    public static final Property homeRegionInferred = M_MODEL.createProperty( "https://w3id.org/newskg/ns#homeRegionInferred" );
    
    /** <p>Stated once, in the graph https://w3id.org/newskg/id/graph/identity about 
     *  that graph: the layout of the identity graphs of the store. 2: every name's 
     *  identity graph records its members (nk:firstArticle). Without it the store 
     *  is of the layout before ontology 1.6 and its members are computed from the 
     *  article graphs once.</p>
     */
    public static final Property identityLayout = M_MODEL.createProperty( "https://w3id.org/newskg/ns#identityLayout" );
    
    /** <p>The article whose text holds a span. Not stored since 1.2: the article is 
     *  the graph that holds the span's triples and the span IRI before '#'.</p>
     */
    public static final Property inArticle = M_MODEL.createProperty( "https://w3id.org/newskg/ns#inArticle" );
    
    /** <p>Latest publication date of the articles a pair tally counts, stated only when 
     *  it differs from nk:firstDate (since 1.5; absent when none is dated): read 
     *  it as COALESCE(?last, ?first).</p>
     */
    public static final Property lastDate = M_MODEL.createProperty( "https://w3id.org/newskg/ns#lastDate" );
    
    /** <p>Level in the administrative hierarchy: 1 province, 2 prefecture, 3 county, 
     *  4 township, 5 village.</p>
     */
    public static final Property level = M_MODEL.createProperty( "https://w3id.org/newskg/ns#level" );
    
    /** <p>The place an organisation belongs to or sits in, as its name or the text states 
     *  (壶关县文化和旅游局 locatedIn 壶关县; 交通银行长治分行 locatedIn 长治市; X公司位于壶关县), or as the article's 
     *  focus suggests (then nk:locationInferred true in the same graph). Combine 
     *  with nk:partOf* for everything inside a region.</p>
     */
    public static final Property locatedIn = M_MODEL.createProperty( "https://w3id.org/newskg/ns#locatedIn" );
    
    /** <p>True on a place or organisation in an article's graph when its nk:partOf or 
     *  nk:locatedIn in that graph was inferred from the places the article is about 
     *  (its focus: e.g. a scenic spot of an article about 壶关县 is put in 壶关县; a company 
     *  named after its province, in the county the article is about), not stated 
     *  next to it (上党区荫城镇, X位于壶关县, 壶关县文旅局). Absent when the location is stated.</p>
     */
    public static final Property locationInferred = M_MODEL.createProperty( "https://w3id.org/newskg/ns#locationInferred" );
    
    /** <p>Month of publication, yyyy-MM (the first seven characters of schema:datePublished), 
     *  of the counts in a graph of monthly counts (the subject is the graph's name).</p>
     */
    public static final Property month = M_MODEL.createProperty( "https://w3id.org/newskg/ns#month" );
    
    /** <p>Deprecated in 1.4 (a monthly count is nk:articleCount in the graph of its 
     *  month): the entity of a monthly tally of 1.3.</p>
     */
    public static final Property monthlyCountOf = M_MODEL.createProperty( "https://w3id.org/newskg/ns#monthlyCountOf" );
    
    /** <p>Deprecated in 1.4 (the organisation's tally carries the count in the person's 
     *  graph of pairs): the organisation of a pair tally of 1.3.</p>
     */
    public static final Property pairOrganization = M_MODEL.createProperty( "https://w3id.org/newskg/ns#pairOrganization" );
    
    /** <p>The person of a graph of person–organisation counts (the subject is the graph's 
     *  name): each count, on an organisation's tally, is the number of articles whose 
     *  graph mentions both, each typed (nk:Person, nk:Organization) in that graph.</p>
     */
    public static final Property pairPerson = M_MODEL.createProperty( "https://w3id.org/newskg/ns#pairPerson" );
    
    /** <p>Direct containment: the subject lies within the object (荫城镇 partOf 上党区; a 
     *  division partOf its parent division). Only direct links are stated; use the 
     *  SPARQL path nk:partOf+ (or nk:partOfTransitive with an OWL reasoner) for the 
     *  whole chain.</p>
     */
    public static final Property partOf = M_MODEL.createProperty( "https://w3id.org/newskg/ns#partOf" );
    
    /** <p>Transitive closure of nk:partOf. Not stated in the data; inferred by a reasoner 
     *  or written as nk:partOf+ in SPARQL.</p>
     */
    public static final Property partOfTransitive = M_MODEL.createProperty( "https://w3id.org/newskg/ns#partOfTransitive" );
    
    /** <p>The person entity credited, when the name was resolved to one.</p> */
    public static final Property person = M_MODEL.createProperty( "https://w3id.org/newskg/ns#person" );
    
    /** <p>The credited name as written.</p> */
    public static final Property personName = M_MODEL.createProperty( "https://w3id.org/newskg/ns#personName" );
    
    /** <p>The two person entities may be one person (same name, compatible context), 
     *  unconfirmed; weaker than owl:sameAs. Both directions are stated; the evidence 
     *  is an nk:SameAsCandidate node.</p>
     */
    public static final Property possiblySameAs = M_MODEL.createProperty( "https://w3id.org/newskg/ns#possiblySameAs" );
    
    /** <p>Stated on the statistics graph (in it) while `newskg recount` replaces the 
     *  statistics; a store found with it is recounted again.</p>
     */
    public static final Property recounting = M_MODEL.createProperty( "https://w3id.org/newskg/ns#recounting" );
    
    /** <p>The entity the mention refers to, as resolved by the linker.</p> */
    public static final Property refersTo = M_MODEL.createProperty( "https://w3id.org/newskg/ns#refersTo" );
    
    public static final Property role = M_MODEL.createProperty( "https://w3id.org/newskg/ns#role" );
    
    /** <p>Path of the input file, as given to the ingester (provenance). Stated once 
     *  on the article.</p>
     */
    public static final Property sourceFile = M_MODEL.createProperty( "https://w3id.org/newskg/ns#sourceFile" );
    
    /** <p>1-based line of the input file where the article starts (JSON Lines, CSV); 
     *  absent when not applicable.</p>
     */
    public static final Property sourceLine = M_MODEL.createProperty( "https://w3id.org/newskg/ns#sourceLine" );
    
    /** <p>Name of the source as stated in the input (a newspaper, a portal).</p> */
    public static final Property sourceName = M_MODEL.createProperty( "https://w3id.org/newskg/ns#sourceName" );
    
    /** <p>The span of the article's text that states a post or names a byline's person: 
     *  an RFC 5147 span IRI &lt;article IRI&gt;#char=&lt;begin&gt;,&lt;end&gt; (code 
     *  points; see nk:Mention for reading offsets and anchor text).</p>
     */
    public static final Property span = M_MODEL.createProperty( "https://w3id.org/newskg/ns#span" );
    
    /** <p>The class (nk:Person, nk:Organization, nk:Place: the one an entity IRI is 
     *  minted under) of the entities whose counts a graph of monthly counts holds 
     *  (the subject is the graph's name).</p>
     */
    public static final Property tallyClass = M_MODEL.createProperty( "https://w3id.org/newskg/ns#tallyClass" );
    
    /** <p>The title of the post as written (局长, 党委书记, 总经理).</p> */
    public static final Property title = M_MODEL.createProperty( "https://w3id.org/newskg/ns#title" );
    
    /** <p>A node of the Chinese administrative hierarchy (province, prefecture, county, 
     *  township, village). Carries its level and, when known, its statistical division 
     *  code; nk:partOf links it to its parent.</p>
     */
    public static final Resource AdministrativeDivision = M_MODEL.createResource( "https://w3id.org/newskg/ns#AdministrativeDivision" );
    
    /** <p>One news article as read from an input file. Its IRI is https://w3id.org/newskg/id/article/&lt;id&gt; 
     *  and is also the name of the named graph that holds everything derived from 
     *  it.</p>
     */
    public static final Resource Article = M_MODEL.createResource( "https://w3id.org/newskg/ns#Article" );
    
    /** <p>Banks, including their branches.</p> */
    public static final Resource Bank = M_MODEL.createResource( "https://w3id.org/newskg/ns#Bank" );
    
    /** <p>A credit with a role word in an article (本报记者 潘银丽, 李燎原 摄): a qualified attribution 
     *  of the article to the credited person (nk:person) in a role (nk:role). The 
     *  name's place in the text is its nk:span. IRI: the article IRI + '#b&lt;begin&gt;' 
     *  (+ '.&lt;n&gt;' for a second role of the same name).</p>
     */
    public static final Resource Byline = M_MODEL.createResource( "https://w3id.org/newskg/ns#Byline" );
    
    /** <p>The role a byline credits: reporter, correspondent, photographer or editor.</p> */
    public static final Resource BylineRole = M_MODEL.createResource( "https://w3id.org/newskg/ns#BylineRole" );
    
    /** <p>Prefecture-level division (地级市, 地区, 自治州, 盟); level 2.</p> */
    public static final Resource City = M_MODEL.createResource( "https://w3id.org/newskg/ns#City" );
    
    /** <p>Companies, including cooperatives.</p> */
    public static final Resource Company = M_MODEL.createResource( "https://w3id.org/newskg/ns#Company" );
    
    /** <p>County-level division (县, 县级市, 市辖区, 旗); level 3.</p> */
    public static final Resource County = M_MODEL.createResource( "https://w3id.org/newskg/ns#County" );
    
    /** <p>Government bodies and departments, including people's congresses (人大).</p> */
    public static final Resource GovernmentAgency = M_MODEL.createResource( "https://w3id.org/newskg/ns#GovernmentAgency" );
    
    public static final Resource Hospital = M_MODEL.createResource( "https://w3id.org/newskg/ns#Hospital" );
    
    public static final Resource Media = M_MODEL.createResource( "https://w3id.org/newskg/ns#Media" );
    
    /** <p>An n-ary statement that a person holds a post at an organisation, as one article 
     *  states it (壶关县文旅局局长郭志毅): org:member the person, org:organization the organisation, 
     *  nk:title the post title, nk:span the evidence span, nk:eventDate the date 
     *  its sentence states (when it states one). The article it comes from is the 
     *  graph holding it (GRAPH ?article), its date the article's schema:datePublished. 
     *  IRI: the article IRI + '#p&lt;begin&gt;-&lt;end&gt;' (+ '.&lt;n&gt;' when 
     *  one span gives several posts).</p>
     */
    public static final Resource Membership = M_MODEL.createResource( "https://w3id.org/newskg/ns#Membership" );
    
    /** <p>One occurrence of a named entity in an article's text: the span IRI &lt;article 
     *  IRI&gt;#char=&lt;begin&gt;,&lt;end&gt; (RFC 5147, as NIF 2.0 names strings) 
     *  with one triple, nk:refersTo the entity, in the article's graph. Offsets count 
     *  Unicode code points of the article's schema:text, begin inclusive, end exclusive 
     *  (the unit of RFC 5147, NIF, Web Annotation and SPARQL's SUBSTR/STRLEN). The 
     *  class is not stated (it is the domain of nk:refersTo), nor are the offsets, 
     *  article and anchor text, which the IRI and the article give: in SPARQL BIND(STRAFTER(STR(?m), 
     *  "#char=") AS ?r) BIND(xsd:integer(STRBEFORE(?r, ",")) AS ?begin) BIND(xsd:integer(STRAFTER(?r, 
     *  ",")) AS ?end) GRAPH ?article { ?m nk:refersTo ?entity } ?article schema:text 
     *  ?text BIND(SUBSTR(?text, ?begin + 1, ?end - ?begin) AS ?anchor) (queries/mention-spans.rq). 
     *  Java strings count UTF-16 units: convert with String.offsetByCodePoints.</p>
     */
    public static final Resource Mention = M_MODEL.createResource( "https://w3id.org/newskg/ns#Mention" );
    
    /** <p>A named, specific person, place or organisation that articles mention. Its 
     *  IRI is minted from the linker's entity key: https://w3id.org/newskg/id/person/..., 
     *  .../place/..., .../org/...; coded administrative places are .../place/&lt;division 
     *  code&gt;.</p>
     */
    public static final Resource NamedEntity = M_MODEL.createResource( "https://w3id.org/newskg/ns#NamedEntity" );
    
    public static final Resource Organization = M_MODEL.createResource( "https://w3id.org/newskg/ns#Organization" );
    
    /** <p>Other organisations: CPPCC bodies (政协), village committees (村委会), ad-hoc teams 
     *  (考核组, 工作队).</p>
     */
    public static final Resource OtherOrganization = M_MODEL.createResource( "https://w3id.org/newskg/ns#OtherOrganization" );
    
    /** <p>Mountains, rivers, regions, roads, development zones, industrial parks.</p> */
    public static final Resource OtherPlace = M_MODEL.createResource( "https://w3id.org/newskg/ns#OtherPlace" );
    
    /** <p>Party committees and branches (县委, 村党支部) and democratic-party committees.</p> */
    public static final Resource PartyOrganization = M_MODEL.createResource( "https://w3id.org/newskg/ns#PartyOrganization" );
    
    public static final Resource Person = M_MODEL.createResource( "https://w3id.org/newskg/ns#Person" );
    
    /** <p>A photo caption of a newspaper page that belongs to none of the page's articles 
     *  (a photo news item), stored as an item of its own: text, photo credit (nk:bylineText) 
     *  and the document of its page (nk:documentId).</p>
     */
    public static final Resource PhotoCaption = M_MODEL.createResource( "https://w3id.org/newskg/ns#PhotoCaption" );
    
    public static final Resource Place = M_MODEL.createResource( "https://w3id.org/newskg/ns#Place" );
    
    /** <p>Province-level division (省, 自治区, 直辖市); level 1.</p> */
    public static final Resource Province = M_MODEL.createResource( "https://w3id.org/newskg/ns#Province" );
    
    /** <p>Evidence for one nk:possiblySameAs statement: its two nk:candidate persons, 
     *  the nk:evidence text, and prov:wasDerivedFrom the article. IRI: the article 
     *  IRI + '#same&lt;n&gt;'.</p>
     */
    public static final Resource SameAsCandidate = M_MODEL.createResource( "https://w3id.org/newskg/ns#SameAsCandidate" );
    
    /** <p>Scenic areas, named gorges, parks, landmarks, museums, memorials, halls, passes.</p> */
    public static final Resource ScenicSpot = M_MODEL.createResource( "https://w3id.org/newskg/ns#ScenicSpot" );
    
    public static final Resource School = M_MODEL.createResource( "https://w3id.org/newskg/ns#School" );
    
    /** <p>The counts of one entity kept in the statistics graphs, derived from the article 
     *  graphs and kept up to date by the store at every write (ingest, re-ingest, 
     *  delete, load; `newskg recount` recounts a store). The tally says its entity 
     *  by nk:countOf and the number of articles mentioning it by nk:articleCount, 
     *  both in the statistics graph; its other counts are nk:articleCount in the 
     *  graph of what they are counted along (a month and class, a byline credit, 
     *  a person's pairs). The class is not stated on the nodes. IRI: https://w3id.org/newskg/id/stat/entity/&lt;hash 
     *  of the entity IRI&gt;. A count that falls to zero is removed.</p>
     */
    public static final Resource Tally = M_MODEL.createResource( "https://w3id.org/newskg/ns#Tally" );
    
    /** <p>Township-level division (乡, 镇, 街道); level 4.</p> */
    public static final Resource Township = M_MODEL.createResource( "https://w3id.org/newskg/ns#Township" );
    
    /** <p>Village-level division (村, 社区); level 5.</p> */
    public static final Resource Village = M_MODEL.createResource( "https://w3id.org/newskg/ns#Village" );
    
    public static final Resource Correspondent = M_MODEL.createResource( "https://w3id.org/newskg/ns#Correspondent" );
    
    public static final Resource Editor = M_MODEL.createResource( "https://w3id.org/newskg/ns#Editor" );
    
    public static final Resource Photographer = M_MODEL.createResource( "https://w3id.org/newskg/ns#Photographer" );
    
    public static final Resource Reporter = M_MODEL.createResource( "https://w3id.org/newskg/ns#Reporter" );
    
}
