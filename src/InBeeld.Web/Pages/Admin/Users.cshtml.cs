using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Auditing;
using InBeeld.Data;
using InBeeld.Data.Accounts;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Admin;

/// <summary>
/// Accounts: every person gets their own, with a one-time password they must replace at first
/// sign-in. Administrators also reset two-factor sign-in and unlock accounts here.
/// </summary>
[Administrator]
public sealed class UsersModel(InBeeldDbContext db, AccountCreator creator, UserManager<UserAccount> users, RequestAudit audit, TimeProvider time) : PageModel
{
    public sealed record AccountInput
    {
        [Display(Name = "Field_UserName")]
        [Required(ErrorMessage = "Required")]
        [StringLength(256, ErrorMessage = "StringLength")]
        public string? UserName { get; init; }

        [Display(Name = "Field_DisplayName")]
        [Required(ErrorMessage = "Required")]
        [StringLength(200, ErrorMessage = "StringLength")]
        public string? DisplayName { get; init; }

        [Display(Name = "Field_IsAdministrator")]
        public bool IsAdministrator { get; init; }
    }

    public sealed record AccountRow(Guid Id, string UserName, string DisplayName, bool IsAdministrator, bool TwoFactor, bool LockedOut, int Studies);

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    /// <summary>Shown once after creating an account or issuing a new one-time password.</summary>
    public string? OneTimePassword { get; private set; }

    public string? OneTimePasswordFor { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var password = AccountCreator.OneTimePassword();
            var (account, errors) = await creator.CreateAsync(new NewAccount(Input.UserName!, Input.DisplayName!, Input.IsAdministrator, password, MustChangePassword: true));
            if (account is not null)
            {
                await audit.WriteAsync(AuditActions.AccountCreated, AuditResult.Succeeded, "Account", account.Id);
                OneTimePassword = password;
                OneTimePasswordFor = account.UserName;
                ModelState.Clear();
                Input = new AccountInput();
            }
            else
            {
                foreach (var error in errors)
                {
                    ModelState.AddModelError(nameof(Input) + "." + nameof(Input.UserName), error.Description);
                }
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(userId.ToString());
        if (account is null)
        {
            return NotFound();
        }

        // A lost phone: new one-time password, two-factor off (and set up again at next sign-in
        // for administrators), lockout lifted, every existing sign-in ended via the security stamp.
        var password = AccountCreator.OneTimePassword();
        await users.RemovePasswordAsync(account);
        await users.AddPasswordAsync(account, password);
        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        account.MustChangePassword = true;
        await users.UpdateAsync(account);
        await users.UpdateSecurityStampAsync(account);
        await audit.WriteAsync(AuditActions.TwoFactorReset, AuditResult.Succeeded, "Account", account.Id);
        OneTimePassword = password;
        OneTimePasswordFor = account.UserName;
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.IsAdministrator, u.TwoFactorEnabled, u.LockoutEnd, Studies = db.StudyMembers.Count(m => m.UserId == u.Id) })
            .ToListAsync(cancellationToken);
        Accounts = rows
            .Select(u => new AccountRow(u.Id, u.UserName ?? "", u.DisplayName, u.IsAdministrator, u.TwoFactorEnabled, u.LockoutEnd > now, u.Studies))
            .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
