using Zhixin.Platform.Audit;

namespace Zhixin.Credit.Domain;

/// <summary>
/// The index of issued credit reports (信用报告): the number, the firm, the SHA-256 of the signed content, the key
/// that signed it, who asked and when. The report itself is not kept: the index is enough to say whether a number
/// was issued by the platform and whether a presented report is the one issued under it. Not region-scoped, since
/// the anonymous verify page must find any number; it holds no data about the firm beyond its code.
/// </summary>
internal sealed class IssuedCreditReport : IAudited
{
    public required string Number { get; init; }

    public required string EnterpriseCreditCode { get; init; }

    public required string Sha256 { get; init; }

    public required string KeyId { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public required string IssuedBy { get; init; }
}
