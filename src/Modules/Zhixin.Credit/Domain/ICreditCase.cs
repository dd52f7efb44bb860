using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Domain;

/// <summary>A row of one firm in one region (a listing, an objection, a repair application), so the lists filter them alike.</summary>
internal interface IFirmRow : IEnterpriseOwned
{
    Guid Id { get; }

    string EnterpriseCreditCode { get; }

    /// <summary>The firm's name as it was when the row was filed.</summary>
    string EnterpriseName { get; }
}

/// <summary>An objection or a repair application: a case against one listing or one record of the firm's file.</summary>
internal interface ICreditCase : IFirmRow
{
    CreditTarget Target { get; }

    Guid? ListingId { get; }

    Guid? RecordId { get; }
}
