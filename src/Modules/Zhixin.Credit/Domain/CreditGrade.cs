namespace Zhixin.Credit.Domain;

/// <summary>
/// The published quality-credit grade of GB/T 23791: A 守信, B 基本守信, C 失信, D 严重失信. Not to be confused with
/// <see cref="RiskClass"/>, the internal class that sets how often a firm is inspected.
/// </summary>
internal enum CreditGrade
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}

/// <summary>
/// The internal credit-risk class (信用风险分类) A 低, B 一般, C 较高, D 高 that sets the inspection ratio. It is never
/// published, never shown to the firm and never a punishment by itself (不评价、不惩戒、不公开、不免抽).
/// </summary>
internal enum RiskClass
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}
