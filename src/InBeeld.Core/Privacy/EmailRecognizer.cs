using System.Text.RegularExpressions;

namespace InBeeld.Core.Privacy;

/// <summary>
/// Finds e-mail addresses in the usual form local@domain.tld, including letters with accents.
/// Quoted local parts and IP-address domains are valid but never seen in transcripts.
/// </summary>
internal static partial class EmailRecognizer
{
    public static void Find(string text, List<PersonalDataFinding> into)
    {
        foreach (var match in Candidate().EnumerateMatches(text))
        {
            // A sentence like "zie ...jan@x.nl" must not drag the dots into the finding.
            var value = text.AsSpan(match.Index, match.Length);
            var leading = value.Length - value.TrimStart('.').Length;
            into.Add(PersonalDataFinding.Of(PersonalDataKind.Email, match.Index + leading, match.Length - leading));
        }
    }

    // NonBacktracking: the local part and labels are unbounded runs, which a backtracking engine
    // would rescan from every start position of a long run of letters without an "@".
    [GeneratedRegex(
        @"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
