using InBeeld.Core.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Accounts;

public sealed record NewAccount(string UserName, string DisplayName, bool IsAdministrator, string Password, bool MustChangePassword);

/// <summary>Makes accounts: the first administrator (setup page or CLI), accounts made by an administrator, the demo account.</summary>
public sealed class AccountCreator(UserManager<UserAccount> users, InBeeldDbContext db, TimeProvider time)
{
    public Task<bool> AdministratorExistsAsync(CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.IsAdministrator, cancellationToken);

    /// <summary>Creates the account, or returns Identity's (localized) reasons why not; nothing is saved then.</summary>
    public async Task<(UserAccount? Account, IReadOnlyList<IdentityError> Errors)> CreateAsync(NewAccount input)
    {
        var account = new UserAccount
        {
            UserName = input.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? input.UserName.Trim() : input.DisplayName.Trim(),
            IsAdministrator = input.IsAdministrator,
            MustChangePassword = input.MustChangePassword,
            CreatedAt = time.GetUtcNow(),
        };
        var result = await users.CreateAsync(account, input.Password);
        return result.Succeeded ? (account, []) : (null, result.Errors.ToList());
    }

    /// <summary>A random one-time password that meets the rules: 20 characters from an alphabet without look-alikes.</summary>
    public static string OneTimePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }

    public static string Describe(IEnumerable<IdentityError> errors) =>
        string.Join(" ", errors.Select(e => e.Description).DefaultIfEmpty(CoreText.Get("Identity_Default")));
}
