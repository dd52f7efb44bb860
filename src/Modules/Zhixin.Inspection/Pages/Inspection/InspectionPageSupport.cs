using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Features;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Regions;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Pages.Inspection;

/// <summary>One option of a region select: the code and its name, indented by its depth below the caller's region.</summary>
internal sealed record RegionOption(string Code, string Label);

/// <summary>What the module's pages ask before they offer a form: may the caller write here, and in which regions.</summary>
internal static class InspectionPageSupport
{
    /// <summary>True when the caller holds the write policy and manages <paramref name="region"/> (any region when null).</summary>
    public static async Task<bool> MayWriteAsync(this PageModel page, IAuthorizationService authorization, Caller caller, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(caller);
        return (await authorization.AuthorizeAsync(page.User, Policies.InspectionWrite)).Succeeded
            && (region is null ? caller.RegionCode is not null || InspectionAccess.IsSystem(caller) : InspectionAccess.Manages(caller, region));
    }

    /// <summary>The caller's own region and every region below it (code order nests them), the only ones its records can carry.</summary>
    public static IReadOnlyList<RegionOption> RegionOptions(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.RegionCode is not { } code || RegionTable.Default.Find(code) is not { } own)
        {
            return [];
        }

        return [.. RegionTable.Default.All.Where(r => InspectionAccess.Within(r.Code, code))
            .Select(r => new RegionOption(r.Code, r == own ? r.FullName : new string('\u3000', r.Level - own.Level) + r.Name))];
    }
}
