using Microsoft.AspNetCore.Identity;

namespace InBeeld.Data.Accounts;

/// <summary>
/// A personal account (ASP.NET Core Identity). Never shared: every account is one person, so the
/// audit log can say who did what. Administrators manage accounts; what someone sees in a study
/// comes only from their <see cref="Core.Access.StudyMember"/> role there.
/// </summary>
public sealed class UserAccount : IdentityUser<Guid>
{
    public UserAccount()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
        LockoutEnabled = true;
    }

    /// <summary>How the person is shown to colleagues, e.g. "Fatima de Vries (gemeente)".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Manages accounts. Does not by itself see any study's data; must use two-factor sign-in.</summary>
    public bool IsAdministrator { get; set; }

    /// <summary>Set for accounts made by an administrator with a one-time password.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
