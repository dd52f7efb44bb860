using Microsoft.AspNetCore.Http;

namespace Zhixin.Platform.Web;

internal static class ApiPaths
{
    public static bool IsApi(this HttpRequest request) =>
        request.Path.StartsWithSegments(PlatformRoutes.ApiPrefix, StringComparison.OrdinalIgnoreCase);
}
