using System.Text.RegularExpressions;

namespace InBeeld.Core.Privacy;

/// <summary>
/// Finds addresses: a postcode ("7001 AB", "7001AB") with an optional house number after it
/// ("7001 AB 12", "7001AB, 12a"), and a street with a house number ("Kerkstraat 12",
/// "Burgemeester de Vlugtlaan 3-II", "Oude Gracht 5"), optionally followed by its postcode.
/// A street is a capitalised word ending in a common street suffix; streets without one
/// ("Lange Voorhout 8") are missed, and a street without a number is left alone because it does
/// not point at one household. Postcode letters must be capitals unless a house number follows
/// the compact form ("7001ab 12"), so "2004 en" is never a postcode.
/// </summary>
internal static partial class AddressRecognizer
{
    public static void Find(string text, List<PersonalDataFinding> into)
    {
        foreach (var match in Postcode().EnumerateMatches(text))
        {
            into.Add(PersonalDataFinding.Of(PersonalDataKind.PostcodeHouseNumber, match.Index, match.Length));
        }

        foreach (Match match in Street().Matches(text))
        {
            // "-ring" is a street (Zuiderring) but "-ering" is almost always a noun (Vergadering).
            var suffix = match.Groups["suffix"];
            if (suffix.ValueSpan.Equals("ring", StringComparison.Ordinal)
                && suffix.Index > 0 && text[suffix.Index - 1] == 'e')
            {
                continue;
            }

            into.Add(PersonalDataFinding.Of(PersonalDataKind.PostcodeHouseNumber, match.Index, match.Length));
        }
    }

    // Both patterns use the backtracking engine for their boundary lookarounds; every quantifier
    // is bounded, so the scan stays linear. Letter pairs SA, SD and SS are not used in Dutch
    // postcodes. Capitalised words before the street ("Burgemeester de Vlugtlaan") may not be a
    // sentence-initial function word, or "Op de Kerkstraat 12" would take "Op de" along.
    private const string HouseNumber =
        @"(?:nr\.?\ ?)?[1-9][0-9]{0,4}(?:\ ?-\ ?[0-9A-Za-z]{1,4}|\ ?(?:hs|bis|[A-Za-z]))?(?![\p{L}\p{N}])";

    private const string UpperPostcode = @"[1-9][0-9]{3}\ ?(?!S[ADS])[A-Z]{2}(?![\p{L}\p{N}])";

    [GeneratedRegex(
        "(?<![\\p{L}\\p{N}])(?:" + UpperPostcode + "(?:,?\\ {1,2}" + HouseNumber + ")?"
        + "|[1-9][0-9]{3}(?!s[ads])[a-z]{2},?\\ {1,2}" + HouseNumber + ")",
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Postcode();

    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}])
        (?:(?:(?!(?:Aan|Op|In|Naar|Bij|Langs|Via|Vanaf|Richting|Ik|We|Wij|Hij|Zij|Ze|En|Maar|Dus|Toen
                  |Dan|Ja|Nee|Nou)\ )\p{Lu}[\p{L}.]{0,20}\ ){1,2}(?:(?:van|de|der|den|het|'t|ten|ter|te)\ ){0,3})?
        (?:\p{Lu}[\p{Ll}'-]{0,30}(?<suffix>straat|laan|weg|plein|gracht|singel|dijk|kade|hof|pad|steeg
              |dreef|ring|park|plantsoen|markt|allee|boulevard|baan|wal|haven|hoven|erf)
          |\p{Lu}\p{Ll}{1,20}\ (?:Straat|Laan|Weg|Plein|Gracht|Singel|Dijk|Kade|Markt|Haven|Wal))
        \ {1,2}
        """ + HouseNumber + """
        (?:,?\ {1,2}
        """ + UpperPostcode + ")?",
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Street();
}
