using InBeeld.Core.Auditing;
using InBeeld.Data.Accounts;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Account;

/// <summary>Wachtwoord wijzigen; the first thing to do with a one-time password from an administrator.</summary>
[SignedIn]
public sealed class PasswordModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, RequestAudit audit, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool MustChange => User.HasClaim(AccountClaims.MustChangePassword, "true");

    public void OnGet()
    {
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
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(Input.CurrentPassword) : nameof(Input.NewPassword);
                ModelState.AddModelError(nameof(Input) + "." + field, error.Description);
            }

            await audit.WriteAsync(AuditActions.PasswordChanged, AuditResult.Failed, "Account", user.Id);
            return Page();
        }

        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }

        await audit.WriteAsync(AuditActions.PasswordChanged, AuditResult.Succeeded, "Account", user.Id);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = text["PasswordChanged"].Value;
        return Redirect("/");
    }
}
