using Zhixin.Platform.Audit;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Register.Domain;

/// <summary>
/// An entry of the enterprise register (企业名录), keyed by its unified social credit code. The legacy
/// organization code is not typed separately: it is characters 9–17 of the credit code, stored for search.
/// </summary>
internal sealed class Enterprise : IEnterpriseOwned, IVoidable, IAudited
{
    private Enterprise()
    {
    }

    public Guid Id { get; private set; }

    [EnterpriseOwnerKey]
    public string CreditCode { get; private set; } = "";

    public string OrgCode { get; private set; } = "";

    /// <summary>True for a legal code whose check characters fail (early pilot codes), admitted by an audited override.</summary>
    public bool CheckOverride { get; private set; }

    public string? CheckOverrideReason { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The region of the registered address (the record's security label), not necessarily the code's issuing region.</summary>
    public string RegionCode { get; private set; } = "";

    public string? IndustryCode { get; private set; }

    public EnterpriseStatus Status { get; private set; }

    public string? LegalRepresentative { get; private set; }

    public string? Address { get; private set; }

    public DateOnly? EstablishedOn { get; private set; }

    public Guid? ImportBatchId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    /// <summary>Optimistic concurrency: an edit based on an older revision is refused.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    public string? VoidedBy { get; private set; }

    public string? VoidReason { get; private set; }

    public static Enterprise Register(EnterpriseDetails details, string? checkOverrideReason, Guid? importBatchId, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(details);
        var enterprise = new Enterprise
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = details.CreditCode.Value,
            OrgCode = details.CreditCode.OrganizationCode.Value,
            CheckOverride = !details.CreditCode.CheckCharactersValid,
            CheckOverrideReason = details.CreditCode.CheckCharactersValid ? null : checkOverrideReason,
            ImportBatchId = importBatchId,
            CreatedAt = now,
            CreatedBy = actor,
            Revision = 1,
        };
        enterprise.Apply(details, now, actor);
        return enterprise;
    }

    /// <summary>Changes the descriptive fields; the credit code is the identity and does not change.</summary>
    public void Update(EnterpriseDetails details, DateTimeOffset now, string actor)
    {
        ArgumentNullException.ThrowIfNull(details);
        Apply(details, now, actor);
        Revision++;
    }

    public void Void(string reason, DateTimeOffset now, string actor)
    {
        VoidedAt = now;
        VoidedBy = actor;
        VoidReason = reason;
        Revision++;
    }

    public bool SameDetailsAs(EnterpriseDetails details) =>
        Name == details.Name
        && RegionCode == details.Region.Value
        && IndustryCode == details.IndustryCode
        && Status == details.Status
        && LegalRepresentative == details.LegalRepresentative
        && Address == details.Address
        && EstablishedOn == details.EstablishedOn;

    private void Apply(EnterpriseDetails details, DateTimeOffset now, string actor)
    {
        Name = details.Name;
        RegionCode = details.Region.Value;
        IndustryCode = details.IndustryCode;
        Status = details.Status;
        LegalRepresentative = details.LegalRepresentative;
        Address = details.Address;
        EstablishedOn = details.EstablishedOn;
        UpdatedAt = now;
        UpdatedBy = actor;
    }
}

/// <summary>The validated fields of an enterprise, as every front door (form, API, import) produces them.</summary>
internal sealed record EnterpriseDetails(
    CreditCode CreditCode,
    string Name,
    RegionCode Region,
    string? IndustryCode,
    EnterpriseStatus Status,
    string? LegalRepresentative,
    string? Address,
    DateOnly? EstablishedOn);
