using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Zhixin.Platform.Identity.ApiClients;

/// <summary>The "department API client" scheme: <c>Authorization: Bearer zxdep_…</c> checked against the stored hashes.</summary>
public static class ApiClientDefaults
{
    public const string Scheme = "ApiClient";
}

internal sealed class ApiClientAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers[HeaderNames.Authorization];
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!ApiClientTokens.LooksLikeToken(token))
        {
            return AuthenticateResult.Fail("not a department API token");
        }

        // No resolver means no module issues grants: every token is unknown.
        var resolver = Context.RequestServices.GetService<IApiClientResolver>();
        var lookup = resolver is null
            ? ApiClientLookup.Rejected(ApiClientRejection.Unknown)
            : await resolver.FindAsync(ApiClientTokens.Hash(token), Context.RequestAborted);
        if (lookup.Client is not { } client)
        {
            return AuthenticateResult.Fail("department API token " + lookup.Rejection);
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "token:" + client.GrantId.ToString("D")),
            new Claim(ClaimTypes.Name, $"{client.DepartmentName}（{client.TokenHint}）"),
            new Claim(ZhixinClaims.Department, client.DepartmentCode),
            new Claim(ZhixinClaims.ApiClientGrant, client.GrantId.ToString("D")),
        ], ApiClientDefaults.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiClientDefaults.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
