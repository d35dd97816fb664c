using System.Text.RegularExpressions;

namespace InBeeld.Core.Privacy;

/// <summary>
/// Finds Dutch phone numbers: ten digits starting with 0 (06 mobile, 010/0314 landline, 085/088),
/// the same after +31 or 0031 (with an optional "(0)"), 0800/090x service numbers with four or
/// seven more digits, and "(010) 123 45 67". Digits may be separated by single spaces, hyphens or
/// dots in any grouping. Numbers of other countries are not recognised.
/// </summary>
internal static partial class PhoneRecognizer
{
    private const int NationalDigits = 10;

    public static void Find(string text, List<PersonalDataFinding> into)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            // The parenthesised form leaves the subscriber part open-ended; count it here.
            if (match.Groups["area"].Success && CountDigits(match.ValueSpan) != NationalDigits)
            {
                continue;
            }

            into.Add(PersonalDataFinding.Of(PersonalDataKind.Phone, match.Index, match.Length));
        }
    }

    private static int CountDigits(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    // Backtracking engine for the boundary lookarounds; all quantifiers are bounded, so the scan is
    // linear. The exact digit counts are what keep amounts, years and times out (none start with 0
    // and have ten digits); the lookahead at the start rejects dates such as 01-03-2004 that a
    // following time would otherwise stretch to ten digits. Service numbers come before the
    // ten-digit form so that 0900-1234567 is taken whole.
    [GeneratedRegex(
        """
        (?<![\w+])
        (?![0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4})
        (?:(?:\+|00)31[\ .-]?(?:\(0\)[\ .-]?)?[1-9](?:[\ .-]?[0-9]){8}
          |0[89]0[0-9](?:[\ .-]?[0-9]){4}(?:(?:[\ .-]?[0-9]){3})?
          |(?<area>\(0[1-9][0-9]{0,2}\))\ ?[0-9](?:[\ .-]?[0-9]){4,8}
          |0[1-9](?:[\ .-]?[0-9]){8})
        (?![0-9]|[.,-][0-9])
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Candidate();
}
