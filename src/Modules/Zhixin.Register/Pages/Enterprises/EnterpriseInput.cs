using Zhixin.Register.Domain;
using Zhixin.Register.Features;
using Zhixin.Register.Features.CreateEnterprise;
using Zhixin.Register.Features.UpdateEnterprise;

namespace Zhixin.Register.Pages.Enterprises;

/// <summary>
/// The enterprise form as posted. Property names are the handlers' field names (creditCode → CreditCode),
/// which is how an outcome's field errors find their inputs.
/// </summary>
internal sealed class EnterpriseInput
{
    public string? CreditCode { get; set; }

    public string? OrgCode { get; set; }

    public string? Name { get; set; }

    public string? RegionCode { get; set; }

    public string? IndustryCode { get; set; }

    public string? Status { get; set; } = nameof(EnterpriseStatus.Active);

    public string? LegalRepresentative { get; set; }

    public string? Address { get; set; }

    public string? EstablishedOn { get; set; }

    /// <summary>Create only: admit a code whose check characters fail, with a reason for the audit log.</summary>
    public bool CheckOverride { get; set; }

    public string? CheckOverrideReason { get; set; }

    /// <summary>Edit only: the revision the form was read at, so a later change by someone else is not overwritten.</summary>
    public int Revision { get; set; }

    public static EnterpriseInput From(EnterpriseResponse enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        return new EnterpriseInput
        {
            CreditCode = enterprise.CreditCode,
            Name = enterprise.Name,
            RegionCode = enterprise.RegionCode,
            IndustryCode = enterprise.IndustryCode,
            Status = enterprise.Status.ToString(),
            LegalRepresentative = enterprise.LegalRepresentative,
            Address = enterprise.Address,
            EstablishedOn = enterprise.EstablishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Revision = enterprise.Revision,
        };
    }

    public CreateEnterpriseRequest ToCreateRequest() => new(
        CreditCode, Name, RegionCode, OrgCode, IndustryCode, Status, LegalRepresentative, Address, EstablishedOn,
        CheckOverride ? CheckOverrideReason : null);

    public UpdateEnterpriseRequest ToUpdateRequest() => new(
        Revision, Name, RegionCode, IndustryCode, Status, LegalRepresentative, Address, EstablishedOn);
}
