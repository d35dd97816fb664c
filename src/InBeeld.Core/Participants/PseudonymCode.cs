using System.Text.RegularExpressions;

namespace InBeeld.Core.Participants;

/// <summary>
/// Rules for pseudonym codes. Only letters, digits, dash and underscore are allowed, so a code
/// cannot carry a real name with spaces or an e-mail address by accident.
/// </summary>
public static partial class PseudonymCode
{
    public const int MaxLength = 32;

    public static bool IsValid(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= MaxLength && Pattern().IsMatch(code);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
