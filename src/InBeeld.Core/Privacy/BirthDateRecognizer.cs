using System.Globalization;
using System.Text.RegularExpressions;

namespace InBeeld.Core.Privacy;

/// <summary>
/// Finds a date that follows a birth cue — "geboren", "geboortedatum", "geb." — within 30
/// characters without a digit or sentence end in between ("geboren in Asmara op 12 maart 2004").
/// Formats: 12-03-2004, 12/03/04, 12.03.2004, 2004-03-12 and 12 maart 2004 (month names and
/// their abbreviations in Dutch). Dates without such a cue are not flagged: transcripts are full
/// of appointment and interview dates, and a birth year alone ("geboren in 2004") is left too.
/// </summary>
internal static partial class BirthDateRecognizer
{
    public static void Find(string text, List<PersonalDataFinding> into)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            var date = match.Groups["date"];
            if (IsPlausible(match))
            {
                into.Add(PersonalDataFinding.Of(PersonalDataKind.DateOfBirth, date.Index, date.Length));
            }
        }
    }

    // Ranges only, not the calendar: "31-02-2004" after "geboren" is still somebody's birthday typed
    // wrong, but "45-13-2004" is not a date at all.
    private static bool IsPlausible(Match match)
    {
        var day = Number(match.Groups["day"]);
        var month = match.Groups["monthName"].Success ? 1 : Number(match.Groups["month"]);
        var year = Number(match.Groups["year"]);
        var yearDigits = match.Groups["year"].Length;
        return day is >= 1 and <= 31 && month is >= 1 and <= 12
            && (yearDigits == 2 || year is >= 1900 and <= 2100);
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);

    // Backtracking engine for the digit lookahead at the end; every quantifier is bounded (the gap
    // to 30 characters), so the scan is linear.
    [GeneratedRegex(
        """
        \b(?:geboren|geboortedatum|geboortedag|geb\.?(?:\ ?datum)?)(?!\p{L})
        [^0-9.!?]{0,30}?
        (?<date>(?<day>[0-9]{1,2})[-/.](?<month>[0-9]{1,2})[-/.](?<year>[0-9]{4}|[0-9]{2})
               |(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})
               |(?<day>[0-9]{1,2})(?:e|ste|de)?\ (?<monthName>januari|februari|maart|april|mei|juni|juli
                   |augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)
                 \.?\ (?<year>[0-9]{4}))
        (?![0-9])
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Candidate();
}
