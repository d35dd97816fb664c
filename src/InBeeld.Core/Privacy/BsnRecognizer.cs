using System.Text.RegularExpressions;

namespace InBeeld.Core.Privacy;

/// <summary>
/// Finds burgerservicenummers: nine digits, plain or grouped 4-2-3 ("1234.56.782"), 3-3-3 or
/// 3-2-2-2. Without a cue only numbers that pass the 11-proef are flagged — one in eleven random
/// nine-digit numbers still does, an accepted cost. After a cue ("BSN", "burgerservicenummer",
/// "sofinummer") the number is flagged even when it fails the check, because a mistyped BSN is
/// still nearly someone's BSN; eight-digit numbers (leading zero dropped) are only taken after a
/// cue, as too many order and subscriber numbers have eight digits.
/// </summary>
internal static partial class BsnRecognizer
{
    public static void Find(string text, List<PersonalDataFinding> into)
    {
        Span<char> digits = stackalloc char[9];
        foreach (Match match in Candidate().Matches(text))
        {
            var number = match.Groups["number"];
            var count = 0;
            foreach (var c in number.ValueSpan)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[count++] = c;
                }
            }

            if (match.Groups["cue"].Success || (count == 9 && BsnCheck.IsValid(digits[..count])))
            {
                into.Add(PersonalDataFinding.Of(PersonalDataKind.Bsn, number.Index, number.Length));
            }
        }
    }

    // Backtracking engine because the digit boundaries need lookarounds (NonBacktracking has
    // none); every quantifier is bounded, so the work per start position is constant and the scan
    // is linear in the text length. The lookbehind keeps amounts ("€ 123456789", "1.234.567.890")
    // and longer digit runs out; grouped forms are tried before the plain one.
    [GeneratedRegex(
        """
        (?<cue>\b(?:bsn|burgerservicenummer|sofi-?nummer)(?:-?nummer)?\b[^0-9\r\n]{0,25})?
        (?<![0-9.,]|€\ ?|eur\ ?)
        (?<number>[0-9]{4}[.\ ][0-9]{2}[.\ ][0-9]{3}
                 |[0-9]{3}[.\ ][0-9]{3}[.\ ][0-9]{3}
                 |[0-9]{3}\ [0-9]{2}\ [0-9]{2}\ [0-9]{2}
                 |[0-9]{8,9})
        (?![0-9]|[.,][0-9])
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Candidate();
}
