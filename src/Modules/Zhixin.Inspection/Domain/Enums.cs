using System.Text.Json.Serialization;

namespace Zhixin.Inspection.Domain;

/// <summary>A catalogue product's risk level (风险等级) as the catalogue edition ranks it: 1 is the highest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
internal enum RiskLevel
{
    /// <summary>高风险</summary>
    High = 1,

    /// <summary>较高风险</summary>
    Elevated = 2,

    /// <summary>一般风险</summary>
    General = 3,
}

/// <summary>年度抽查计划 or 专项抽查计划.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SpotCheckPlanKind>))]
internal enum SpotCheckPlanKind
{
    Annual = 1,
    Special = 2,
}

/// <summary>Where the sample was taken (抽样环节): the channels SAMR's notices break the rates down by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SamplingChannel>))]
internal enum SamplingChannel
{
    /// <summary>生产环节</summary>
    Production = 1,

    /// <summary>实体销售</summary>
    Retail = 2,

    /// <summary>电子商务</summary>
    ECommerce = 3,
}

/// <summary>企业规模 of the producer, as recorded on the sampling form (大型 / 中型 / 小型 / 微型).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FirmSize>))]
internal enum FirmSize
{
    Large = 1,
    Medium = 2,
    Small = 3,
    Micro = 4,
}

/// <summary>检验结论 of a batch or of one test item.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
internal enum Verdict
{
    /// <summary>合格</summary>
    Pass = 1,

    /// <summary>不合格</summary>
    Fail = 2,
}

/// <summary>A 双随机 draw is published (seed and pools' hash fixed) before it is drawn.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DrawStatus>))]
internal enum DrawStatus
{
    Published = 1,
    Drawn = 2,

    /// <summary>Published, then published again before it was drawn: kept on record with its seed and hash, never drawn.</summary>
    Superseded = 3,
}
