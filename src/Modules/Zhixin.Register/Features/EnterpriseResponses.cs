using Zhixin.Platform.Codes;
using Zhixin.Platform.Regions;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features;

/// <summary>One row of a list of enterprises.</summary>
internal sealed record EnterpriseSummary(
    Guid Id,
    string CreditCode,
    string OrgCode,
    string Name,
    string RegionCode,
    string RegionName,
    string? IndustryCode,
    EnterpriseStatus Status,
    string StatusLabel);

/// <summary>An enterprise as the API returns it.</summary>
internal sealed record EnterpriseResponse(
    Guid Id,
    string CreditCode,
    string OrgCode,
    bool CheckOverride,
    string? CheckOverrideReason,
    string Name,
    string RegionCode,
    string RegionName,
    string? IndustryCode,
    string? IndustryName,
    EnterpriseStatus Status,
    string StatusLabel,
    string? LegalRepresentative,
    string? Address,
    DateOnly? EstablishedOn,
    Guid? ImportBatchId,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    int Revision);

internal static class EnterpriseMapping
{
    public static string RegionName(string code) => RegionTable.Default.Find(code)?.FullName ?? code;

    public static string PrintedOrgCode(string orgCode) => orgCode.Length == OrgCode.Length ? $"{orgCode[..8]}-{orgCode[8]}" : orgCode;

    public static EnterpriseResponse ToResponse(this Enterprise e) => new(
        e.Id,
        e.CreditCode,
        PrintedOrgCode(e.OrgCode),
        e.CheckOverride,
        e.CheckOverrideReason,
        e.Name,
        e.RegionCode,
        RegionName(e.RegionCode),
        e.IndustryCode,
        Industries.Find(e.IndustryCode)?.Name,
        e.Status,
        EnterpriseStatuses.Label(e.Status),
        e.LegalRepresentative,
        e.Address,
        e.EstablishedOn,
        e.ImportBatchId,
        e.CreatedAt,
        e.CreatedBy,
        e.UpdatedAt,
        e.UpdatedBy,
        e.Revision);
}
