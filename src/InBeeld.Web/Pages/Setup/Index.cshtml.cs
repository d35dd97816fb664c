using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Auditing;
using InBeeld.Data.Accounts;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Setup;

/// <summary>
/// Eerste beheerder: exists only while the installation has no administrator, and asks for the
/// one-time code from the server log. The new administrator sets up two-factor sign-in next.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(LoginRateLimit.PolicyName)]
public sealed class IndexModel(AccountCreator creator, SetupCode setupCode, RequestAudit audit, IStringLocalizer<AccountText> text) : PageModel
{
    public sealed record SetupInput
    {
        [Display(Name = "Field_SetupCode")]
        [Required(ErrorMessage = "Required")]
        [StringLength(64, ErrorMessage = "StringLength")]
        public string? SetupCode { get; init; }

        [Display(Name = "Field_UserName")]
        [Required(ErrorMessage = "Required")]
        [StringLength(256, ErrorMessage = "StringLength")]
        public string? UserName { get; init; }

        [Display(Name = "Field_DisplayName")]
        [Required(ErrorMessage = "Required")]
        [StringLength(200, ErrorMessage = "StringLength")]
        public string? DisplayName { get; init; }

        [Display(Name = "Field_NewPassword")]
        [Required(ErrorMessage = "Required")]
        [StringLength(256, ErrorMessage = "StringLength")]
        public string? Password { get; init; }

        [Display(Name = "Field_ConfirmPassword")]
        [Required(ErrorMessage = "Required")]
        [Compare(nameof(Password), ErrorMessage = "PasswordsDiffer")]
        public string? ConfirmPassword { get; init; }
    }

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await creator.AdministratorExistsAsync(cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await creator.AdministratorExistsAsync(cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid && !setupCode.Matches(Input.SetupCode))
        {
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.SetupCode), text["SetupCodeWrong"]);
            await audit.WriteAsync(AuditActions.AccountCreated, AuditResult.Denied, "Account");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (account, errors) = await creator.CreateAsync(new NewAccount(Input.UserName!, Input.DisplayName!, IsAdministrator: true, Input.Password!, MustChangePassword: false));
        if (account is null)
        {
            foreach (var error in errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Input.Password) : nameof(Input.UserName);
                ModelState.AddModelError(nameof(Input) + "." + field, error.Description);
            }

            return Page();
        }

        await audit.WriteAsync(AuditActions.AccountCreated, AuditResult.Succeeded, "Account", account.Id, actor: account.UserName, userId: account.Id);
        TempData["Status"] = text["SetupDone"].Value;
        return RedirectToPage("/Account/Login");
    }
}
