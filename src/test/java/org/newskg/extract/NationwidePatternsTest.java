package org.newskg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.ExtractRulesTest.assertFound;
import static org.newskg.extract.ExtractRulesTest.assertNotMentioned;
import static org.newskg.extract.ExtractRulesTest.expected;
import static org.newskg.extract.ExtractRulesTest.run;

/**
 * Patterns of county and city papers from further provinces (sentences written for these tests in the style of
 * Sichuan, Yunnan, Hebei, Jiangxi, Fujian, Anhui, Heilongjiang, Shaanxi and Shandong local news): schools called by
 * their number, trade names without a legal form in a business context, names HanLP cut out of a township or list,
 * quoted epithets, parks owned by the nearest place only.
 */
class NationwidePatternsTest {

    @ParameterizedTest(name = "orgs: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # schools called by their number after a level prefix or their county or city (guideline 11)
            县一中高三学生李明获奖。 | 县一中:School
            长治二中、晋城三中和县二小的师生参加。 | 长治二中:School; 晋城三中:School; 县二小:School
            # trade names without a legal form, where the clause is about companies
            齐鲁石化、京东物流、伊利乳业、徐工机械等企业参加。 | 齐鲁石化:Company; 京东物流:Company; 伊利乳业:Company; 徐工机械:Company
            青岛啤酒、双汇食品等知名品牌亮相展会。 | 青岛啤酒:Company; 双汇食品:Company
            龙头企业伊利乳业在当地建厂。 | 伊利乳业:Company
            # an item of a list of persons that HanLP reads as a place is the organisation that follows
            弥勒市卫健局局长李春华、云南省第一人民医院副院长王东出席签约仪式。 | 云南省第一人民医院:Hospital
            吴店镇中心学校校长陈刚、吴店镇中心幼儿园园长刘芳分别致辞。 | 吴店镇中心学校:School; 吴店镇中心幼儿园:School
            # a compound direction opens a university's name (东南/f 大学)
            南京鼓楼医院、东南大学附属中大医院专家参与会诊。 | 东南大学附属中大医院:Hospital
            # township offices and stations of county bureaus, named by their township (guideline 12)
            玄武镇司法所、玄武镇财政所也派员参加。 | 玄武镇司法所:GovernmentAgency; 玄武镇财政所:GovernmentAgency
            马村乡农技站站长王军、城关镇敬老院院长赵平参加。 | 马村乡农技站:GovernmentAgency; 城关镇敬老院:Other
            # a site and its news app written together (guideline 14), a province's satellite channel
            据红网时刻新闻报道，湖南卫视、潇湘晨报也关注了这一故事。 | 红网:Media; 时刻新闻:Media; 湖南卫视:Media; 潇湘晨报:Media
            # national banks named without 中国, and their branches (建设/vn 银行郴州分行)
            中国银行郴州分行、建设银行郴州分行派员参加。 | 中国银行郴州分行:Bank; 建设银行郴州分行:Bank
            工商银行长治分行行长李强说。 | 工商银行长治分行:Bank
            # a tribunal named by its township without 镇 (立/v 仓/ng 人民法庭: 立仓镇), written with its court (guideline 13)
            日前，蒙城县人民法院立仓人民法庭成功调解一起劳务纠纷。立仓法庭庭长周磊带领干警。 | 蒙城县人民法院立仓人民法庭:GovernmentAgency; 立仓法庭:GovernmentAgency
            德江县供销合作社联合社主任安国强介绍。 | 德江县供销合作社联合社:Company
            # cooperatives in a list, each after its village, their trade names cut into characters (家/q 林/ng)
            涌现出了东关村家林农机专业合作社、陈庄村美良农机专业合作社等典型。 | 家林农机专业合作社:Company; 美良农机专业合作社:Company
            # a registered company's trade name, used alone later in the article
            山西瑞格金属新材料有限公司专注镁铝新材料。全镇依托瑞格、伟腾等企业发展。 | 瑞格:Company
            # the outlet opening a wire dateline, whatever its name (guideline 14: an app's name with 新闻 keeps it)
            市道新闻山西8月26日电 近年来，全省蔬菜产业快速发展。 | 市道新闻:Media
            据中新社长沙12月1日电，湖南启动冬季送温暖活动。 | 中新社:Media
            # a paper HanLP knows as one proper name that holds a false ending (文汇报/nz: 汇报)
            据香港文汇报报道，文汇报记者李明到现场采访。 | 香港文汇报:Media; 文汇报:Media
            # associations named by their members' calling (企业家/nnt 协会); people's organisations of a level
            湖南省青年企业家协会会长李伟致辞。 | 湖南省青年企业家协会:Other
            由团省委、省青年联合会主办，市作家协会、县侨联协办。 | 省青年联合会:Other; 市作家协会:Other; 县侨联:Other
            # a verb before the owner place belongs to the clause (党委联合/vd 沧州市人民医院)
            社区党委联合沧州市人民医院开展义诊。 | 沧州市人民医院:Hospital
            # a procuratorate's office stationed in a township, written with its parent and 驻 (guideline 13)
            利川市人民检察院驻团堡镇检察室检察官张华正在接待群众来访。 | 利川市人民检察院驻团堡镇检察室:GovernmentAgency
            # a village named X村 and its own 村党支部 (段/q 村村/n 党支部)
            平遥县段村镇段村村党支部书记、村委会主任雷建华带领村民。 | 段村村党支部:PartyOrganization
            # a level prefix and an ordinal, or the experimental school, name one institution (guideline 11)
            获奖单位包括县第一中学、县实验小学、市第二人民医院。 | 县第一中学:School; 县实验小学:School; 市第二人民医院:Hospital
            """)
    void orgs(String text, String orgs) {
        assertFound(text, EntityType.Organization, orgs);
    }

    @ParameterizedTest(name = "persons: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 为 (for) glued to a name before a place or body's name opens the predicate (胡敏为/nr 随州市…)
            检察部主任胡敏为随州市第一中学师生上法治课。 | 胡敏
            # credit roles without a byline role, after a colon: persons only
            作者：刘明  校对：王芳 审核：李强 | 刘明; 王芳; 李强
            # names of minority peoples with no Han surname (格桑/nrf), joined by · (艾尼瓦尔·吐尔逊), beside a title or cue
            塔玛社区党委书记格桑出席活动。副县长艾尼瓦尔·吐尔逊介绍。书记扎西多吉说。 | 格桑; 艾尼瓦尔·吐尔逊; 扎西多吉
            # officers named by their calling; the name's last character and the next make an adverb (张华正/nr 在)
            利川市人民检察院驻团堡镇检察室检察官张华正在接待群众来访。 | 张华
            # …but a verb after the name keeps it whole (常建明/nr 说: 明说 is a verb)
            陶瓷有限公司董事长常建明说，工坊已培训绘工。 | 常建明
            # a compound surname and a two-character given name, which HanLP cut in two (欧阳春/nr 华是/nr)
            欧阳春华是村里的致富带头人，司马南也来了。 | 欧阳春华; 司马南
            # the word after the name swallowed its last character, and what is left opens a word (谭志/nr 刚正/a 在)
            村党总支书记谭志刚正在查看蔬菜长势。 | 谭志刚
            # a bare name in brackets after the dateline: a credit without a role word is a person (guideline: bylines)
            本报讯 (王小明) “我们流转本村土地，办起了合作社。” | 王小明
            本报讯（李燕）近日，县里召开会议。 | 李燕
            """)
    void persons(String text, String names) {
        assertFound(text, EntityType.Person, names);
    }

    @ParameterizedTest(name = "places: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a township missing from the gazetteer, named by a token HanLP reads as a person (悦兴/nr 镇)
            确保太和镇、悦兴镇等重点区域安全。 | 悦兴镇:Township
            # a river HanLP tags as another proper name (岷江/nz)
            要加强黑龙滩水库、岷江沿线巡查。 | 岷江:Other
            # 和县 is a county after its city or province
            马鞍山市和县历阳镇的农户。 | 和县:County
            # an industrial park is owned by the nearest place; the city before it is a place of its own
            赣州市南康区家具产业园日前组织企业赴深圳参展。 | 赣州市:City; 南康区家具产业园:Other
            # in a list, a surname character opens a village's name whatever HanLP read it as (陈/vg 庄村, 张大/v 屯/ng 村)
            涌现出了东关村家林农机专业合作社、陈庄村美良农机专业合作社、张大屯村百川种植合作社等典型。 | 东关村:Village; 陈庄村:Village; 张大屯村:Village
            # a township's name without its ending, used in the same article (guideline 4)
            初秋时节，裴社镇田间一片丰收繁忙，让“裴社制造”走向世界。 | 裴社镇:Township; 裴社:Township
            # a variant of a traditional character that HanLP's table leaves (陜 for 陝)
            產品遠銷運城、臨汾及陜西、河南等地。 | 陜西:Province; 臨汾:City
            # townships of a county-level city under its province, which the gazetteer names with the city first
            日前，济源示范区克井镇与河南科技大学签约。 | 克井镇:Township
            # the township's ending glued to the first character of a community's name (坪/ng 镇长/nnt 胜/v 街)
            红安县七里坪镇长胜街社区组织党员参观。 | 七里坪镇:Township; 长胜街社区:Village
            # lakes and rivers HanLP reads as persons (龙子湖/nr, 党河/nr), rivers of one rare character (洹/g 河), avenues
            市民可沿着龙子湖骑行，洹河、淇河沿岸和党河风情线游人如织，新建的滨湖大道已通车。 | 龙子湖:Other; 洹河:Other; 淇河:Other; 党河:Other; 滨湖大道:Other
            # a village the gazetteer names 上村, written with its ending once more (上村村); 村貌 and 村民 are words
            随后走访了屯留区上村镇上村村和西沟村。 | 上村村:Village
            # a named mountain range; a village HanLP read as one token after a place token is that token
            度假区依托雪峰山脉和黄岩白马村打造景观。 | 雪峰山脉:Other; 白马村:Village
            """)
    void places(String text, String places) {
        assertFound(text, EntityType.Place, places);
    }

    @ParameterizedTest(name = "not mentioned: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            确保太和镇、悦兴镇等重点区域安全。 | 兴镇
            # a place name opening the next item of a list of persons is no person
            弥勒市卫健局局长李春华、云南省第一人民医院副院长王东出席签约仪式。 | 云南省
            区供销社主任周平、安徽农业大学教授张大勇出席。 | 安徽
            吴店镇中心学校校长陈刚、吴店镇中心幼儿园园长刘芳分别致辞。 | 吴店镇
            南京鼓楼医院、东南大学附属中大医院专家参与会诊。 | 大学附属中大医院
            # a bare station of no named township is no body
            全镇建成综合文化站12个。 | 综合文化站
            # 和 before 县 joins two schools; it is no county 和县
            长治二中、晋城三中和县二小的师生参加。 | 和县
            # quoted epithets and ordinals name no village (guideline 15)
            潦浒村以陶器闻名，素有“陶村”之称。 | 陶村
            这里被誉为“中国扇子第一村”。 | 扇子第一村; 中国扇子第一村
            # an industry word after a name, with no company in the clause, is a sector
            当地积极发展现代物流、医药物流和石化产业。 | 现代物流; 医药物流
            推动山西煤业转型发展。 | 山西煤业
            # a name after a department's title: the title's last character opens no compound surname (科长|孙丽, not 长孙丽)
            临沂市园林局公园管理科科长孙丽说，今年新建口袋公园30个。 | 长孙丽
            # without a cue, a county's name and a word are no person (安吉竹/nr 产业)
            2025中国·安吉竹产业博览会在安吉县开幕。 | 安吉竹
            远处是连绵的山脉。 | 连绵的山脉; 山脉
            度假区依托雪峰山脉和黄岩白马村打造景观。 | 黄岩白马村
            日前，济源示范区克井镇与河南科技大学签约。 | 井镇
            红安县七里坪镇长胜街社区组织党员参观。 | 胜街社区
            中国银行郴州分行、建设银行郴州分行派员参加。 | 银行郴州分行
            # a township's party body is its 党委: a 党支部 after it is none of its bodies
            马店镇党支部领办合作社助农增收 | 马店镇党支部
            # a category of bodies (X类) is no body
            其中，农机服务类专业合作社7个、种植业类合作社20个。 | 农机服务类专业合作社; 种植业类合作社
            涌现出了东关村家林农机专业合作社、陈庄村美良农机专业合作社、张大屯村百川种植合作社等典型。 | 庄村; 屯村
            据中新社长沙12月1日电，湖南启动冬季送温暖活动。 | 据中新社
            今天是8月26日电力公司检修日。 | 今天是
            市民可沿着龙子湖骑行。 | 龙子
            江河湖泊纵横交错。 | 江河
            他向领导汇报工作。 | 汇报; 领导汇报
            # a bare 村 or 镇 before a company names no place: the village's cooperative is no named body
            菜园由村集体经济合作社统一经营，镇农业发展公司负责销售。 | 村集体经济合作社; 镇农业发展公司
            企业家协会成立十周年。 | 企业家协会
            社区党委联合沧州市人民医院开展义诊。 | 联合沧州市人民医院
            检察部主任胡敏为随州市第一中学师生上法治课。 | 胡敏为
            # without a cue, a name that opens with a time word is that word and a verb (白天忙/nr 农活)
            白天忙农活，晚上学技术。 | 白天忙
            刘庄村村貌一新，上村村民笑了。 | 刘庄村村; 上村村
            # a name ending in a village word (全/nr 嘎查) is none
            今年全嘎查人均收入增长12%。 | 全嘎查
            陶瓷有限公司董事长常建明说，工坊已培训绘工。 | 常建
            # an ordinary word before a tribunal is no township's name
            回顾抗战时期法庭的工作历程。 | 抗战时期法庭; 时期法庭
            # 其中 holds no school's number
            其中一中心校获评先进。 | 其中一; 一中
            赣州市南康区家具产业园日前组织企业赴深圳参展。 | 赣州市南康区家具产业园
            """)
    void notMentioned(String text, String not) {
        assertNotMentioned(text, not);
    }

    @ParameterizedTest(name = "positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            弥勒市卫健局局长李春华、云南省第一人民医院副院长王东出席签约仪式。 | 李春华/局长/弥勒市卫健局; 王东/副院长/云南省第一人民医院
            区供销社主任周平、安徽农业大学教授张大勇出席。 | 张大勇/教授/安徽农业大学
            京东物流董事长王振辉表示，将扩大投资。 | 王振辉/董事长/京东物流
            马村乡农技站站长王军、城关镇敬老院院长赵平参加。 | 王军/站长/马村乡农技站; 赵平/院长/城关镇敬老院
            平遥县段村镇段村村党支部书记雷建华带领村民。 | 雷建华/书记/段村村党支部
            临沂市园林局公园管理科科长孙丽说。 | 孙丽/公园管理科科长/临沂市园林局
            温宿县人民政府副县长艾尼瓦尔·吐尔逊介绍。 | 艾尼瓦尔·吐尔逊/副县长/温宿县人民政府
            """)
    void positions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertTrue(got.contains(r), () -> r + " not in " + got);
    }

    /** Every prefix of sentences that exercise the rules at the text's end extracts without error (index bounds). */
    @ParameterizedTest(name = "prefixes: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            村党总支书记谭志刚正在查看。
            涌现出了东关村家林农机专业合作社、陈庄村美良农机专业合作社、张大屯村百川种植合作社等典型。
            市道新闻山西8月26日电 近年来，全省蔬菜产业快速发展。
            山西瑞格金属新材料有限公司专注镁铝新材料。全镇依托瑞格、伟腾等企业发展。
            本报讯 (王小明) “我们流转本村土地，办起了合作社。”
            长治二中、晋城三中和县二小的师生参加，齐鲁石化、京东物流等企业参加。
            """)
    void prefixes(String text) {
        for (int n = 1; n <= text.length(); n++) {
            String prefix = text.substring(0, n);
            org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> run(prefix), prefix);
        }
    }

    @ParameterizedTest(name = "no positions: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a clause with 的 before the title describes the person; the post is not the body's
            天元区农业农村局派驻新塘村的第一书记易小兵说。 | 易小兵/派驻新塘村的第一书记/天元区农业农村局
            # a title naming a place of its own is that place's post, not one of the body heading the list
            平遥县农业农村局局长郝明、段村镇镇长冀伟陪同。 | 冀伟/段村镇镇长/平遥县农业农村局
            """)
    void noPositions(String text, String rows) {
        List<String> got = run(text).positions().stream().map(p -> p.person() + "/" + p.title() + "/" + p.org()).toList();
        for (String r : expected(rows)) assertFalse(got.contains(r), () -> r + " wrongly in " + got);
    }
}
