using InBeeld.Core.Auditing;
using InBeeld.Data.Accounts;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Pages.Account;

/// <summary>Uitloggen. Only by POST (the button in the header), so a link on another site cannot sign someone out.</summary>
[SignedIn]
public sealed class LogoutModel(SignInManager<UserAccount> signIn, RequestAudit audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.WriteAsync(AuditActions.Logout, AuditResult.Succeeded, "Account", User.AccountId());
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
