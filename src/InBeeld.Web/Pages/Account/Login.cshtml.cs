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

/// <summary>Inloggen: user name and password; then a second factor when the account has one.</summary>
[AllowAnonymous]
[EnableRateLimiting(LoginRateLimit.PolicyName)]
public sealed class LoginModel(SignInManager<UserAccount> signIn, UserManager<UserAccount> users, RequestAudit audit, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await users.FindByNameAsync(Input.UserName!.Trim());
        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
        var actor = account?.UserName ?? "onbekend";
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditActions.Login, AuditResult.Succeeded, "Account", account?.Id, userId: account?.Id, actor: actor);
            return LocalRedirect(SafeReturnUrl.Of(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { returnUrl = SafeReturnUrl.Of(ReturnUrl) });
        }

        if (result.IsLockedOut)
        {
            await audit.WriteAsync(AuditActions.LockedOut, AuditResult.Denied, "Account", account?.Id, userId: account?.Id, actor: actor);
            ModelState.AddModelError(string.Empty, text["LockedOut"]);
            return Page();
        }

        // The same message whether the name or the password is wrong: no hint which accounts exist.
        await audit.WriteAsync(AuditActions.Login, AuditResult.Failed, "Account", account?.Id, userId: account?.Id, actor: actor);
        ModelState.AddModelError(string.Empty, text["LoginFailed"]);
        return Page();
    }
}
