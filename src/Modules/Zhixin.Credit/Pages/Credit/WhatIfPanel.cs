using Zhixin.Credit.Features.WhatIf;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// The what-if box of a rule set's pages: a firm's code, and the firm scored under the version in force and under the
/// version shown (a draft, usually), or why it could not be.
/// </summary>
internal sealed record WhatIfPanel(string Action, int Version, bool Draft, string? Code, WhatIfView? Result, string? Problem)
{
    /// <summary>Tries <paramref name="code"/> under <paramref name="version"/> through the API's handler; no code, nothing tried.</summary>
    public static async Task<WhatIfPanel> TryAsync(WhatIfHandler handler, string action, int version, bool draft, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (string.IsNullOrWhiteSpace(code))
        {
            return new(action, version, draft, code, null, null);
        }

        var tried = await handler.HandleAsync(code, version, cancellationToken);
        return new(action, version, draft, code, tried.Value, tried.IsSuccess ? null : tried.Message);
    }
}
