package org.newskg.extract.rules;

import org.newskg.extract.EntityType;

import org.newskg.gazetteer.AgencyTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organisation candidates: a name ending in an organisation suffix (org-suffixes.tsv), extended to the
 * left over name-like tokens, starting at the place that owns it, and checked for being specific
 * (a place, a proper name, a level prefix for agencies) rather than generic (县医院, 该院).
 */
public final class OrgRules {
    static final int PRIO = 40;
    private static final Set<String> LEVEL_ORG_ENDS = Set.of("委", "政府", "人民政府", "人大", "政协");
    private static final Set<String> PARTY_CELLS = Set.of("党委", "党组", "党支部", "党总支");
    private static final List<String> PARTY_PREFIXES = List.of("中国共产党", "中共", "共青团");

    private final Tables t;
    private final AgencyTable agencies;
    /**
     * Full names of public bodies after their owner, from the agency table (市场监督管理局, 疾病预防控制中心,
     * 人力资源和社会保障局): they hold words HanLP tags as verbs (监督管理/v), which end no name inside them.
     */
    private final Set<String> fullBodies;
    private final int maxFullBody;
    private final PlaceIndex index;
    /** Bodies that are parts of a party committee or government and so may contain it (org-sub-bodies.txt). */
    private final Set<String> subBodies;
    /** Democratic parties' names (org-party-prefixes.txt), longest first, and their unit endings (org-party-units.txt). */
    private final List<String> partyPrefixes;
    private final List<String> partyUnits;
    /** Media cue words by kind (media-cues.tsv). */
    private final List<String> mediaEndings, mediaDatelines, mediaCredits, mediaChannels;
    /** National bodies of the built-in lexicon (国务院, 农业农村部): a department written after one is named (…部…司). */
    private final Set<String> nationalBodies;
    /** Verb marks (org-verb-marks.tsv): endings of a verb glued in front (转往), beginnings of a participle (受援). */
    private final Set<Character> leadVerbEnds, passiveMarks;
    /** Bodies of a village or residents' committee: a township written before them is a separate place. */
    private static final Set<String> VILLAGE_BODIES = Set.of("村委会", "居委会", "村委", "居委", "村民委员会", "居民委员会");

    public OrgRules(Tables t, AgencyTable agencies) {
        this(t, agencies, PlaceIndex.NONE);
    }

    /** With the gazetteer: an owning place that HanLP cut in two is taken whole (上/党医学院 → 上党医学院). */
    public OrgRules(Tables t, AgencyTable agencies, PlaceIndex index) {
        this.t = t;
        this.agencies = agencies;
        this.index = index;
        this.subBodies = Tables.words("org-sub-bodies.txt");
        Set<String> bodies = new java.util.HashSet<>();
        for (AgencyTable.Entry a : agencies.entries()) {
            for (String pat : new String[] {a.pattern(), a.provincePattern()}) {
                if (pat == null || !pat.startsWith(AgencyTable.PLACE)) continue;
                String body = pat.substring(AgencyTable.PLACE.length());
                if (body.length() >= 4 && !body.contains(AgencyTable.PLACE)) bodies.add(body);
            }
        }
        this.fullBodies = Set.copyOf(bodies);
        int max = 0;
        for (String b : bodies) max = Math.max(max, b.length());
        this.maxFullBody = max;
        this.partyPrefixes = longestFirst(Tables.words("org-party-prefixes.txt"));
        this.partyUnits = longestFirst(Tables.words("org-party-units.txt"));
        List<String> end = new ArrayList<>(), date = new ArrayList<>(), credit = new ArrayList<>(), chan = new ArrayList<>();
        for (String[] r : Tables.tsv("media-cues.tsv", 2)) {
            switch (r[1].strip()) {
                case "ending" -> end.add(r[0]);
                case "dateline" -> date.add(r[0]);
                case "credit" -> credit.add(r[0]);
                case "channel" -> chan.add(r[0]);
                default -> throw new org.newskg.InvalidInputException("media-cues.tsv", "unknown kind '" + r[1] + "' for " + r[0]);
            }
        }
        this.mediaEndings = longestFirst(end);
        this.mediaDatelines = List.copyOf(date);
        this.mediaCredits = List.copyOf(credit);
        this.mediaChannels = longestFirst(chan);
        Set<String> nat = new java.util.HashSet<>();
        for (String[] r : t.lexicon) if (r[1].equals("Organization") && !r[2].equals("Media") && !r[2].equals("Bank")) nat.add(r[0]);
        this.nationalBodies = Set.copyOf(nat);
        Set<Character> lead = new java.util.HashSet<>(), passive = new java.util.HashSet<>();
        for (String[] r : Tables.tsv("org-verb-marks.tsv", 2)) {
            if (r[0].length() != 1) throw new org.newskg.InvalidInputException("org-verb-marks.tsv", "one character expected: " + r[0]);
            switch (r[1].strip()) {
                case "lead" -> lead.add(r[0].charAt(0));
                case "passive" -> passive.add(r[0].charAt(0));
                default -> throw new org.newskg.InvalidInputException("org-verb-marks.tsv", "unknown kind '" + r[1] + "' for " + r[0]);
            }
        }
        this.leadVerbEnds = Set.copyOf(lead);
        this.passiveMarks = Set.copyOf(passive);
    }

    private static List<String> longestFirst(java.util.Collection<String> words) {
        List<String> l = new ArrayList<>(words);
        l.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return List.copyOf(l);
    }

    /**
     * When a province, city or county name (or its short form) begins up to three characters before {@code start} and
     * runs into the name, the organisation starts with that place: HanLP reads 上党医学院 as 上/f 党/n 医学院 and the
     * direction word 上 stops the leftward extension. Only at a token boundary, and only when the place ends inside the
     * name, so a separate place written before the name is not swallowed.
     */
    private int straddlingOwner(Doc d, int start, int ss, List<Span> places) {
        // 原/b 平遥县: a division found at the start is the owner; no name across it (原平) is
        for (Span p : places) if (p.start() == start && p.rank() >= 1 && p.end() <= ss) return start;
        int max = index.maxUpperLength();
        for (int j = start - 1; j >= Math.max(0, start - 3); j--) {
            if (!d.boundary(j) || !Doc.isHan(d.at(j))) continue;
            for (int k = Math.min(max, ss - j); k >= 2; k--) {
                if (j + k <= start) break;
                if (index.upperNames().containsKey(d.simplified.substring(j, j + k))) return j;
            }
        }
        return start;
    }

    public List<Span> find(Doc d, List<Span> places) {
        List<Span> out = new ArrayList<>();
        for (int e = 1; e <= d.length; e++) {
            if (!d.boundary(e) && !titleFollows(d, e) || !t.orgSuffixEnds.contains(d.simplified.charAt(e - 1))) continue;
            for (int L = Math.min(t.maxOrgSuffix, e); L >= 1; L--) {
                Tables.OrgSuffix os = t.orgSuffixes.get(d.simplified.substring(e - L, e));
                if (os == null) continue;
                // 主委/nnt, 常委/nnt: an ending inside a title word ends no name (民盟X市委会主委沈建华)
                int ti = d.tokenAt(e - L);
                if (d.tokStart(ti) < e - L && d.nature(ti).equals("nnt")) break;
                Span sp = bySuffix(d, e - L, e, os, places, out);
                if (sp != null) out.add(sp);
                break; // the longest ending decides (…大学党委 is no 委)
            }
        }
        aliases(d, out);
        centre(d, out);
        democraticParties(d, out);
        media(d, places, out);
        wireDatelines(d, places, out);
        numberedHospitals(d, out);
        numberedSchools(d, places, out);
        industryBrands(d, out);
        joinSubUnits(d, out);
        return out;
    }

    /**
     * 中央 standing for the party centre (guideline 18) when it heads a list of level bodies: 中央、省委文件, 中央和省市.
     * The word 中央 must be a token of its own, joined by 、, 和 or 及 to a level body found here.
     */
    private void centre(Doc d, List<Span> out) {
        List<Span> add = new ArrayList<>();
        for (Span o : out) {
            int j = o.start() - 3;
            if (j < 0 || !o.rule().startsWith("org:") || !Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(o.start())))) continue;
            String rest = d.simplified.substring(o.start() + 1, o.end());
            if (!LEVEL_ORG_ENDS.contains(rest)) continue; // 省委, 市政府, 县人大
            char c = d.at(o.start() - 1);
            if (c != '、' && c != '和' && c != '及') continue;
            if (!d.startsWith("中央", j) || !d.boundary(j) || d.tokEnd(d.tokenAt(j)) != j + 2) continue;
            add.add(new Span(j, j + 2, EntityType.Organization, "PartyOrganization", -1, "party", PRIO, "org:centre"));
        }
        out.addAll(add);
    }

    /**
     * Committees and branches of the democratic parties (民进常德市委, 民盟X省委员会, 民进X医院支部): the party's name at a
     * word start, then at most 14 Han characters up to the first unit ending (org-party-units.txt). One
     * PartyOrganization span; 民X中央 (the party's centre) is one as well.
     */
    private void democraticParties(Doc d, List<Span> out) {
        for (String p : partyPrefixes) {
            for (int i = d.simplified.indexOf(p); i >= 0; i = d.simplified.indexOf(p, i + 1)) {
                if (!d.boundary(i) || covered(out, i, p)) continue;
                int from = i + p.length();
                if (d.startsWith("中央", from)) {
                    out.add(new Span(i, from + 2, EntityType.Organization, "PartyOrganization", -1, "party", PRIO, "org:party-centre"));
                    continue;
                }
                int end = -1;
                for (int e = from + 1; e <= Math.min(d.length, from + 14) && end < 0; e++) {
                    if (!Doc.isHan(d.at(e - 1))) break;
                    if (d.at(e - 1) == '的' || d.at(e - 1) == '和' || d.at(e - 1) == '与') break;
                    for (String u : partyUnits) {
                        if (e - from < u.length() || !d.simplified.startsWith(u, e - u.length())) continue;
                        end = e;
                        // 委 may go on as 委员会
                        for (String v : partyUnits) if (v.length() > u.length() && v.startsWith(u) && d.simplified.startsWith(v, e - u.length())) end = e - u.length() + v.length();
                        break;
                    }
                }
                if (end < 0 || end - from < 2) continue;
                out.add(new Span(i, end, EntityType.Organization, "PartyOrganization", -1, "party", PRIO, "org:democratic-party"));
            }
        }
    }

    /** Units below a court, a police bureau, a hospital or a bank (guideline 13). */
    private static final Set<String> SUB_UNITS = Set.of("法庭", "人民法庭", "派出所", "警务室", "分院", "院区", "支行", "分理处", "营业部", "检察室",
            "分校", "校区");

    /**
     * A sub-unit written right after its parent body of the same kind is one name (guideline 13: 润州法院金山湖人民法庭,
     * 远洋派出所远东警务室): the two spans become one, with the sub-unit's subtype.
     */
    private static void joinSubUnits(Doc d, List<Span> out) {
        for (int k = 0; k < out.size(); k++) {
            Span b = out.get(k);
            if (!b.rule().startsWith("org:") || !SUB_UNITS.contains(b.rule().substring(4))) continue;
            for (int j = 0; j < out.size(); j++) {
                Span a = out.get(j);
                // 利川市人民检察院驻团堡镇检察室: the parent, 驻 (stationed in), then its unit
                boolean stationed = a.end() == b.start() - 1 && d.at(a.end()) == '驻';
                if (j == k || a.end() != b.start() && !stationed || a.kind() == null || !a.kind().equals(b.kind())) continue;
                Span joined = new Span(a.start(), b.end(), EntityType.Organization, b.subtype(), -1, b.kind(), PRIO, b.rule());
                out.set(k, joined);
                out.remove(j);
                k = -1; // start over: the joined span may take another unit (X公安局Y派出所Z警务室)
                break;
            }
        }
    }

    private static final String NUMERALS = "一二三四五六七八九";
    /** Natures of a character that opens an abbreviated name (山/n 医大, 哈/o 医大): nouns, morphemes, proper names. */
    private static final Pattern ABBREVIATION_CHAR = Pattern.compile("n|ng|nz|ns|j|b|g|o|e|y");

    /**
     * Hospitals called by their number (guideline 11, the short form of one specific institution): a level prefix or a
     * university's short name ending in 大, a numeral, then 院 or 附院 as a word end: 市一院, 省二院, 浙大一院, 郑大一附院,
     * 哈医大二院.
     */
    private static void numberedHospitals(Doc d, List<Span> out) {
        for (int i = d.simplified.indexOf('院'); i >= 0; i = d.simplified.indexOf('院', i + 1)) {
            if (!d.boundary(i + 1)) continue;
            int n = d.at(i - 1) == '附' ? i - 2 : i - 1;
            if (n < 1 || NUMERALS.indexOf(d.at(n)) < 0) continue;
            int start = -1;
            if (Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(n - 1))) && d.boundary(n - 1)) start = n - 1;
            for (int L = 2; L <= 3 && start < 0; L++) {
                int j = n - L;
                if (j >= 0 && d.at(n - 1) == '大' && d.boundary(j) && Grammar.allHan(d.simplified.substring(j, n))) start = j;
            }
            // 山/n 医大/nis 一/m 院: the university's short name opens with a one-character word before 医大 or 师大
            int j3 = n - 3;
            if (start == n - 2 && j3 >= 0 && d.boundary(j3) && d.tokEnd(d.tokenAt(j3)) == j3 + 1 && Doc.isHan(d.at(j3))
                    && !Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(j3))) && ABBREVIATION_CHAR.matcher(d.nature(d.tokenAt(j3))).matches())
                start = j3;
            if (start < 0) continue;
            out.add(new Span(start, i + 1, EntityType.Organization, "Hospital", -1, "hospital", PRIO, "org:numbered-hospital"));
        }
    }

    /** Characters that continue 中 into another word after a numeral (一中心, 一中央): no school's number. */
    private static final String NOT_SCHOOL_AFTER = "心央华国间外";

    /**
     * Schools called by their number (guideline 11, one specific institution): a level prefix or the county or city
     * that owns it, a numeral, then 中 (middle school) or 小 (primary school) as a word end: 县一中, 长治二中, 遵化一中,
     * 县二小. The owner's name is part of the span (guideline 7).
     */
    private static void numberedSchools(Doc d, List<Span> places, List<Span> out) {
        for (int i = 2; i < d.length; i++) {
            char c = d.at(i);
            if (c != '中' && c != '小' || NUMERALS.indexOf(d.at(i - 1)) < 0 && d.at(i - 1) != '十') continue;
            char next = d.at(i + 1);
            if (Doc.isHan(next) && (NOT_SCHOOL_AFTER.indexOf(next) >= 0 || c == '小' && !d.boundary(i + 1))) continue;
            int n = i - 1;
            if (!d.boundary(n)) continue; // 其中/rz: the numeral opens the school's token or stands alone
            int start = -1;
            if (Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(n - 1))) && d.boundary(n - 1)) start = n - 1;
            for (Span p : places) if (p.end() == n && p.rank() >= 3 && p.rank() <= 4) start = p.start();
            if (start < 0) continue;
            out.add(new Span(start, i + 1, EntityType.Organization, "School", -1, "school", PRIO, "org:numbered-school"));
        }
    }

    /** Endings of associations, whose names hold their members' calling (企业家协会, 作家协会, 律师协会). */
    private static final Set<String> ASSOCIATION_ENDS = Set.of("协会", "学会", "联合会", "商会", "研究会", "促进会");

    /** Units of a county body that stand in a township and take its name without 镇/乡 (立仓人民法庭, 城关派出所). */
    private static final Set<String> TOWNSHIP_UNITS = Set.of("法庭", "人民法庭", "派出所", "司法所", "财政所", "税务所",
            "卫生院", "中心校", "供电所", "信用社", "检察室", "警务室", "中队");

    /**
     * Start of a township's name, without its ending, that ends at {@code ss}: two or three characters at a word start
     * at or before {@code start} that the gazetteer knows as a township with 镇 or 乡 (立/v 仓/ng: 立仓镇); -1 if none.
     */
    private int townshipStart(Doc d, int start, int ss) {
        for (int L = 3; L >= 2; L--) {
            int j = ss - L;
            if (j < 0 || j > start || !d.boundary(j) || !Grammar.allHan(d.simplified.substring(j, ss))) continue;
            String name = d.simplified.substring(j, ss);
            // an ordinary word is no township's name here (新时期法庭), unless HanLP read it as a place
            int tj = d.tokenAt(j);
            // (枫桥/n 派出所 counts where the article names 枫桥镇 itself)
            if (com.hankcs.hanlp.dictionary.CoreDictionary.get(name) != null && !(d.tokEnd(tj) == ss && d.nature(tj).startsWith("ns"))
                    && !d.simplified.contains(name + "镇") && !d.simplified.contains(name + "乡")) continue;
            for (String end : List.of("镇", "乡")) {
                PlaceIndex.Info info = index.lookup(name + end);
                if (info != null && info.rank() == 2) return j;
            }
        }
        return -1;
    }

    /** HanLP read [from, to) as the end of a longer proper name (文汇报/nz holds 汇报): no false ending there. */
    private static boolean inProperToken(Doc d, int from, int to) {
        int ti = d.tokenAt(from);
        String nat = d.nature(ti);
        return d.tokStart(ti) < from && d.tokEnd(ti) == to && (nat.equals("nz") || nat.startsWith("nt"));
    }

    /** Company words that make a clause a business context for a trade name (…等企业, …公司). */
    private static final List<String> BUSINESS_WORDS = List.of("企业", "公司", "厂家", "厂商", "品牌");
    /** Posts that only a company holds, right after its name (齐鲁石化董事长). */
    private static final List<String> COMPANY_POSTS = List.of("董事长", "总经理", "总裁", "副总经理", "副总裁");

    /**
     * Trade names without a legal form (齐鲁石化, 京东物流, 伊利乳业): one proper-name token (a company, brand or place
     * name to HanLP) right before a word of org-industry-words.txt, in a business context — a company word later in the
     * clause (齐鲁石化、京东物流等企业), a company post right after, or a company word right before (龙头企业伊利乳业).
     * Without it the phrase names a sector (推动山西煤业转型) and nothing is found.
     */
    private void industryBrands(Doc d, List<Span> out) {
        for (int i = 0; i < d.tokens(); i++) {
            if (!t.industryWords.contains(d.word(i)) || i == 0) continue;
            int e = d.tokEnd(i);
            if (Doc.isHan(d.at(e)) && !d.boundary(e)) continue;
            int n = i - 1;
            String nat = d.nature(n);
            int len = d.tokEnd(n) - d.tokStart(n);
            if (len < 2 || len > 4 || !(nat.equals("nz") || nat.startsWith("ntc") || nat.equals("nt") || nat.startsWith("ns"))) continue;
            int start = d.tokStart(n);
            if (t.orgStopWords.contains(d.word(n)) || start > 0 && Doc.isHan(d.at(start - 1)) && !listOpening(d, start)) continue;
            if (!businessContext(d, start, e)) continue;
            out.add(new Span(start, e, EntityType.Organization, "Company", -1, "company", PRIO, "org:brand"));
        }
    }

    /** The name opens a list item or follows a company word (、京东物流, 龙头企业伊利乳业, 与伊利乳业). */
    private boolean listOpening(Doc d, int start) {
        char c = d.at(start - 1);
        if (c == '和' || c == '及' || c == '与' || c == '同') return d.boundary(start - 1);
        if (businessWordBefore(d, start)) return true;
        int tp = d.tokenAt(start - 1); // 联合/v 伊利/ntc 乳业: a verb or preposition token before the name
        String nat = d.nature(tp);
        return nat.startsWith("v") || nat.startsWith("p");
    }

    /** A company word ends right before {@code start} (龙头企业伊利乳业). */
    private static boolean businessWordBefore(Doc d, int start) {
        for (String w : BUSINESS_WORDS) if (start >= w.length() && d.startsWith(w, start - w.length())) return true;
        return false;
    }

    private static boolean businessContext(Doc d, int start, int e) {
        for (String w : COMPANY_POSTS) if (d.startsWith(w, e)) return true;
        if (businessWordBefore(d, start)) return true;
        for (int k = e; k < d.length && k < e + 60; k++) {
            char c = d.at(k);
            if (c == '，' || c == '。' || c == '；' || c == '！' || c == '？' || c == '\n' || c == ',') return false;
            for (String w : BUSINESS_WORDS) if (d.startsWith(w, k)) return true;
        }
        return false;
    }

    /** True when a longer democratic-party name found already covers position {@code i} (中国民主促进会 holds no 民进). */
    private static boolean covered(List<Span> out, int i, String p) {
        for (Span o : out) if (o.rule().equals("org:democratic-party") && o.start() < i && o.end() > i) return true;
        return false;
    }

    /**
     * Media outlets named by their cues (media-cues.tsv): a Han name before a dateline or credit word that ends with a
     * media ending (红安网消息, 农金网河南讯, 天水在线编辑), a name before a channel word (新湖南客户端 -> 新湖南), and the
     * outlet written before it with - or · (农村金融时报-农金网河南讯, 湖南日报·新湖南客户端).
     */
    private void media(Doc d, List<Span> places, List<Span> out) {
        for (String cue : mediaChannels) {
            for (int i = d.simplified.indexOf(cue); i >= 0; i = d.simplified.indexOf(cue, i + cue.length())) {
                int j = hanRunStart(d, i, 8);
                if (j < 0 || i - j < 2 || !d.boundary(j)) continue;
                if (PLATFORMS.contains(d.simplified.substring(j, i))) { // “长治发布”微信公众号: the account, not the platform
                    int q = j - 1;
                    if (q >= 3 && (d.at(q) == '”' || d.at(q) == '"')) {
                        int k = hanRunStart(d, q, 10);
                        if (k > 0 && q - k >= 2 && (d.at(k - 1) == '“' || d.at(k - 1) == '"')) addMedia(d, k, q, out);
                    }
                    continue;
                }
                addMedia(d, j, i, out);
            }
        }
        List<String> after = new ArrayList<>(mediaDatelines);
        after.addAll(mediaCredits);
        for (String cue : after) {
            boolean dateline = mediaDatelines.contains(cue);
            for (int i = d.simplified.indexOf(cue); i >= 0; i = d.simplified.indexOf(cue, i + cue.length())) {
                int e = i;
                if (dateline) for (Span p : places) if (p.end() == i && p.rank() >= 1 && p.start() < i) e = p.start(); // 农金网河南讯
                int j = hanRunStart(d, e, 10);
                if (j < 0) continue;
                // 据红网报道: the name starts after a leading stop word
                while (j < e && d.boundary(j) && t.orgStopWords.contains(d.word(d.tokenAt(j))) && d.tokEnd(d.tokenAt(j)) < e) j = d.tokEnd(d.tokenAt(j));
                if (!d.boundary(j) || e - j < 2) continue;
                if (!mediaName(d.simplified.substring(j, e)) && !properOutlet(d, j, e)) {
                    // 据红网时刻新闻报道: a site and its news app written together are two outlets (guideline 14)
                    int k = d.simplified.indexOf('网', j + 1);
                    if (k > j && k + 5 <= e && d.simplified.startsWith("新闻", e - 2) && mediaName(d.simplified.substring(j, k + 1))) {
                        addMedia(d, j, k + 1, out);
                        addMedia(d, k + 1, e, out);
                    }
                    continue;
                }
                addMedia(d, j, e, out);
            }
        }
    }

    /** A name that ends with a media ending (X网, X报, X在线) and no false ending of organisations. */
    private boolean mediaName(String name) {
        for (String en : mediaEndings) if (name.endsWith(en) && name.length() > en.length()) return !falseEnding(name);
        return false;
    }

    /** A name that HanLP reads as one proper name ending in 报 (文汇报/nz: its 汇报 is no false ending here). */
    private boolean properOutlet(Doc d, int j, int e) {
        if (e - j < 3 || d.at(e - 1) != '报') return false;
        int ti = d.tokenAt(e - 1);
        return d.tokEnd(ti) == e && d.tokEnd(ti) - d.tokStart(ti) >= 3 && inProperToken(d, e - 2, e);
    }

    private boolean falseEnding(String name) {
        for (String fe : t.orgFalseEndings) if (name.endsWith(fe)) return true;
        return false;
    }

    /** Platforms that carry outlets' accounts and channels; not outlets themselves (微信公众号, 抖音号). */
    private static final Set<String> PLATFORMS = Set.of("微信", "微博", "抖音", "快手", "头条", "今日头条", "视频号", "小红书");

    /** A wire dateline's date and 电: 8月26日电, 1月2日电 (the outlet and the place stand before it). */
    private static final Pattern WIRE_DATE = Pattern.compile("[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日电");

    /**
     * The outlet opening a wire dateline: a name of two to six characters at the start of a line, then a province or
     * city and the date with 电 (新华社北京1月2日电, 市道新闻山西8月26日电). Any name in that slot is the outlet.
     */
    private void wireDatelines(Doc d, List<Span> places, List<Span> out) {
        java.util.regex.Matcher m = WIRE_DATE.matcher(d.simplified);
        while (m.find()) {
            int date = m.start();
            Span place = null;
            for (Span p : places) if (p.end() == date && p.rank() >= 3) place = p;
            if (place == null) continue;
            int e = place.start();
            int j = e;
            while (j > 0 && Doc.isHan(d.at(j - 1)) && e - j < 7) j--;
            if (j > 0 && Doc.isHan(d.at(j - 1))) continue; // a longer run: no name at a line's start
            if (d.boundary(j) && d.nature(d.tokenAt(j)).startsWith("p") && d.tokEnd(d.tokenAt(j)) < e) j = d.tokEnd(d.tokenAt(j)); // 据中新社…
            if (e - j < 2 || e - j > 6) continue;
            if (!d.boundary(j) || !d.boundary(e) || t.orgFalseEndings.contains(d.simplified.substring(j, e))) continue;
            out.add(new Span(j, e, EntityType.Organization, "Media", -1, "media", PRIO, "org:wire-dateline"));
        }
    }

    /**
     * Adds a media span and the outlet joined before it with - or · when that ends with a media ending; outlets listed
     * before it with 、 that end with a media ending too (大河网、映象网记者).
     */
    private void addMedia(Doc d, int j, int e, List<Span> out) {
        out.add(new Span(j, e, EntityType.Organization, "Media", -1, "media", PRIO, "org:media-cue"));
        for (int at = j, guard = 0; guard < 6 && at >= 3 && d.at(at - 1) == '、'; guard++) {
            int k = hanRunStart(d, at - 1, 8);
            if (k < 0 || at - 1 - k < 2 || !d.boundary(k)) break;
            if (!mediaName(d.simplified.substring(k, at - 1))) break;
            out.add(new Span(k, at - 1, EntityType.Organization, "Media", -1, "media", PRIO, "org:media-cue"));
            at = k;
        }
        if (j >= 3 && (d.at(j - 1) == '-' || d.at(j - 1) == '·' || d.at(j - 1) == '－' || d.at(j - 1) == '—')) {
            int k = hanRunStart(d, j - 1, 10);
            if (k < 0 || j - 1 - k < 2 || !d.boundary(k)) return;
            if (mediaName(d.simplified.substring(k, j - 1)))
                out.add(new Span(k, j - 1, EntityType.Organization, "Media", -1, "media", PRIO, "org:media-cue"));
        }
    }

    /** Start of the run of Han characters ending at {@code end}, when it is at most {@code max} long, else -1. */
    private static int hanRunStart(Doc d, int end, int max) {
        int j = end;
        while (j > 0 && Doc.isHan(d.at(j - 1))) {
            j--;
            if (end - j > max) return -1;
        }
        return j;
    }

    /** Endings of a unit named after its parent body whose own name stands for it later (邢台市公安局|信都分局). */
    private static final List<String> UNIT_ALIASES = List.of("分局", "分院", "院区", "分行", "支行", "分公司", "人民法庭", "分校", "校区",
            "大队", "中队");

    /**
     * 长治医学院附属和平医院 is also called 和平医院: the part after 附属, wherever it stands alone; so is a unit written
     * after its parent body (邢台市公安局信都分局 → 信都分局, guideline 2: short forms count as they appear).
     */
    private void aliases(Doc d, List<Span> out) {
        List<Span> add = new ArrayList<>();
        for (Span o : out) {
            String w = d.simplified.substring(o.start(), o.end());
            int k = w.indexOf("附属");
            if (k > 0) k += 2;
            else k = unitStart(w);
            if (k <= 0 || w.length() - k < 4) continue;
            String alias = w.substring(k);
            for (int i = d.simplified.indexOf(alias); i >= 0; i = d.simplified.indexOf(alias, i + 1)) {
                if (i == o.start() + k) continue;
                add.add(new Span(i, i + alias.length(), EntityType.Organization, o.subtype(), -1, o.kind(), PRIO - 1, "org:alias"));
            }
        }
        out.addAll(add);
    }

    /** Where the unit's own name starts in {@code w} after its parent body's ending (公安局|信都分局), or -1. */
    private int unitStart(String w) {
        for (String u : UNIT_ALIASES) {
            if (!w.endsWith(u)) continue;
            for (int k = w.length() - u.length() - 2; k >= 2; k--)
                for (int L = Math.min(t.maxOrgSuffix, k); L >= 1; L--)
                    if (t.orgSuffixes.containsKey(w.substring(k - L, k))) return Grammar.allHan(w.substring(k)) ? k : -1;
            return -1;
        }
        return -1;
    }

    /**
     * True when the token running over {@code e} goes on with a post title from {@code e} to its end: HanLP keeps
     * 党委书记 as one word, so 石城镇党委书记 has no word boundary after 党委.
     */
    private boolean titleFollows(Doc d, int e) {
        if (e <= 0 || e >= d.length) return false;
        int ti = d.tokenAt(e);
        return d.tokStart(ti) < e && t.titles.containsKey(d.simplified.substring(e, d.tokEnd(ti)));
    }

    /**
     * A company name is 行政区划 + 字号 + 行业 + 组织形式: the trade name may be any characters, which HanLP often cuts
     * into verbs and adverbs (云/栖/太/行文/旅). When a county, city or province stands at most 14 Han characters
     * before a company ending, with nothing but Han characters between, the name starts at that place.
     */
    private int companyOwner(Doc d, int start, int ss, List<Span> places, boolean legal) {
        Span best = null;
        for (Span p : places)
            if (p.rank() >= 3 && p.end() <= start && ss - p.end() <= 14 && p.end() < ss
                    && hanOrBracket(d.simplified.substring(p.end(), ss)) && !joined(d, p.end(), ss, legal) && (best == null || p.start() > best.start()))
                best = p;
        if (best == null) return companyOwnerToken(d, start);
        // 湖南常德|鼎城谢家铺黄茶有限公司: a registered name opens with its province and city written short, in a chain
        for (boolean more = legal; more; ) {
            more = false;
            for (Span p : places) {
                if (p.end() == best.start() && p.rank() > best.rank() && p.rule().equals("short") && best.rule().equals("short")) {
                    best = p;
                    more = true;
                }
            }
        }
        return best.start();
    }

    /** A place HanLP tags before a company's name that the place rules did not take, or {@code start}. */
    private int companyOwnerToken(Doc d, int start) {
        // a place HanLP tags (宁都/ns 宏/nz 盛/v 机械制造) that the place rules did not take, at most 6 characters before
        for (int k = start; k > 0 && start - k <= 6; ) {
            int ti = d.tokenAt(k - 1);
            String w = d.word(ti);
            if (!Grammar.allHan(w) || joined(d, d.tokStart(ti), start)) break;
            if (d.nature(ti).startsWith("ns") && w.length() >= 2) return d.tokStart(ti);
            k = d.tokStart(ti);
        }
        return start;
    }

    /** Han characters, and brackets inside a registered name (皇城相府（集团）实业). */
    private static boolean hanOrBracket(String w) {
        for (int i = 0; i < w.length(); i++) if (!Doc.isHan(w.charAt(i)) && "（）()".indexOf(w.charAt(i)) < 0) return false;
        return true;
    }

    /** The last one-character level token (省, 县) in [start, ss) that no place covers, else start. */
    private static int levelToken(Doc d, int start, int ss, List<Span> places) {
        int best = start;
        for (int p = start; p < ss; p = d.tokEnd(d.tokenAt(p))) {
            int ti = d.tokenAt(p);
            if (p > start && d.tokEnd(ti) - p == 1 && Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(p)))
                    && !d.nature(d.tokenAt(p - 1)).startsWith("ns")) { // 襄垣/ns 县/n stays one name
                boolean inPlace = false;
                for (Span pl : places) if (pl.start() <= p && pl.end() > p) inPlace = true;
                if (!inPlace) best = p;
            }
        }
        return best;
    }

    /** A trade name of one word that is no common noun (丰裕/a, 金丰/nr): 大像山镇|丰裕养殖场. */
    private static boolean tradeWord(Doc d, int start, int end) {
        int ti = d.tokenAt(start);
        String nat = d.nature(ti);
        return d.tokStart(ti) == start && d.tokEnd(ti) == end && end - start >= 2
                && (nat.equals("a") || nat.equals("nz") || nat.startsWith("nr") || nat.equals("j"));
    }

    /**
     * A name opens a phrase at {@code start}: right after a verb, an aspect particle or a conjunction (创办了绿源养殖场),
     * not after a mark (a quoted campaign name: 建成“共富工坊”).
     */
    private static boolean phraseStart(Doc d, int start) {
        if (start == 0 || !Doc.isHan(d.at(start - 1))) return false;
        String nat = d.nature(d.tokenAt(start - 1));
        return nat.startsWith("v") && !nat.equals("vn") || nat.equals("ule") || nat.startsWith("c");
    }

    /** True when a one-character token stands in [start, end): a word HanLP did not know, such as a trade name. */
    private static boolean splitWord(Doc d, int start, int end) {
        for (int p = start; p < end; p = d.tokEnd(d.tokenAt(p))) if (d.tokEnd(d.tokenAt(p)) - p == 1 && Doc.isHan(d.at(p))) return true;
        return false;
    }

    /** Cuts leading township and village places (rank 1-2) off a name that goes on after them. */
    private static int dropTownships(int start, int ss, List<Span> places) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Span p : places) {
                if (p.start() == start && p.end() < ss - 1 && p.rank() >= 1 && p.rank() <= 2) {
                    start = p.end();
                    changed = true;
                }
            }
        }
        return start;
    }

    /** True when a conjunction or a stop word stands between {@code from} and {@code to}: two names, not one. */
    private boolean joined(Doc d, int from, int to) {
        return joined(d, from, to, false);
    }

    /**
     * As {@link #joined(Doc, int, int)}; in a registered company's name ({@code legal}) a one-character preposition
     * followed by a one-character token is a trade name HanLP cut up (河北|以/p 岭/ng 药业股份有限公司), no joint.
     */
    private boolean joined(Doc d, int from, int to, boolean legal) {
        for (int p = from; p < to; ) {
            int ti = d.tokenAt(p);
            String nat = d.nature(ti);
            boolean split = legal && nat.startsWith("p") && d.tokEnd(ti) - d.tokStart(ti) == 1 && d.tokEnd(ti) < to
                    && d.tokEnd(d.tokenAt(d.tokEnd(ti))) - d.tokEnd(ti) == 1 && Doc.isHan(d.at(d.tokEnd(ti)));
            if (d.tokStart(ti) >= from && !split && (nat.startsWith("c") || nat.startsWith("p") || t.orgStopWords.contains(d.word(ti)))) return true;
            p = d.tokEnd(ti);
        }
        return false;
    }

    private boolean levelOrgToken(Doc d, int ti) {
        String w = d.word(ti);
        for (String end : LEVEL_ORG_ENDS) if (w.endsWith(end) && w.length() > end.length()) return true;
        return false;
    }

    private Span bySuffix(Doc d, int ss, int e, Tables.OrgSuffix os, List<Span> places, List<Span> found) {
        boolean subBody = subBodies.contains(os.suffix());
        int ti0 = d.tokenAt(ss);
        int from = Math.min(ss, d.tokStart(ti0));
        if (from < ss) { // the ending starts inside a token: 举办 is no 办
            String nat = d.nature(ti0);
            if (nat.startsWith("v") && !nat.equals("vn") || nat.startsWith("a") || nat.startsWith("d") || nat.startsWith("r")) return null;
            if (!Grammar.allHan(d.simplified.substring(from, ss)) || t.orgStopWords.contains(d.simplified.substring(from, ss))) return null;
        }
        int body = fullBodyStart(d, e);
        if (body >= 0 && body < from) from = body; // 县/n 市场/n 监督管理/v 局/n: the name runs over the verb
        for (String z : ZONE_ENDS) { // 新乡/ns 经/p 开/v 区/n 考察团: a zone's ending HanLP cut into words is one word
            if (z.length() >= 3 && ss >= z.length() && d.simplified.startsWith(z, ss - z.length()) && ss - z.length() < from) {
                from = ss - z.length();
                if (body < 0) body = from;
                break;
            }
        }
        // 青年/n 企业家/nnt 协会: an association is named by the trade or calling of its members
        boolean association = ASSOCIATION_ENDS.contains(os.suffix());
        java.util.function.IntPredicate stop = ti -> !subBody && levelOrgToken(d, ti) || d.nature(ti).equals("nnt") && !t.orgInnerWords.contains(d.word(ti));
        int start = Grammar.leftExtend(d, from, 24, true, t, stop);
        for (int guard = 0; association && guard < 2 && start > 0 && from - start < 20; guard++) {
            int tp = d.tokenAt(start - 1);
            if (!d.nature(tp).equals("nnt") || d.tokEnd(tp) != start) break;
            start = Grammar.leftExtend(d, d.tokStart(tp), 20, true, t, stop);
        }
        if (start == from && from > 0) { // 经开区/nr 管委会: HanLP read the zone as a person, whose name leftExtend leaves out
            int tp = d.tokenAt(from - 1);
            if (d.nature(tp).startsWith("nr") && d.tokEnd(tp) == from && zoneName(d, d.tokStart(tp), from)) start = d.tokStart(tp);
        }
        start = Grammar.trimLeading(d, start, from);
        start = Grammar.toOpeningQuote(d, start, from);
        start = Grammar.ownerPlace(start, places); // 屯留区政协: the owning place even when HanLP split it (屯/留/区)
        // 马/n 尚/d 街道/ns 办事处: a division whose ending opens the organisation's ending owns it
        for (Span p : places) if (p.rank() >= 1 && p.start() < start && p.end() > ss && p.end() < e) start = p.start();
        start = straddlingOwner(d, start, ss, places);
        if ("Company".equals(os.subtype())) start = companyOwner(d, start, ss, places, "legal".equals(os.rule()));
        // 长治医学院附属和济医院: after 附属 the hospital's own name may hold any word
        int fu = d.simplified.lastIndexOf("附属", ss - 1);
        if (fu >= 0 && fu + 2 <= start && start - (fu + 2) <= 2 && ss - fu <= 10 && Grammar.allHan(d.simplified.substring(fu, ss))) {
            int s2 = Grammar.leftExtend(d, fu, 20, true, t, ti -> levelOrgToken(d, ti) || d.nature(ti).equals("nnt"));
            if (s2 < fu) start = Grammar.ownerPlace(Grammar.trimLeading(d, s2, fu), places);
        }
        int run = oneCharRun(d, start, ss, places);
        if (run < start && !"Company".equals(os.subtype())) run = Grammar.ownerPlace(run, places); // 淮阳区|太/d 昊/nz 陵/ng 景区管理处
        start = run;
        start = dotSplit(d, start, ss);
        start = cutLeadVerb(d, start, body >= 0 ? Math.min(ss, body) : ss, places);
        if (TOWNSHIP_UNITS.contains(os.suffix())) { // 立/v 仓/ng 人民法庭
            int town = townshipStart(d, start, ss);
            if (town >= 0) start = town;
        }
        // 党委联合/vd 沧州市人民医院: a verb before the owner place is the clause's (联合 may stand inside a name elsewhere)
        if (d.boundary(start) && d.nature(d.tokenAt(start)).startsWith("v")) {
            int after = d.tokEnd(d.tokenAt(start));
            for (Span p : places) if (p.start() == after && p.rank() >= 3 && p.end() <= ss) start = after;
        }
        // An organisation found just before, joined to this one (湖北省中医院来凤分院, 农发行山西分行).
        // 江西|婺源|旅游股份有限公司: a registered company's name may open with its province and county written short
        int dropped = Grammar.dropLeadingPlaces(start, e, places);
        if (!("legal".equals(os.rule()) && shortPlacesOnly(start, dropped, places))) start = dropped;
        // 长治市驻北京办事处: an office stationed elsewhere is named by its owner, 驻 and the place it stands in
        if (STATIONED_OFFICES.contains(os.suffix()) && start >= 3 && d.at(start - 1) == '驻')
            for (Span p : places) if (p.end() == start - 1 && p.rank() >= 3) start = p.start();
        // a township or village written before an enterprise is where it stands, not its owner (大石镇|丰裕养殖场)
        boolean located = false;
        if ("Company".equals(os.subtype())) {
            int s2 = dropTownships(start, ss, places);
            if (s2 > start && (valid(d, s2, ss, os, places) || splitWord(d, s2, ss) || tradeWord(d, s2, ss))) { // 东阳关镇富农种植专业合作社 keeps its township
                located = true;
                start = s2;
            }
            // 三里村|家/q 林/ng 农机专业合作社: the name starts right after its village or township, found apart
            for (Span p : places) if (p.end() == start && p.rank() >= 1 && p.rank() <= 2 && (splitWord(d, start, ss) || tradeWord(d, start, ss))) located = true;
        }
        // a village or residents' committee belongs to its village: a township before it is a separate place
        // (光裕堡乡|大木瓜村委会); what stands between is the village's name (guideline 12)
        boolean village = false;
        if (VILLAGE_BODIES.contains(os.suffix())) {
            int s2 = dropTownships(start, ss, places);
            boolean afterTownship = false; // 红石塄乡|上北泉村委会: the name was cut where the township ends
            for (Span p : places) if (p.end() == start && p.rank() == 2) afterTownship = true;
            // the township ends a character or two further left, where a stop word cut the village's name
            // (长春镇|新/a 码头社区居委会: 新 ends an organisation's name elsewhere, not a village's)
            for (Span p : places) {
                if (afterTownship || s2 != start || p.rank() != 2 || p.end() >= start || start - p.end() > 2) continue;
                if (Grammar.allHan(d.simplified.substring(p.end(), start))) {
                    s2 = p.end();
                    afterTownship = true;
                }
            }
            // the village's own ending may stand before the body: 长春镇|新码头社区居委会, 城关镇|东关村村委会
            String between = d.simplified.substring(Math.min(s2, ss), ss);
            int ending = between.endsWith("社区") && between.length() > 2 ? 2 : between.endsWith("村") && between.length() > 1 ? 1 : 0;
            if ((s2 > start || afterTownship) && ss - s2 <= 4 + ending && ss > s2 && Grammar.allHan(d.simplified.substring(s2, ss))
                    && !t.orgStopWords.contains(d.simplified.substring(s2, ss))) {
                start = s2;
                village = true;
            }
        }
        // a body found just before and joined by a verb is another one (治安大队联合梅林派出所)
        for (Span o : found) {
            if (o.start() >= start && o.end() > start && o.end() < ss) {
                int ti = d.tokenAt(o.end());
                String nat = d.nature(ti);
                boolean verb = nat.startsWith("v") && !nat.equals("vn") || nat.startsWith("c") || nat.startsWith("p");
                if (verb && d.tokEnd(ti) < ss) start = d.tokEnd(ti);
            }
        }
        // a body of another kind followed by one ordinary word is described, not named (X协作组定点医院: the group's
        // designated hospital); a sub-unit of the same kind stays one name (公安局刑侦大队)
        for (Span o : found) {
            if (o.start() >= start && o.end() > start && o.end() < ss && !o.kind().equals(os.kind()) && d.boundary(o.end())
                    && d.tokEnd(d.tokenAt(o.end())) == ss && ordinaryWord(d, d.tokenAt(o.end()))) return null;
        }
        if (start == from && os.rule().equals("agency")) start = abbreviation(d, start);
        // 由省/v 高院, 查由县/nr 妇联: a preposition glued to the level character, which the name starts at
        if (start == ss && ss >= 2 && d.tokEnd(d.tokenAt(ss - 1)) == ss && d.tokStart(d.tokenAt(ss - 1)) <= ss - 2
                && Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(ss - 1))) && GLUED_PREPOSITIONS.indexOf(d.at(ss - 2)) >= 0) start = ss - 1;
        String name = d.simplified.substring(start, ss);
        String full = d.simplified.substring(start, e);
        if (name.isEmpty() && !os.rule().equals("level")) return null;
        String subtype = os.subtype();
        if (PARTY_CELLS.contains(os.suffix())) {
            // 瓜园村党支部, 石狗镇党委 are bodies; at an institution (…医院党委书记) the party post belongs to the title.
            boolean placeOwner = false;
            for (Span p : places) if (p.start() == start && p.end() == ss && p.rank() >= 1 && p.rank() <= 2) placeOwner = true;
            // 杨屯镇|党支部领办合作社: a township's party body is its 党委; a 党支部 or 党总支 right after it is no body of it
            for (Span p : places) if (p.start() == start && p.end() == ss && p.rank() == 2 && os.suffix().startsWith("党") && !os.suffix().equals("党委")) return null;
            // 段村|村党支部: a village whose name ends in 村, then the village's own 村 before the cell
            for (Span p : places) if (p.start() == start && p.end() == ss - 1 && p.rank() == 1 && d.at(ss - 1) == '村') placeOwner = true;
            if (!placeOwner) {
                // a township or village the place rules did not take (城关乡党委): a 1-4 character name before a
                // township or village ending (place-suffixes.tsv, rank 1-2)
                int s2 = cellOwner(d, ss);
                if (s2 < 0) return null;
                start = s2;
            }
            return new Span(start, e, EntityType.Organization, subtype, -1, os.kind(), PRIO, "org:" + os.suffix());
        }
        for (String fe : t.orgFalseEndings) if (full.endsWith(fe) && !inProperToken(d, e - fe.length(), e)) return null; // 会议厅, 举办
        // 村集体经济合作社, 镇农业公司, 乡农业服务中心: a bare 村, 镇 or 乡 names no place, so the body is "the village's" or
        // "the township's", not named (level prefixes count down to the county only, guideline 8)
        if (d.boundary(start) && d.tokEnd(d.tokenAt(start)) == start + 1 && "村镇乡".indexOf(d.at(start)) >= 0) return null;
        boolean founded = "Company".equals(os.subtype()) && !located && name.length() >= 2 && name.length() <= 4 && phraseStart(d, start)
                && d.tokenAt(start) != d.tokenAt(ss - 1) && Grammar.allHan(name); // 创办了/ule 绿/a 源/ng 养殖场
        if ((located || founded) && name.length() >= 2 && (splitWord(d, start, ss) || tradeWord(d, start, ss))) {
            // 黄坑乡|丰/ag 源/ng 养殖场: after its place, a trade name HanLP cut into single characters
        } else if (village) {
            // 光裕堡乡|大木瓜村委会: named by its place in the chain
        } else if (!valid(d, start, ss, os, places) && loneConjunction(d, start) && valid(d, start + 1, ss, os, places)) {
            // 市委和/cc 县委: a conjunction before the level character joins two bodies; the name starts after it
            start = start + 1;
            name = d.simplified.substring(start, ss);
            full = d.simplified.substring(start, e);
        } else if (!valid(d, start, ss, os, places) && !os.rule().equals("named") && !os.rule().equals("legal")) {
            // 经省/nr 教育厅: HanLP glued a word onto the level prefix; start at the level character
            int tEnd = d.tokEnd(d.tokenAt(start));
            // 保护区/n 管理局: a noun that ends in a level character (保护区, 开发区, 小区) is no glued level prefix
            if (d.nature(d.tokenAt(start)).equals("n") && com.hankcs.hanlp.dictionary.CoreDictionary.get(d.word(d.tokenAt(start))) != null) return null;
            int k = start + 1;
            while (k < tEnd && k < ss && !Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(k)))) k++;
            if (k >= tEnd || k >= ss || !valid(d, k, ss, os, places)) return null;
            // 全市/n 法院, 各县/r 医院: every body of that level, no one of them
            if (k > start && (d.at(k - 1) == '全' || d.at(k - 1) == '各')) return null;
            start = k;
            name = d.simplified.substring(start, ss);
            full = d.simplified.substring(start, e);
        } else if (!valid(d, start, ss, os, places)) return null;
        if (os.rule().equals("public")) start = levelToken(d, start, ss, places); // 转往/nz 省/n 人民医院 -> 省人民医院
        if (d.startsWith("共青团", start) || d.startsWith("团", start) && os.suffix().equals("委")) subtype = "Other";
        if (os.suffix().equals("委") && !subtype.equals("Other"))
            subtype = levelOnly(d, start, ss, places) || d.startsWith("中共", start) ? "PartyOrganization" : "GovernmentAgency";
        if (os.rule().equals("agency") || os.rule().equals("level")) {
            var a = agencies.longestSuffix(full);
            if (a.isPresent() && a.get().abbreviation().length() >= 2) subtype = a.get().subtype();
        }
        if (full.endsWith("党校")) subtype = "School";
        String kind = os.kind();
        if (STATIONED_OFFICES.contains(os.suffix())) { // 湖南省农村信用社联合社郴州办事处: an office of a bank is a bank's
            Tables.OrgSuffix inner = innerBody(d, start, ss);
            if (inner != null) {
                subtype = inner.subtype();
                kind = inner.kind();
            }
        }
        if ("legal".equals(os.rule())) { // 长治银行股份有限公司: a bank (or a hospital) registered as a company is a bank
            Tables.OrgSuffix inner = innerBody(d, start, ss);
            if (inner != null && ("Bank".equals(inner.subtype()) || "Hospital".equals(inner.subtype()))) {
                subtype = inner.subtype();
                kind = inner.kind();
            }
        }
        return new Span(start, e, EntityType.Organization, subtype, -1, kind, PRIO, "org:" + os.suffix());
    }

    /**
     * Start of a township or village name ending at {@code ss} by grammar (城关乡, 杨家坪村: a township or village
     * ending of place-suffixes.tsv after a 1-4 character name), or -1. The name starts at a word that begins a
     * phrase: after punctuation, a verb, a preposition, a particle or a stop word.
     */
    private int cellOwner(Doc d, int ss) {
        for (int L = Math.min(t.maxPlaceSuffix, ss); L >= 1; L--) {
            Tables.PlaceSuffix ps = t.placeSuffixes.get(d.simplified.substring(ss - L, ss));
            if (ps == null || ps.rank() < 1 || ps.rank() > 2) continue;
            int ns = ss - L;
            for (int k = Math.max(0, ns - 4); k <= ns - 1; k++) {
                if (!d.boundary(k) || !Grammar.allHan(d.simplified.substring(k, ns))) continue;
                String name = d.simplified.substring(k, ns);
                if (t.orgStopWords.contains(name) || t.stopPlaces.contains(name + d.simplified.substring(ns, ss))) continue;
                if (!Grammar.nameNature(d.nature(d.tokenAt(k))) && !d.nature(d.tokenAt(k)).startsWith("ns")) continue;
                if (k == 0 || !Doc.isHan(d.at(k - 1))) return k;
                int pt = d.tokenAt(k - 1);
                String pn = d.nature(pt);
                if (t.orgStopWords.contains(d.word(pt)) || pn.startsWith("v") || pn.startsWith("p") || pn.startsWith("u") || pn.startsWith("c")) return k;
            }
            return -1;
        }
        return -1;
    }

    /** Natures, first in HanLP's core dictionary, of words that describe rather than name: verbs, adverbs, attributes. */
    private static final Set<String> DESCRIBING = Set.of("v", "vn", "vi", "vd", "d", "ad", "b", "a", "an");

    /** A token that is a known verb, adverb or attribute word (定点, 帮扶, 协作), not a proper or unknown word. */
    private static boolean ordinaryWord(Doc d, int ti) {
        String nat = d.nature(ti);
        if (Grammar.properNature(nat) && !nat.equals("nz")) return false;
        String w = d.word(ti);
        if (w.length() < 2 || !Grammar.allHan(w)) return false;
        var attr = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        return attr != null && attr.nature.length > 0 && DESCRIBING.contains(attr.nature[0].toString());
    }

    /** Every token of [start, ss) is a common word of two or more characters known to HanLP's core dictionary. */
    private static boolean ordinaryOnly(Doc d, int start, int ss) {
        for (int p = start; p < ss; ) {
            int ti = d.tokenAt(p);
            String w = d.word(ti);
            if (d.tokStart(ti) != p || d.tokEnd(ti) > ss || w.length() < 2 || !Grammar.allHan(w)) return false;
            String nat = d.nature(ti);
            if (Grammar.properNature(nat) || nat.startsWith("m")) return false;
            if (com.hankcs.hanlp.dictionary.CoreDictionary.get(w) == null) return false;
            p = d.tokEnd(ti);
        }
        return true;
    }

    /**
     * 县/n 编/v 办: an agency's short form cut into one-character tokens after a one-character level token (县编办,
     * 市农办): the name starts at the level character when one or two one-character words stand between.
     */
    private int abbreviation(Doc d, int from) {
        int k = from;
        for (int n = 0; n < 3 && k > 0; n++) {
            int ti = d.tokenAt(k - 1);
            if (d.tokEnd(ti) - d.tokStart(ti) != 1 || !Doc.isHan(d.at(k - 1))) return from;
            String c = String.valueOf(d.at(k - 1));
            if (Grammar.LEVEL_CHARS.contains(c)) return n >= 1 && n <= 2 ? k - 1 : from;
            String nat = d.nature(ti);
            if (t.orgStopWords.contains(c) || nat.startsWith("p") || nat.startsWith("c") || nat.startsWith("u") || nat.startsWith("r")
                    || nat.startsWith("d") || nat.startsWith("m") || nat.startsWith("q") || nat.equals("f")) return from;
            k--;
        }
        return from;
    }

    /**
     * 陇/b 上/f 椒/ng 集团, 上/f 医/ng 附属: a name beginning with a one-character token goes on left over up to two
     * more one-character tokens of an unknown word HanLP cut up (a trade name or an abbreviation), when a verb,
     * preposition, punctuation, a longer word or a place stands before them (红石塄乡|上/f 北/f 泉/ng 村委会); a level
     * character (县, 市) is no part of such a run.
     */
    private int oneCharRun(Doc d, int start, int limit, List<Span> places) {
        if (start >= limit || start == 0 || d.tokEnd(d.tokenAt(start)) - start != 1) return start;
        int k = start;
        for (int n = 0; n < 3 && k > 0; n++) {
            for (Span p : places) if (p.end() == k && p.rank() >= 1 && n > 0) return k;
            int ti = d.tokenAt(k - 1);
            String nat = d.nature(ti);
            boolean single = d.tokEnd(ti) - d.tokStart(ti) == 1 && Doc.isHan(d.at(k - 1));
            boolean nameChar = single && !Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(k - 1)))
                    && !t.orgStopWords.contains(d.word(ti))
                    && (nat.equals("f") || nat.equals("b") || nat.startsWith("g") || nat.equals("ng") || nat.equals("ag")
                        || nat.equals("vg") || nat.equals("n") || nat.equals("j") || nat.equals("s")
                        // 淮阳区|太/d 昊/nz 陵/ng: an adverb's character right after a division opens the name
                        || nat.equals("d") && placeEndsAt(places, k - 1)
                        // 三里村|家/q 林/ng 农机专业合作社: a measure word's character, but not after a numeral (三家合作社)
                        || nat.equals("q") && k >= 2 && !d.nature(d.tokenAt(k - 2)).startsWith("m"));
            if (nameChar && n < 2) {
                k--;
                continue;
            }
            // the run must begin a phrase
            boolean phrase = !Doc.isHan(d.at(k - 1)) || !single
                    || nat.startsWith("v") || nat.startsWith("p") || nat.startsWith("c") || nat.startsWith("u");
            return phrase ? k : start;
        }
        return k == 0 ? 0 : start;
    }

    /**
     * 运城市中心医院临猗分院·临猗县人民医院: a · after a complete organisation name (it ends in an organisation ending)
     * joins two names (guideline 14); the one ending here starts after the ·. One brand written with · (巾帼荟·共富工坊)
     * stays one.
     */
    private int dotSplit(Doc d, int start, int ss) {
        int dot = ss - 1;
        while (dot >= start && d.at(dot) != '·') dot--; // within the name only: no rescan of the text
        if (dot < start || dot + 1 >= ss) return start;
        String before = d.simplified.substring(start, dot);
        for (int L = Math.min(t.maxOrgSuffix, before.length() - 1); L >= 1; L--)
            if (t.orgSuffixes.containsKey(before.substring(before.length() - L))) return dot + 1;
        return start;
    }

    /** Start of a full body name of the agency table ending at {@code e} at a word start (市场监督管理局), or -1. */
    private int fullBodyStart(Doc d, int e) {
        for (int L = Math.min(maxFullBody, e); L >= 4; L--) {
            if (fullBodies.contains(d.simplified.substring(e - L, e)) && d.boundary(e - L)) return e - L;
        }
        return -1;
    }

    /** Verbs of acting together with another body (联合, 携手): what stands before them is the clause's subject. */
    private static final Set<String> COACTING_VERBS = Set.of("联合", "携手", "会同", "协同", "联手", "邀请", "委托");

    /** The rightmost organisation ending of at least two characters inside {@code [start, ss)}, or null. */
    private Tables.OrgSuffix innerBody(Doc d, int start, int ss) {
        for (int k = ss; k >= start + 3; k--) {
            for (int L = Math.min(t.maxOrgSuffix, k - start - 1); L >= 2; L--) {
                Tables.OrgSuffix os = t.orgSuffixes.get(d.simplified.substring(k - L, k));
                if (os != null) return os;
            }
        }
        return null;
    }

    /** Every place starting in {@code [from, to)} is written short (江西, 婺源): none has its level ending. */
    private static boolean shortPlacesOnly(int from, int to, List<Span> places) {
        if (to <= from) return false;
        for (Span p : places) if (p.start() >= from && p.start() < to && !p.rule().equals("short")) return false;
        return true;
    }

    /** A division (rank 1 or more) ends at {@code p}. */
    private static boolean placeEndsAt(List<Span> places, int p) {
        for (Span s : places) if (s.end() == p && s.rank() >= 1) return true;
        return false;
    }

    /** A one-character conjunction or preposition token at {@code p} (和/cc, 与/p). */
    private static boolean loneConjunction(Doc d, int p) {
        int ti = d.tokenAt(p);
        if (d.tokStart(ti) != p || d.tokEnd(ti) != p + 1) return false;
        String nat = d.nature(ti);
        return nat.startsWith("c") || nat.startsWith("p");
    }

    /** Offices of a government stationed in another place (X驻Y办事处). */
    private static final Set<String> STATIONED_OFFICES = Set.of("办事处", "联络处", "代表处");

    /** Prepositions HanLP glues to a level character (由省, 经市, 向县, 到区). */
    private static final String GLUED_PREPOSITIONS = "由经在向到赴从往对给被把将与和跟同及";

    /** A common noun, or a bare place word (社区, 街道, 村) standing for the body of that place. */
    private boolean commonSubject(Doc d, int ti) {
        if (d.nature(ti).equals("n")) return true;
        Tables.PlaceSuffix ps = t.placeSuffixes.get(d.word(ti));
        return ps != null && ps.rank() >= 1 && ps.rank() <= 2;
    }

    /**
     * 转往/nz 长治市人民医院, 送往省人民医院: a leading word of at most two characters that is a verb or preposition, or
     * ends in a motion verb's ending (org-verb-marks.tsv, lead), written right before a place or a level character, is
     * cut off, unless it begins a place itself (平定/vi 县委); a preposition glued to the level character (向省/nr
     * 人民医院) leaves the level character.
     */
    private int cutLeadVerb(Doc d, int start, int ss, List<Span> places) {
        if (start >= ss) return start;
        // 实践所联合/v 黎坪国家森林公园管理处: a verb of acting together opening the span follows the clause's subject
        int t0 = d.tokenAt(start);
        if (start > 0 && Doc.isHan(d.at(start - 1)) && d.tokStart(t0) == start && COACTING_VERBS.contains(d.word(t0))
                && d.nature(t0).startsWith("v") && ss - d.tokEnd(t0) >= 2) return d.tokEnd(t0);
        // 出/v 任县/ns 供销社, 李明/nr 任县/ns 财政局: a verb of taking a post at the start ends before the level character
        for (int k = start; k < Math.min(ss - 1, start + t.maxPostVerb + 3); k++) if (Grammar.postVerbGlued(d, k, t)) return k + 1;
        // 患者/n 转往/v 山西省人民医院: a verb further in, right before a place that opens the name, ends what was
        // picked up before the name (the words before a verb are the clause, not the name)
        for (int p = d.tokEnd(d.tokenAt(start)); p < ss; p = d.tokEnd(d.tokenAt(p))) {
            int tk = d.tokenAt(p);
            int end = d.tokEnd(tk);
            if (end >= ss) break;
            String nat = d.nature(tk), w = d.word(tk);
            boolean verb = (nat.startsWith("v") && !nat.equals("vn") || w.length() == 2 && leadVerbEnds.contains(w.charAt(1)))
                    && w.length() >= 2 && Grammar.allHan(w) && !t.orgInnerWords.contains(w);
            // 社区/n 联合/vd 营口港集团: a verb of acting together after a common noun (the clause's subject) ends
            // that clause; after a name (中国联合…) it may be the name's own word
            if (COACTING_VERBS.contains(w) && nat.startsWith("v") && ss - end >= 2 && p > start && commonSubject(d, d.tokenAt(p - 1))) return end;
            if (!verb) continue;
            for (Span pl : places) if (pl.start() == end && pl.rank() >= 1 && pl.end() <= ss) return end;
        }
        int ti = d.tokenAt(start);
        int te = d.tokEnd(ti);
        if (d.tokStart(ti) != start || te > ss || te - start > 2 || !Grammar.allHan(d.word(ti))) return start;
        String w = d.word(ti), nat = d.nature(ti);
        for (Span p : places) if (p.start() == start) return start;
        // 向省/nr 人民医院: a preposition or motion verb glued to a level character
        if (w.length() == 2 && leadVerbEnds.contains(w.charAt(0)) && Grammar.LEVEL_CHARS.contains(w.substring(1))) return start + 1;
        if (te == ss) return start;
        for (int k = 1; k <= 3 && te + k <= ss; k++) if (index.upperNames().containsKey(d.simplified.substring(start, te + k))) return start; // 平定/vi 县委
        boolean verb = nat.startsWith("v") && !nat.equals("vn") || nat.startsWith("p") || leadVerbEnds.contains(w.charAt(w.length() - 1));
        if (!verb || t.orgInnerWords.contains(w)) return start;
        boolean placeNext = Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(te)));
        for (Span p : places) if (p.start() == te && p.rank() >= 1) placeNext = true;
        return placeNext ? te : start;
    }

    /** The name part is only places and level characters (县委, 绛县县委, 湖北省委). */
    private boolean levelOnly(Doc d, int start, int ss, List<Span> places) {
        int p = start;
        while (p < ss) {
            int q = p;
            for (Span pl : places) if (pl.start() == p && pl.end() <= ss && pl.end() > q) q = pl.end();
            if (q == p && Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(p)))) q = p + 1;
            if (q == p) return false;
            p = q;
        }
        return true;
    }

    private boolean startsWithPlaceOrLevel(Doc d, int start, int ss, List<Span> places, boolean department) {
        for (String pre : PARTY_PREFIXES) if (d.startsWith(pre, start) && start + pre.length() < ss) start += pre.length(); // 共青团长治市委
        if (Grammar.LEVEL_CHARS.contains(String.valueOf(d.at(start)))) return true;
        if (zoneName(d, start, ss)) return true; // 高新区党工委, 经开区管委会
        if (d.startsWith("国家", start) || d.startsWith("中央", start)) return true;
        if (department) for (String nb : nationalBodies) if (d.startsWith(nb, start) && start + nb.length() < ss) return true; // 农业农村部…司
        for (Span p : places) if (p.start() == start && p.end() <= ss) return true;
        return false;
    }

    /** Endings of development zones and parks, which own bodies as a county does (高新区党工委, 经开区管委会). */
    /** Endings of development zones and industrial parks (guideline 16: Place/Other, with a code where one is known). */
    public static final List<String> DEVELOPMENT_ZONE_ENDS = List.of("高新区", "经开区", "开发区", "园区", "示范区", "保税区", "试验区", "合作区");

    /** Endings of zones that own bodies as a county does: development zones, new districts (新区), pilot zones (实验区). */
    private static final List<String> ZONE_ENDS;
    static {
        List<String> z = new ArrayList<>(DEVELOPMENT_ZONE_ENDS);
        z.add("新区");
        z.add("实验区");
        ZONE_ENDS = List.copyOf(z);
    }

    /**
     * The name part [start, ss) is a development zone: it ends with a zone ending and is one Han run of at most 12
     * characters (高新区, 长治经开区, 潞城经济技术开发区); the zone's name before 区 is not lost to a level-character cut.
     */
    private static boolean zoneName(Doc d, int start, int ss) {
        if (ss - start > 12 || !Grammar.allHan(d.simplified.substring(start, ss))) return false;
        for (String z : ZONE_ENDS) if (ss - start >= z.length() + (z.length() == 2 ? 1 : 0) && d.simplified.startsWith(z, ss - z.length())) return true;
        return false;
    }

    private boolean valid(Doc d, int start, int ss, Tables.OrgSuffix os, List<Span> places) {
        String name = d.simplified.substring(start, ss);
        switch (os.rule()) {
            case "level":
                if (name.isEmpty()) return false;
                return startsWithPlaceOrLevel(d, start, ss, places, subBodies.contains(os.suffix()));
            case "agency":
                if (!startsWithPlaceOrLevel(d, start, ss, places, subBodies.contains(os.suffix()))) return false;
                return name.length() >= 2;
            default: { // named, legal
                if (TOWNSHIP_UNITS.contains(os.suffix()) && townshipStart(d, start, ss) == start) return true; // 立仓人民法庭
                if (name.endsWith("类")) return false; // 农机服务类专业合作社: a category of bodies, not one
                // 县疾控中心: a level prefix and the abbreviation of a public body of the agency table
                String rest = name.length() > 1 ? name.substring(1) + os.suffix() : "";
                if (Grammar.LEVEL_CHARS.contains(name.substring(0, 1)) && !rest.isEmpty()
                        && (agencies.lookup(rest).isPresent() || fullBodies.contains(rest))) return true;
                if (name.length() < 2 && !os.rule().equals("public")) return false;
                if (os.rule().equals("legal") && name.length() >= 4) return true; // 三陇药业有限公司: a registered name
                if (os.rule().equals("public") && name.length() == 1 && Grammar.LEVEL_CHARS.contains(name)) return true; // 县人民医院
                if (Grammar.LEVEL_CHARS.contains(name.substring(0, 1)) && name.length() == 1) return false; // 县医院
                for (Span p : places) if (p.start() >= start && p.end() <= ss) return true;
                for (Span p : places) if (p.rank() >= 1 && p.start() == start && p.end() > ss) return true; // 马尚街道|办事处
                // 受援医院, 定点医院, 帮扶医院: one verb, adverb or participle before the ending describes a body; a
                // company's trade name may be any word (兴农合作社)
                if (!os.kind().equals("company") && d.tokStart(d.tokenAt(start)) == start && d.tokEnd(d.tokenAt(start)) == ss
                        && (ordinaryWord(d, d.tokenAt(start)) || name.length() == 2 && passiveMarks.contains(name.charAt(0)))) return false;
                if (name.contains("附属") || name.startsWith("第")) return true;
                // 中央民族大学, 国家开放大学: a national school or hospital named by the centre or the state (not 国家级…)
                if ((name.startsWith("中央") || name.startsWith("国家")) && name.length() >= 4 && name.charAt(2) != '级'
                        && (os.kind().equals("school") || os.kind().equals("hospital"))) return true;
                // 县第一中学, 市第二人民医院: a level prefix and an ordinal name one institution (guideline 11); so does
                // the county's or city's experimental school (县实验小学)
                if (Grammar.LEVEL_CHARS.contains(name.substring(0, 1)) && name.length() >= 3 && name.charAt(1) == '第') return true;
                if (Grammar.LEVEL_CHARS.contains(name.substring(0, 1)) && name.substring(1).equals("实验") && os.kind().equals("school")) return true;
                for (int p = start; p < ss; ) {
                    int ti = d.tokenAt(p);
                    if (Grammar.properNature(d.nature(ti))) return true;
                    p = d.tokEnd(ti);
                }
                // a long name of ordinary words only is a description (农业政策性银行, 现代农业示范学校)
                return name.length() >= 5 && !ordinaryOnly(d, start, ss);
            }
        }
    }
}
