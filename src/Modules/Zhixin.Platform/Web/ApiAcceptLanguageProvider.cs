using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Zhixin.Platform.Web;

/// <summary>Honours Accept-Language for the API only; pages stay Chinese until the user switches.</summary>
internal sealed class ApiAcceptLanguageProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider inner = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Request.IsApi()
            ? inner.DetermineProviderCultureResult(httpContext)
            : NullProviderCultureResult;
    }
}
