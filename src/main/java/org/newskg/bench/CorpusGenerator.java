package org.newskg.bench;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.newskg.gazetteer.AdminDivision;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.Level;
import org.newskg.gazetteer.AgencyTable;
import org.newskg.ingest.Article;

/**
 * Writes synthetic local-news articles for scale tests. The articles are invented: officials get names drawn from
 * surname and given-name tables, but the places are real divisions of the gazetteer with their real chains
 * (county → township → village) and the bodies come from the agency table. Every record says so: its source is
 * {@value #SOURCE} and its id is {@code syn-<n>}.
 *
 * <p>Deterministic: article {@code n} depends only on the seed, the region, the tables and {@code n}, so any article
 * can be made alone and two runs write the same bytes. The officials of a county or township are fixed per seed, so
 * the same people recur across articles as they would in a real archive.
 */
public final class CorpusGenerator {
    /** The source name of every synthetic record. */
    public static final String SOURCE = "newskg synthetic";
    /** Prefix of the ids of synthetic records. */
    public static final String ID_PREFIX = "syn-";

    /**
     * A body of a city or county government, without its place prefix.
     *
     * @param fullName  full name ({@code 人力资源和社会保障局})
     * @param shortName the short form used in running text ({@code 人社局}); may equal the full name
     * @param headTitle title of its head ({@code 局长}, {@code 主任})
     */
    public record Agency(String fullName, String shortName, String headTitle) {
        public Agency {
            Objects.requireNonNull(fullName, "agency full name");
            Objects.requireNonNull(shortName, () -> "short name of agency " + fullName);
            Objects.requireNonNull(headTitle, () -> "head title of agency " + fullName);
            if (fullName.isBlank() || shortName.isBlank() || headTitle.isBlank())
                throw new IllegalArgumentException("blank field in agency '" + fullName + "'");
        }
    }

    /** A county with its city, short names and the townships (with their villages) the generator uses. */
    private record County(AdminDivision division, AdminDivision city, String shortName, String unit, List<Town> towns) {}

    /** A township; its villages are looked up on first use (few townships of a large region are ever used in a small run). */
    private static final class Town {
        private final Gazetteer gazetteer;
        private final AdminDivision division;
        private volatile List<AdminDivision> villages;

        Town(Gazetteer gazetteer, AdminDivision division) {
            this.gazetteer = gazetteer;
            this.division = division;
        }

        AdminDivision division() {
            return division;
        }

        /** Villages and communities, by code; may be empty. */
        List<AdminDivision> villages() {
            List<AdminDivision> v = villages;
            if (v == null) {
                List<AdminDivision> found = new ArrayList<>();
                for (int j = 1; j < 1000; j++) {
                    AdminDivision d = gazetteer.byCode(division.code() + threeDigits(j)).orElse(null);
                    if (d != null && (d.name().endsWith("村") || d.name().endsWith("社区"))) found.add(d);
                }
                villages = v = List.copyOf(found);
            }
            return v;
        }
    }

    private final List<County> counties;
    private final List<Agency> agencies;
    private final long seed;
    private final String province;

    /**
     * @param gazetteer the divisions the places come from
     * @param agencies  the bodies articles mention (at least one)
     * @param region    code of the province, city or county whose places are used ({@code 14}, {@code 140400},
     *                  {@code 140425}); it must contain at least one county with townships and villages
     * @param seed      seed of everything random
     */
    public CorpusGenerator(Gazetteer gazetteer, List<Agency> agencies, String region, long seed) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        if (agencies.isEmpty()) throw new IllegalArgumentException("no agencies for the synthetic corpus");
        this.agencies = List.copyOf(agencies);
        this.seed = seed;
        String prefix = codePrefix(region);
        this.counties = counties(gazetteer, prefix);
        if (counties.stream().noneMatch(c -> c.towns().stream().anyMatch(t -> !t.villages().isEmpty())))
            throw new IllegalArgumentException("region " + region + " has no county with townships and villages in the gazetteer");
        List<AdminDivision> up = gazetteer.ancestors(counties.get(0).division().code());
        this.province = up.get(up.size() - 1).name();
    }

    /** A generator over the bundled gazetteer and agency table. */
    public static CorpusGenerator standard(String region, long seed) {
        return new CorpusGenerator(Gazetteer.loadDefault(), agencies(AgencyTable.loadDefault()), region, seed);
    }

    /**
     * The county-level government bodies of an agency table: place-bound entries whose full name is the place
     * followed by the body ({@code {place}人力资源和社会保障局}), headed by a 局长 or a 主任, one per full name, with
     * the first abbreviation whose characters all occur in order in the full name (人社局, not the former 劳动局).
     */
    public static List<Agency> agencies(AgencyTable table) {
        Map<String, Agency> byFullName = new LinkedHashMap<>();
        for (AgencyTable.Entry e : table.entries()) {
            if (!e.subtype().equals("GovernmentAgency") || !e.pattern().startsWith(AgencyTable.PLACE)) continue;
            String full = e.pattern().substring(AgencyTable.PLACE.length());
            if (full.contains(AgencyTable.PLACE) || full.length() < 2 || !isSubsequence(e.abbreviation(), full)) continue;
            String head = full.endsWith("局") ? "局长" : full.endsWith("委员会") || full.endsWith("中心") ? "主任" : null;
            if (head == null || full.startsWith("人民政府") || full.startsWith("人民代表大会")) continue;
            byFullName.putIfAbsent(full, new Agency(full, e.abbreviation(), head));
        }
        return List.copyOf(byFullName.values());
    }

    private static boolean isSubsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) if (whole.charAt(i) == part.charAt(j)) j++;
        return j == part.length();
    }

    /** Number of counties whose places the articles use. */
    public int countyCount() {
        return counties.size();
    }

    /** Article {@code n} (n ≥ 1), with id {@code syn-n}. */
    public Article article(long n) {
        Ctx x = context(n);
        SplittableRandom rnd = x.rnd();
        County c = x.c();
        LocalDate date = x.date();
        Kind kind = Kind.values()[rnd.nextInt(Kind.values().length)];
        StringBuilder text = new StringBuilder();
        String reporter = person("reporter", Integer.toString(rnd.nextInt(60)));
        String correspondent = rnd.nextBoolean() ? null : person("correspondent", c.division().code() + rnd.nextInt(5));
        boolean bylineFirst = rnd.nextInt(3) > 0;
        if (bylineFirst) {
            text.append(rnd.nextBoolean() ? "本报讯" : c.shortName() + "讯").append("（记者 ").append(reporter);
            if (correspondent != null) text.append(" 通讯员 ").append(correspondent);
            text.append("）");
        }
        String title = kind.write(this, x, text);
        int extra = 1 + rnd.nextInt(3);
        for (int i = 0; i < extra; i++) {
            text.append('\n');
            Follow.values()[rnd.nextInt(Follow.values().length)].write(this, x, text);
        }
        if (!bylineFirst) {
            text.append("（记者 ").append(reporter);
            if (correspondent != null) text.append(" 通讯员 ").append(correspondent);
            text.append("）");
        }
        if (rnd.nextInt(4) == 0) text.append('\n').append(person("photo", Integer.toString(rnd.nextInt(30)))).append(" 摄");
        String id = ID_PREFIX + n;
        return new Article(id, id, title, date.toString(), SOURCE, null, null, text.toString(), null, 0);
    }

    /**
     * The places article {@code n} is about: village, township, county and on up to the province, each the
     * parent of the one before in the gazetteer.
     */
    public List<AdminDivision> places(long n) {
        Ctx x = context(n);
        List<AdminDivision> chain = new ArrayList<>(List.of(x.v(), x.t().division(), x.c().division()));
        if (x.c().city() != null) chain.add(x.c().city());
        return List.copyOf(chain);
    }

    /** The random source, places and date of article {@code n}: the first draws of its random sequence. */
    private Ctx context(long n) {
        if (n < 1) throw new IllegalArgumentException("article number must be >= 1, got " + n);
        SplittableRandom rnd = new SplittableRandom(mix(seed, n));
        County c;
        Town t;
        int tries = 0;
        do { // a few townships (new ones, or zones) list no villages
            c = counties.get(rnd.nextInt(counties.size()));
            t = c.towns().get(rnd.nextInt(c.towns().size()));
        } while (t.villages().isEmpty() && ++tries < 1000);
        if (t.villages().isEmpty()) throw new IllegalStateException("no villages found for article " + n);
        AdminDivision v = t.villages().get(rnd.nextInt(t.villages().size()));
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(6 * 365));
        return new Ctx(rnd, c, t, v, date);
    }

    /** Writes articles {@code first .. first+count-1} as JSONL, one record per line (fields id, title, date, source, text). */
    public void writeJsonl(long first, long count, Writer out) throws IOException {
        for (long n = first; n < first + count; n++) {
            Article a = article(n);
            JsonObject o = new JsonObject();
            o.addProperty("id", a.id());
            o.addProperty("title", a.title());
            o.addProperty("date", a.date());
            o.addProperty("source", a.source());
            o.addProperty("text", a.text());
            out.write(o.toString());
            out.write('\n');
        }
    }

    // ------------------------------------------------------------------ templates

    /** What one article is about: writes its title (returned) and its lead paragraphs. */
    private enum Kind {
        MEETING {
            @Override String write(CorpusGenerator g, Ctx x, StringBuilder s) {
                String topic = x.pick(SyntheticTables.TOPICS);
                Agency a1 = x.pick(g.agencies), a2 = x.pick(g.agencies);
                s.append(x.day()).append("，").append(x.county()).append("召开").append(topic).append("工作推进会。")
                        .append(x.county()).append("委书记").append(g.secretary(x)).append("出席会议并讲话，")
                        .append(x.unit()).append("委副书记、").append(x.chief()).append(g.chief(x)).append("主持会议。\n")
                        .append("会议传达学习了").append(g.province).append(topic).append("工作会议精神，听取了")
                        .append(x.county()).append(a1.fullName()).append("、").append(x.county()).append(a2.fullName())
                        .append("等部门的工作汇报。").append(g.secretary(x)).append("强调，全").append(x.unit())
                        .append("上下要压紧压实责任，").append(x.town()).append("等乡镇要抓好落实，确保各项任务按期完成。\n")
                        .append(x.unit()).append("委常委、").append(x.unit()).append("委办公室主任").append(g.official(x, "县委办主任"))
                        .append("，副").append(x.chief()).append(g.official(x, "副职1")).append("参加会议。");
                return x.county() + "召开" + topic + "工作推进会";
            }
        },
        INSPECTION {
            @Override String write(CorpusGenerator g, Ctx x, StringBuilder s) {
                String topic = x.pick(SyntheticTables.TOPICS), project = x.pick(SyntheticTables.PROJECTS);
                s.append(x.day()).append("，").append(x.county()).append("委副书记、").append(x.chief()).append(g.chief(x))
                        .append("深入").append(x.town()).append(x.village()).append("调研").append(topic).append("工作。\n")
                        .append("在").append(x.village()).append("，").append(g.chief(x)).append("实地察看了").append(project)
                        .append("建设情况，详细询问项目进度和资金保障，要求").append(x.town()).append("倒排工期、挂图作战。")
                        .append(x.town()).append("党委书记").append(g.official(x, x.t().division().code() + "书记")).append("、")
                        .append(townChief(x)).append(g.official(x, x.t().division().code() + "长")).append("陪同调研。");
                return x.chief() + g.chief(x) + "到" + x.town() + "调研" + topic + "工作";
            }
        },
        APPOINTMENT {
            @Override String write(CorpusGenerator g, Ctx x, StringBuilder s) {
                Agency a = x.pick(g.agencies);
                String body = x.county() + a.fullName();
                String newHead = g.person("new " + a.fullName(), x.c().division().code() + x.date().getYear());
                String oldHead = g.head(x, a);
                s.append(x.day()).append("，").append(x.county()).append("召开领导干部会议，宣布").append(x.unit())
                        .append("委关于").append(body).append("主要负责同志调整的决定：").append(newHead).append("任")
                        .append(body).append("党组书记、").append(a.headTitle()).append("，").append(oldHead).append("不再担任")
                        .append(body).append(a.headTitle()).append("职务。\n").append(x.unit()).append("委组织部部长")
                        .append(g.official(x, "组织部长")).append("宣读任职决定。此前，").append(newHead).append("任").append(x.town()).append("党委书记。")
                        .append(newHead).append("表示，将尽快进入角色，")
                        .append("团结带领").append(a.shortName()).append("全体干部职工，推动各项工作再上新台阶。");
                return body + "主要负责同志调整";
            }
        },
        HOSPITAL {
            @Override String write(CorpusGenerator g, Ctx x, StringBuilder s) {
                String hosp = x.county() + x.pick(List.of("人民医院", "中医医院", "妇幼保健院"));
                String partner = x.pick(SyntheticTables.PARTNER_HOSPITALS), dept = x.pick(SyntheticTables.DEPARTMENTS);
                s.append(x.day()).append("，").append(hosp).append("与").append(partner).append("医联体合作签约仪式在")
                        .append(hosp).append("举行。\n根据协议，").append(partner).append("将每月选派").append(dept)
                        .append("专家到").append(hosp).append("坐诊、查房和带教，帮助建设").append(dept).append("。")
                        .append(hosp).append("党委书记").append(g.person("hospital secretary", hosp)).append("、院长")
                        .append(g.person("hospital head", hosp)).append("介绍，医院去年门急诊量超过").append(10 + x.rnd().nextInt(40))
                        .append("万人次。").append(x.county()).append("卫生健康局局长").append(g.person("卫健局长", x.c().division().code()))
                        .append("出席签约仪式。\n").append(x.town()).append("卫生院同日挂牌成为").append(hosp).append("分院。");
                return hosp + "与" + partner + "签约共建医联体";
            }
        },
        COMPANY {
            @Override String write(CorpusGenerator g, Ctx x, StringBuilder s) {
                String company = g.company(x);
                String product = x.pick(SyntheticTables.PRODUCTS);
                s.append(x.day()).append("，").append(company).append("年产").append(1 + x.rnd().nextInt(20)).append("万吨")
                        .append(product).append("深加工项目在").append(x.county()).append(x.town()).append("开工建设。\n")
                        .append("该项目总投资").append(1 + x.rnd().nextInt(9)).append(".").append(x.rnd().nextInt(10))
                        .append("亿元，建成后可带动周边").append(x.village()).append("等").append(3 + x.rnd().nextInt(12))
                        .append("个村的").append(100 + x.rnd().nextInt(900)).append("户农户增收。公司董事长")
                        .append(g.person("chair", company)).append("介绍，项目预计明年投产。")
                        .append(x.county()).append("委副书记、").append(x.chief()).append(g.chief(x)).append("出席开工仪式并宣布项目开工。");
                return company + "深加工项目开工";
            }
        },
        BANK {
            @Override String write(CorpusGenerator g, Ctx x, StringBuilder s) {
                String bank = x.pick(List.of(x.county() + "农村商业银行", "中国农业银行" + x.county() + "支行",
                        "中国邮政储蓄银行" + x.county() + "支行", x.cityShort() + "农商行" + x.town() + "支行"));
                String product = x.pick(SyntheticTables.PRODUCTS);
                String coop = x.village() + product + "专业合作社";
                s.append("今年以来，").append(bank).append("累计向").append(x.county()).append(x.town()).append(x.village())
                        .append("等").append(5 + x.rnd().nextInt(40)).append("个村的新型农业经营主体发放贷款")
                        .append(100 + x.rnd().nextInt(5000)).append("万元，支持").append(product).append("产业发展。\n")
                        .append(coop).append("理事长").append(g.person("coop", coop)).append("说，有了这笔贷款，合作社新建了")
                        .append(2 + x.rnd().nextInt(8)).append("座冷库。").append(bank).append("行长")
                        .append(g.person("bank head", bank)).append("表示，将持续加大涉农信贷投放。");
                return bank + "信贷支持" + product + "产业";
            }
        },
        VILLAGE {
            @Override String write(CorpusGenerator g, Ctx x, StringBuilder s) {
                String product = x.pick(SyntheticTables.PRODUCTS);
                s.append("走进").append(x.county()).append(x.town()).append(x.village()).append("，一排排").append(product)
                        .append("大棚整齐排列。").append(x.village()).append("党支部书记、村委会主任")
                        .append(g.villageHead(x)).append("告诉记者，村里成立了").append(x.village()).append(product)
                        .append("专业合作社，去年村集体经济收入达到").append(20 + x.rnd().nextInt(200)).append("万元。\n")
                        .append("村民").append(g.villager(x)).append("家种了").append(2 + x.rnd().nextInt(10)).append("亩")
                        .append(product).append("，一年收入").append(3 + x.rnd().nextInt(10)).append("万多元。");
                return x.village() + "：" + product + "产业鼓起村民钱袋子";
            }
        },
        SCHOOL {
            @Override String write(CorpusGenerator g, Ctx x, StringBuilder s) {
                String school = x.rnd().nextBoolean() ? x.county() + "第" + x.pick(List.of("一", "二", "三")) + "中学"
                        : x.town() + "中心小学";
                s.append(x.day()).append("，").append(school).append("举行").append(x.pick(List.of("开学典礼", "运动会", "科技节", "读书节")))
                        .append("。校长").append(g.person("principal", school)).append("在致辞中说，学校将坚持立德树人。")
                        .append(x.county()).append("教育局局长").append(g.person("教育局长", x.c().division().code()))
                        .append("到场观摩。\n").append(x.town()).append(x.village()).append("学生家长").append(g.villager(x))
                        .append("说，孩子在家门口就能上好学。");
                return school + "举行活动";
            }
        },
        AGENCY {
            @Override String write(CorpusGenerator g, Ctx x, StringBuilder s) {
                Agency a = x.pick(g.agencies);
                String topic = x.pick(SyntheticTables.TOPICS);
                s.append(x.day()).append("起，").append(x.county()).append(a.fullName()).append("组织开展").append(topic)
                        .append("专项行动，深入").append(x.town()).append("等乡镇检查指导。\n").append(x.unit()).append(a.shortName())
                        .append(a.headTitle()).append(g.head(x, a)).append("介绍，截至目前共检查").append(20 + x.rnd().nextInt(300))
                        .append("家单位，发现问题").append(x.rnd().nextInt(80)).append("个，已全部整改。");
                return x.county() + a.shortName() + "开展" + topic + "专项行动";
            }
        };

        abstract String write(CorpusGenerator g, Ctx x, StringBuilder s);
    }

    /** Paragraphs that follow the lead of any article. */
    private enum Follow {
        QUOTE {
            @Override void write(CorpusGenerator g, Ctx x, StringBuilder s) {
                s.append("“").append(x.pick(List.of("现在办事方便多了", "日子一年比一年好", "路修好了，出门不再难",
                        "家门口就能打工挣钱"))).append("，”").append(x.village()).append("村民").append(g.villager(x))
                        .append("高兴地说。");
            }
        },
        TOWNSHIP {
            @Override void write(CorpusGenerator g, Ctx x, StringBuilder s) {
                s.append("近年来，").append(x.town()).append("立足资源优势，大力发展").append(x.pick(SyntheticTables.PRODUCTS))
                        .append("产业，").append(x.town()).append("党委书记").append(g.official(x, x.t().division().code() + "书记"))
                        .append("说，全").append(townUnit(x)).append("已有").append(3 + x.rnd().nextInt(20)).append("个村建起了产业基地。");
            }
        },
        OFFICIAL {
            @Override void write(CorpusGenerator g, Ctx x, StringBuilder s) {
                Agency a = x.pick(g.agencies);
                s.append(x.unit()).append("委常委、副").append(x.chief()).append(g.official(x, "常务副职")).append("，")
                        .append(x.county()).append(a.fullName()).append(a.headTitle()).append(g.head(x, a))
                        .append("一同参加活动。");
            }
        },
        CHAIN {
            @Override void write(CorpusGenerator g, Ctx x, StringBuilder s) {
                s.append("据了解，").append(x.cityName()).append(x.county()).append(x.town()).append(x.village())
                        .append("是").append(g.province).append("第").append(1 + x.rnd().nextInt(5)).append("批")
                        .append(x.pick(List.of("乡村振兴示范村", "美丽宜居示范村", "传统村落", "文明村镇"))).append("。");
            }
        },
        COMPANY_NEWS {
            @Override void write(CorpusGenerator g, Ctx x, StringBuilder s) {
                String company = g.company(x);
                s.append("在").append(x.town()).append("，").append(company).append("吸纳当地").append(30 + x.rnd().nextInt(300))
                        .append("名群众就业，公司总经理").append(g.person("manager", company)).append("说，明年还将扩大生产规模。");
            }
        };

        abstract void write(CorpusGenerator g, Ctx x, StringBuilder s);
    }

    /** What one article is written about, with its random source. */
    private record Ctx(SplittableRandom rnd, County c, Town t, AdminDivision v, LocalDate date) {
        <T> T pick(List<T> list) {
            return list.get(rnd.nextInt(list.size()));
        }

        String county() {
            return c.division().name();
        }

        String town() {
            return t.division().name();
        }

        String village() {
            return v.name();
        }

        String cityName() {
            return c.city() == null ? "" : c.city().name();
        }

        String cityShort() {
            String n = cityName();
            return n.endsWith("市") && n.length() > 2 ? n.substring(0, n.length() - 1) : n.isEmpty() ? c.shortName() : n;
        }

        /** 县, 区, 市 or 旗. */
        String unit() {
            return c.unit();
        }

        /** 县长, 区长, 市长 or 旗长. */
        String chief() {
            return c.unit() + "长";
        }

        String day() {
            return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
    }

    private static String townChief(Ctx x) {
        String n = x.town();
        return n.endsWith("街道") ? "街道办事处主任" : n.endsWith("乡") ? "乡长" : "镇长";
    }

    private static String townUnit(Ctx x) {
        String n = x.town();
        return n.endsWith("街道") ? "街道" : n.endsWith("乡") ? "乡" : "镇";
    }

    // ------------------------------------------------------------------ people

    private String secretary(Ctx x) {
        return person("secretary", x.c().division().code());
    }

    private String chief(Ctx x) {
        return person("chief", x.c().division().code());
    }

    private String official(Ctx x, String post) {
        return person(post, x.c().division().code());
    }

    private String head(Ctx x, Agency a) {
        return person("head " + a.fullName(), x.c().division().code());
    }

    private String villageHead(Ctx x) {
        return person("village head", x.v().code());
    }

    private String villager(Ctx x) {
        return person("villager " + x.rnd().nextInt(50), x.v().code());
    }

    private String company(Ctx x) {
        return x.cityShort() + x.pick(SyntheticTables.TRADE_NAMES) + x.pick(SyntheticTables.INDUSTRIES) + "有限公司";
    }

    /** The person holding {@code role} in {@code where}: the same name for the same seed, role and place. */
    String person(String role, String where) {
        SplittableRandom r = new SplittableRandom(mix(seed, (role + "@" + where).hashCode() * 0x9E3779B97F4A7C15L));
        List<String> s = SyntheticTables.SURNAMES, g = SyntheticTables.GIVEN;
        // skew towards frequent surnames: the minimum of two draws
        String name = s.get(Math.min(r.nextInt(s.size()), r.nextInt(s.size())));
        name += g.get(r.nextInt(g.size()));
        if (r.nextInt(5) > 0) name += g.get(r.nextInt(g.size()));
        return name;
    }

    // ------------------------------------------------------------------ places

    private static String codePrefix(String region) {
        Objects.requireNonNull(region, "region");
        if (!region.matches("\\d{2}|\\d{4}|\\d{6}"))
            throw new IllegalArgumentException("region must be a 2-, 4- or 6-digit division code, got '" + region + "'");
        String p = region;
        while (p.length() > 2 && p.endsWith("00")) p = p.substring(0, p.length() - 2);
        return p;
    }

    private static List<County> counties(Gazetteer gaz, String prefix) {
        // codes nest: a county's code extends its city's four digits by two, a township's its county's by
        // three, a village's its township's by three; so the region's divisions are found by probing codes
        List<String> countyCodes = new ArrayList<>();
        if (prefix.length() == 6) countyCodes.add(prefix);
        else for (int c = 0; c < 100; c++) {
            String city = prefix.length() == 4 ? prefix : prefix + twoDigits(c);
            for (int k = 1; k < 100; k++) countyCodes.add(city + twoDigits(k));
            if (prefix.length() == 4) break;
        }
        List<County> out = new ArrayList<>();
        for (String code : countyCodes) {
            AdminDivision county = gaz.byCode(code).filter(d -> d.level() == Level.COUNTY).orElse(null);
            // zones have no county government; 城区, 郊区, 矿区 are only understood with their city's name
            if (county == null || NOT_A_COUNTY.matcher(county.name()).find() || GENERIC_DISTRICTS.contains(county.name())) continue;
            String unit = unitOf(county.name());
            if (unit == null) continue;
            List<Town> towns = new ArrayList<>();
            for (int i = 1; i < 1000; i++) {
                AdminDivision town = gaz.byCode(county.code() + threeDigits(i)).orElse(null);
                if (town != null && (town.name().endsWith("镇") || town.name().endsWith("乡") || town.name().endsWith("街道")))
                    towns.add(new Town(gaz, town));
            }
            if (towns.isEmpty()) continue;
            List<AdminDivision> up = gaz.ancestors(county.code());
            AdminDivision city = up.stream().filter(d -> d.level() == Level.CITY).findFirst().orElse(null);
            String n = county.name();
            String shortName = n.length() > 2 ? n.substring(0, n.length() - 1) : n;
            out.add(new County(county, city, shortName, unit, List.copyOf(towns)));
        }
        return List.copyOf(out);
    }

    private static final java.util.Set<String> GENERIC_DISTRICTS = java.util.Set.of("城区", "郊区", "矿区");

    /** Development zones and the like, which the gazetteer lists at county level but which have no county government. */
    private static final java.util.regex.Pattern NOT_A_COUNTY = java.util.regex.Pattern.compile("开发区|示范区|高新|园区|管理区|新区$|工业区");

    private static String unitOf(String countyName) {
        for (String u : List.of("县", "区", "市", "旗")) if (countyName.endsWith(u)) return u;
        return null;
    }

    private static String twoDigits(int i) {
        return i < 10 ? "0" + i : Integer.toString(i);
    }

    private static String threeDigits(int i) {
        return i < 10 ? "00" + i : i < 100 ? "0" + i : Integer.toString(i);
    }

    private static long mix(long seed, long n) {
        long z = seed * 0x9E3779B97F4A7C15L + n;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
