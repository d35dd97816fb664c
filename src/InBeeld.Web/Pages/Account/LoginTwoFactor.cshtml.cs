using InBeeld.Core.Auditing;
using InBeeld.Data.Accounts;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
[EnableRateLimiting(LoginRateLimit.PolicyName)]
public sealed class LoginTwoFactorModel(SignInManager<UserAccount> signIn, RequestAudit audit, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (account is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = new string(Input.Code!.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code!.Trim());
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditActions.LoginTwoFactor, AuditResult.Succeeded, "Account", account.Id, userId: account.Id, actor: account.UserName);
            return LocalRedirect(SafeReturnUrl.Of(ReturnUrl));
        }

        var locked = result.IsLockedOut;
        await audit.WriteAsync(locked ? AuditActions.LockedOut : AuditActions.LoginTwoFactor, locked ? AuditResult.Denied : AuditResult.Failed, "Account", account.Id, userId: account.Id, actor: account.UserName);
        ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code), locked ? text["LockedOut"] : text["CodeWrong"]);
        return Page();
    }
}
