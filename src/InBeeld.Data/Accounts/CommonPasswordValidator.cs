using InBeeld.Core.Localization;
using Microsoft.AspNetCore.Identity;

namespace InBeeld.Data.Accounts;

/// <summary>
/// Length over composition rules (as NIST SP 800-63B advises), plus a refusal of passwords that
/// contain the user name or an obvious word: the first things an attacker tries.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<UserAccount>
{
    private static readonly string[] Obvious =
    [
        "wachtwoord", "password", "welkom", "welcome", "inbeeld", "qwerty", "123456", "azerty", "letmein", "geheim",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<UserAccount> manager, UserAccount user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.ToLowerInvariant();
        var name = user.UserName?.ToLowerInvariant();
        var obvious = (name is { Length: >= 3 } && lower.Contains(name, StringComparison.Ordinal))
            || Obvious.Any(word => lower.Contains(word, StringComparison.Ordinal));
        return Task.FromResult(obvious
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooObvious", Description = CoreText.Get("Identity_PasswordTooObvious") })
            : IdentityResult.Success);
    }
}
