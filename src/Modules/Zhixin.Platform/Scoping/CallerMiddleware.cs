using Microsoft.AspNetCore.Http;
using Zhixin.Platform.Identity;

namespace Zhixin.Platform.Scoping;

/// <summary>Sets the request's caller from the authenticated principal, after authentication has run.</summary>
internal sealed class CallerMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, ICallerContext callerContext)
    {
        ((CallerContext)callerContext).Current = ZhixinClaims.ToCaller(context.User);
        return next(context);
    }
}
