using System.Security.Cryptography;

namespace InBeeld.Web.Security;

/// <summary>
/// The one-time code that guards the first-administrator page. It exists only in this process's
/// memory and the server log, so only someone who can read the server's console can claim the
/// new installation — there is never a default password.
/// </summary>
public sealed class SetupCode
{
    public string Value { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));

    public bool Matches(string? candidate) =>
        candidate is not null
        && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(candidate.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()),
            System.Text.Encoding.ASCII.GetBytes(Value));
}
