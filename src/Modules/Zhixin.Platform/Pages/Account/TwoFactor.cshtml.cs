using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Resources;

namespace Zhixin.Platform.Pages.Account;

/// <summary>
/// Turns the TOTP second factor on or off for the signed-in account. The shared key and the otpauth URI are
/// shown as text (no QR image, so no third-party script); a code from the app proves the key was taken
/// over before the factor is required, and again before it is removed.
/// </summary>
internal sealed class TwoFactorModel(UserManager<ZhixinUser> users, SignInManager<ZhixinUser> signIn, PlatformDbContext db, IAuditLog audit) : PageModel
{
    private const string Issuer = "Zhixin";

    public bool Enabled { get; private set; }

    public string? SharedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public Task<IActionResult> OnPostEnableAsync() => SwitchAsync(enable: true);

    public Task<IActionResult> OnPostDisableAsync() => SwitchAsync(enable: false);

    /// <summary>Either way a current code is required, and the change is audited.</summary>
    private async Task<IActionResult> SwitchAsync(bool enable)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await VerifyAsync(user))
        {
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, enable);
        var (before, after) = enable ? ("false", "true") : ("true", "false");
        await audit.AppendStandaloneAsync(db, new AuditRecord(AuditActions.Update, "Account", user.Id.ToString(), user.RegionCode,
            Before: $"{{\"twoFactorEnabled\":{before}}}", After: $"{{\"twoFactorEnabled\":{after}}}"), null, HttpContext.RequestAborted);
        if (!enable)
        {
            // A key that was once shown is not reused when the factor is turned on again.
            await users.ResetAuthenticatorKeyAsync(user);
        }

        // The security stamp changed; a fresh cookie keeps this session valid.
        await signIn.RefreshSignInAsync(user);
        TempData["zhixin.notice"] = Text(enable ? "TwoFactor.EnabledNotice" : "TwoFactor.DisabledNotice");
        return Redirect(PlatformRoutes.TwoFactorSetup);
    }

    private async Task<bool> VerifyAsync(ZhixinUser user)
    {
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length > 0 && await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
        {
            return true;
        }

        ModelState.AddModelError(nameof(Code), Text("TwoFactor.CodeInvalid"));
        return false;
    }

    private async Task LoadAsync(ZhixinUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = Grouped(key);
        var account = Uri.EscapeDataString(user.UserName ?? user.Id.ToString());
        AuthenticatorUri = $"otpauth://totp/{Issuer}:{account}?secret={key}&issuer={Issuer}&digits=6";
    }

    /// <summary>Groups of four lower-case characters are easier to type into an app than one run of 32.</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    private static string Text(string key) => PlatformText.Get(CultureInfo.CurrentUICulture, key);
}
