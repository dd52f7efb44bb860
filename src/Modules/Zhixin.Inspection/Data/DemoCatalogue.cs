using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Data;

/// <summary>
/// The demo catalogue: an excerpt in the shape of the national key industrial-product catalogue (the 2023 edition
/// lists 14 categories and 247 products). The products, risk levels and producing trades here are demo settings,
/// chosen so the demo register has producers to draw; they are not the official list.
/// </summary>
internal static class DemoCatalogue
{
    public const string NationalCode = "national-2023-demo";
    public const string FujianCode = "350000-2024-demo";

    public static IReadOnlyList<(string Category, string CategoryName, string Code, string Name, RiskLevel Risk, string Industries, string Items)> Products { get; } =
    [
        ("01", "食品相关产品", "0101", "食品用塑料包装容器工具", RiskLevel.Elevated, "C2927", "感官\n总迁移量\n高锰酸钾消耗量\n重金属（以Pb计）"),
        ("01", "食品相关产品", "0102", "食品用纸包装", RiskLevel.General, "C2231", "感官\n荧光性物质\n铅\n砷"),
        ("02", "电子电器", "0201", "电热水壶", RiskLevel.High, "C385", "对触及带电部件的防护\n泄漏电流和电气强度\n发热\n结构\n接地措施"),
        ("02", "电子电器", "0202", "电吹风", RiskLevel.Elevated, "C385", "对触及带电部件的防护\n发热\n非正常工作\n电源连接和外部软线"),
        ("02", "电子电器", "0203", "电线电缆", RiskLevel.High, "C383", "导体电阻\n绝缘厚度\n绝缘最薄处厚度\n绝缘老化前拉伸性能"),
        ("03", "儿童用品", "0301", "儿童玩具", RiskLevel.High, "C245", "小零件\n可触及锐利边缘\n可触及锐利尖端\n增塑剂\n标识和使用说明"),
        ("03", "儿童用品", "0302", "童装", RiskLevel.Elevated, "C181", "纤维含量\npH值\n甲醛含量\n绳带要求\n附件抗拉强力"),
        ("04", "日用消费品", "0401", "家具", RiskLevel.General, "C211", "甲醛释放量\n稳定性\n结构安全"),
        ("04", "日用消费品", "0402", "纺织面料", RiskLevel.General, "C176", "纤维含量\n色牢度\npH值"),
        ("04", "日用消费品", "0403", "洗涤用品", RiskLevel.General, "C266", "总活性物含量\n总五氧化二磷\npH值"),
        ("05", "建筑和装饰装修材料", "0501", "水泥", RiskLevel.Elevated, "C3011", "烧失量\n三氧化硫\n凝结时间\n安定性\n抗压强度"),
        ("05", "建筑和装饰装修材料", "0502", "钢结构构件", RiskLevel.General, "C331", "屈服强度\n抗拉强度\n断后伸长率"),
        ("06", "交通用具", "0601", "电动自行车", RiskLevel.High, "C376,C377", "最高车速\n整车质量\n制动性能\n蓄电池标称电压\n脚踏行驶能力"),
        ("07", "机械及安防", "0701", "通用机械零部件", RiskLevel.General, "C344", "尺寸\n硬度\n表面质量"),
        ("08", "农业生产资料", "0801", "复合肥料", RiskLevel.Elevated, "C262", "总养分\n水溶性磷占有效磷百分率\n水分\n粒度"),
    ];

    /// <summary>How often a demo batch of a product fails: riskier products fail more, as the national figures show.</summary>
    public static double FailureRate(RiskLevel risk) => risk switch
    {
        RiskLevel.High => 0.18,
        RiskLevel.Elevated => 0.11,
        _ => 0.06,
    };
}
