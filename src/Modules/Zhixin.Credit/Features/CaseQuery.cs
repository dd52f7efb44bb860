using Zhixin.Credit.Lists;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features;

/// <summary>The filters the objection and repair queues share with the lists: an enum by its camelCase name, the page, a region by code or 2/4-digit prefix.</summary>
internal static class CaseQuery
{
    public const int MaxPageSize = 200;

    public static T? Enum<T>(FieldErrors errors, string field, string? text) where T : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = CaseLabels.Parse<T>(text);
        if (value is null)
        {
            errors.Add(field, CreditText.Format("Case.ValueUnknown", text.Trim()));
        }

        return value;
    }

    public static (int Page, int Size, RegionScope? Range) PageAndRegion(FieldErrors errors, int? page, int? pageSize, string? region)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var p = page ?? 1;
        var size = pageSize ?? 50;
        if (p < 1)
        {
            errors.Add("page", CreditText.Get("List.PageInvalid"));
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", CreditText.Format("List.PageSizeInvalid", MaxPageSize));
        }

        var regionText = region?.Trim() is { Length: 2 or 4 } prefixText && prefixText.All(char.IsAsciiDigit)
            ? prefixText.PadRight(6, '0')
            : region?.Trim();
        var code = string.IsNullOrEmpty(regionText) || regionText == "000000" ? null : errors.Check("region", RegionCode.Parse(regionText));
        return (p, size, code is { } c ? RegionScope.ForRegion(c) : null);
    }
}
