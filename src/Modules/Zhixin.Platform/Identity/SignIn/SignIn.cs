using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Platform.Identity.SignIn;

public sealed record SignInRequest(string UserName, string Password, string? TotpCode = null);

public enum SignInResultKind
{
    SignedIn,
    InvalidCredentials,
    TwoFactorRequired,
    InvalidTwoFactorCode,
    LockedOut,
}

public sealed record SignInResponse(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? Region, string? Department);

/// <summary>
/// Password sign-in with lockout after repeated failures and an optional TOTP second factor. Every attempt,
/// good or bad, is written to the audit log under the account name it named.
/// </summary>
internal sealed class SignInHandler(
    SignInManager<ZhixinUser> signInManager,
    UserManager<ZhixinUser> users,
    PlatformDbContext db,
    IAuditLog audit)
{
    public async Task<SignInResultKind> SignInAsync(SignInRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.FindByNameAsync(request.UserName.Trim());
        if (user is null || user.DisabledAt is not null)
        {
            await RecordAsync(AuditActions.SignInFailed, request.UserName, null, "unknown or disabled account", cancellationToken);
            return SignInResultKind.InvalidCredentials;
        }

        var result = await signInManager.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            if (string.IsNullOrWhiteSpace(request.TotpCode))
            {
                return SignInResultKind.TwoFactorRequired;
            }

            return await VerifyTwoFactorAsync(request.TotpCode, cancellationToken);
        }

        return await FinishAsync(result, user, cancellationToken);
    }

    /// <summary>The second step, after a password sign-in answered <see cref="SignInResultKind.TwoFactorRequired"/>.</summary>
    public async Task<SignInResultKind> VerifyTwoFactorAsync(string code, CancellationToken cancellationToken)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInResultKind.InvalidCredentials;
        }

        var normalized = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(normalized, isPersistent: false, rememberClient: false);
        var outcome = await FinishAsync(result, user, cancellationToken);
        return outcome == SignInResultKind.InvalidCredentials ? SignInResultKind.InvalidTwoFactorCode : outcome;
    }

    public async Task SignOutAsync(CancellationToken cancellationToken)
    {
        await signInManager.SignOutAsync();
        await audit.AppendStandaloneAsync(db, new AuditRecord(AuditActions.SignOut, "Account", null), null, cancellationToken);
    }

    private async Task<SignInResultKind> FinishAsync(Microsoft.AspNetCore.Identity.SignInResult result, ZhixinUser user, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            await RecordAsync(AuditActions.SignIn, user.UserName!, user, null, cancellationToken);
            return SignInResultKind.SignedIn;
        }

        if (result.IsLockedOut)
        {
            await RecordAsync(AuditActions.LockedOut, user.UserName!, user, null, cancellationToken);
            return SignInResultKind.LockedOut;
        }

        await RecordAsync(AuditActions.SignInFailed, user.UserName!, user, "wrong password or code", cancellationToken);
        return SignInResultKind.InvalidCredentials;
    }

    private Task RecordAsync(string action, string userName, ZhixinUser? user, string? detail, CancellationToken cancellationToken)
    {
        var actor = new Caller(user?.Id.ToString() ?? $"unknown:{userName}", userName, new HashSet<string>(), RegionScope.Nothing, user?.DepartmentCode, user?.RegionCode);
        return audit.AppendStandaloneAsync(db, new AuditRecord(action, "Account", user?.Id.ToString(), user?.RegionCode, Detail: detail), actor, cancellationToken);
    }

    public async Task<SignInResponse?> DescribeAsync(string userName)
    {
        var user = await users.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName);
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return new SignInResponse(user.UserName!, user.DisplayName, [.. roles], user.RegionCode, user.DepartmentCode);
    }
}

internal static class SignInEndpoints
{
    public static async Task<Results<Ok<SignInResponse>, ProblemHttpResult>> SignInAsync(
        SignInRequest request, SignInHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.SignInAsync(request, cancellationToken);
        if (result == SignInResultKind.SignedIn)
        {
            return TypedResults.Ok((await handler.DescribeAsync(request.UserName.Trim()))!);
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: result.ToString(),
            extensions: new Dictionary<string, object?> { ["reason"] = result.ToString() });
    }

    public static async Task<NoContent> SignOutAsync(SignInHandler handler, CancellationToken cancellationToken)
    {
        await handler.SignOutAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<SignInResponse>, UnauthorizedHttpResult>> MeAsync(
        HttpContext context, SignInHandler handler)
    {
        var name = context.User.Identity?.Name;
        var me = name is null ? null : await handler.DescribeAsync(name);
        return me is null ? TypedResults.Unauthorized() : TypedResults.Ok(me);
    }
}
