using System.Text.Json;
using Zhixin.Credit.Domain;

namespace Zhixin.Credit.Lists;

/// <summary>List kinds and statuses on the wire (camelCase) and in the user's language.</summary>
internal static class ListLabels
{
    public static string KindCode(CreditListKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    public static string Kind(CreditListKind kind) => CreditText.Get("ListKind." + kind);

    public static string StatusCode(ListingStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static string Status(ListingStatus status) => CreditText.Get("ListingStatus." + status);

    public static CreditListKind? ParseKind(string? text) =>
        Enum.TryParse<CreditListKind>(text?.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _) ? kind : null;

    public static ListingStatus? ParseStatus(string? text) =>
        Enum.TryParse<ListingStatus>(text?.Trim(), ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(text, out _) ? status : null;
}
