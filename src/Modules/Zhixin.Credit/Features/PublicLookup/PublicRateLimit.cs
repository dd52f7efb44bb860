using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace Zhixin.Credit.Features.PublicLookup;

/// <summary>The answer to a client over its limit on the anonymous endpoints: 429, when to try again, in words.</summary>
internal static class PublicRateLimit
{
    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        response.Headers[HeaderNames.RetryAfter] = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(
            new
            {
                type = "https://tools.ietf.org/html/rfc6585#section-4",
                title = CreditText.Get("Public.TooManyRequestsTitle"),
                status = StatusCodes.Status429TooManyRequests,
                detail = CreditText.Format("Public.TooManyRequests", Math.Max(1, seconds)),
            },
            options: null, contentType: "application/problem+json", cancellationToken: cancellationToken);
    }
}
