package org.newskg.bench;

import java.util.List;

/**
 * Word tables of the synthetic corpus: name parts, trade names, products, topics. The generator takes places from the
 * gazetteer and bodies from the agency table; these tables only fill in the invented parts.
 */
final class SyntheticTables {
    private SyntheticTables() {}

    /** Common surnames, most frequent first (the generator draws earlier ones more often). */
    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
            "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
            "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴",
            "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔",
            "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤",
            "尹", "黎", "易", "常", "武", "乔", "贺", "赖", "龚", "文", "牛", "申", "靳", "温", "霍", "原", "暴", "栗");

    /** Characters of given names. */
    static final List<String> GIVEN = List.of(
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀",
            "霞", "平", "刚", "桂", "英", "华", "慧", "建", "国", "志", "红", "文", "斌", "亮", "宁", "海", "燕", "鹏",
            "飞", "波", "宇", "浩", "凯", "晨", "鑫", "晓", "俊", "婷", "雪", "琳", "瑞", "峰", "东", "林", "玉", "兰",
            "新", "春", "永", "利", "德", "宏", "军", "爱", "清", "松", "海", "荣", "庆", "彦", "晋", "卫", "振", "亚",
            "丹", "萍", "云", "莉", "家", "泽", "翔", "昊", "博", "铭", "佳", "欣", "怡", "梦", "璐", "思", "佩", "立",
            "民", "生", "兵", "毅", "健", "光", "锋", "辉", "喜", "润", "旭", "虎", "彪", "广", "和", "成", "福", "贵");

    /** Trade names of companies and cooperatives. */
    static final List<String> TRADE_NAMES = List.of(
            "鑫源", "华泰", "宏达", "晋丰", "瑞丰", "恒通", "金土地", "太行", "绿源", "润丰", "兴旺", "聚福", "惠民",
            "天成", "龙腾", "祥和", "盛世", "新辉", "丰泽", "众鑫", "上党", "汇通", "康宁", "晟达");

    /** Industries (the part of a company name before its legal form). */
    static final List<String> INDUSTRIES = List.of(
            "农业科技", "食品", "建材", "物流", "新能源", "文化旅游", "煤业", "生物科技", "药业", "电子科技",
            "农产品开发", "环保科技", "机械制造", "纺织", "商贸");

    /** Crops for cooperatives, greenhouses, loans and village industries. */
    static final List<String> PRODUCTS = List.of(
            "小米", "西红柿", "中药材", "核桃", "连翘", "谷子", "辣椒", "食用菌", "苹果", "梨", "葡萄", "黄花菜",
            "蔬菜", "玉米", "红薯", "花椒", "草莓", "香菇", "党参");

    /** Topics of meetings and inspections. */
    static final List<String> TOPICS = List.of(
            "乡村振兴", "安全生产", "防汛", "秸秆禁烧", "农村人居环境整治", "高标准农田建设", "重点项目建设",
            "优化营商环境", "招商引资", "森林防火", "冬季清洁取暖", "耕地保护", "基层党建", "文明城市创建",
            "河长制", "民生实事", "信访维稳", "春季农业生产", "粮食收储", "冬春旅游");

    /** Projects visited on inspections. */
    static final List<String> PROJECTS = List.of(
            "光伏电站", "污水处理厂", "农产品加工园", "乡村旅游示范点", "日间照料中心", "标准化厂房", "冷链物流中心",
            "集中供热管网", "高效节水灌溉", "易地搬迁安置点", "村级卫生室", "便民服务中心");

    /** Higher hospitals that county hospitals partner with. */
    static final List<String> PARTNER_HOSPITALS = List.of(
            "山西医科大学第一医院", "山西省人民医院", "山西白求恩医院", "山西省中医院", "北京大学第一医院",
            "首都医科大学附属北京天坛医院", "中国中医科学院广安门医院");

    /** Hospital departments. */
    static final List<String> DEPARTMENTS = List.of(
            "心血管内科", "骨科", "儿科", "急诊科", "中医科", "康复科", "呼吸与危重症医学科", "妇产科", "眼科");
}
