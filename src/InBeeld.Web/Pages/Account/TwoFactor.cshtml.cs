using System.Security.Claims;
using System.Text;
using InBeeld.Core.Auditing;
using InBeeld.Data.Accounts;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Account;

/// <summary>
/// Tweestapsverificatie instellen: a TOTP authenticator app (RFC 6238) plus one-time recovery
/// codes. Required for administrators; any account can turn it on.
/// </summary>
[SignedIn]
public sealed class TwoFactorModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, RequestAudit audit, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public bool Enabled { get; private set; }

    public bool IsAdministrator { get; private set; }

    /// <summary>The secret, in groups of four for typing into an app.</summary>
    public string? SharedKey { get; private set; }

    /// <summary>The otpauth:// address most authenticator apps accept.</summary>
    public string? AuthenticatorUri { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

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

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var code = new string(Input.Code!.Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await audit.WriteAsync(AuditActions.TwoFactorEnabled, AuditResult.Failed, "Account", user.Id);
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code), text["CodeWrong"]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await audit.WriteAsync(AuditActions.TwoFactorEnabled, AuditResult.Succeeded, "Account", user.Id);

        // The person has just shown both factors: password (to get here) and the app's code.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AccountClaims.AuthenticationMethod, AccountClaims.MultiFactor)]);
        Enabled = true;
        IsAdministrator = user.IsAdministrator;
        return Page();
    }

    public async Task<IActionResult> OnPostNewRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
            await audit.WriteAsync(AuditActions.AccountChanged, AuditResult.Succeeded, "Account", user.Id);
        }

        ModelState.Clear();
        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(UserAccount user)
    {
        Enabled = user.TwoFactorEnabled;
        IsAdministrator = user.IsAdministrator;
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = Group(key!);
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString("InBeeld:" + user.UserName)}?secret={key}&issuer=InBeeld&digits=6";
    }

    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
