using System.Collections.Frozen;

namespace InBeeld.Core.Privacy;

/// <summary>
/// IBAN check per ISO 13616: the country's fixed length, then mod-97 over the number with its
/// first four characters moved to the end and letters counted as 10–35. Covers the EU, EEA,
/// Switzerland and the United Kingdom — the accounts participants in a Dutch study will mention.
/// </summary>
public static class IbanCheck
{
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22,
        ["DK"] = 18, ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22, ["GR"] = 27,
        ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20,
        ["LU"] = 20, ["LV"] = 21, ["MT"] = 31, ["NL"] = 18, ["NO"] = 15, ["PL"] = 28, ["PT"] = 25,
        ["RO"] = 24, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The IBAN length of a two-letter country code, or null when not covered.</summary>
    public static int? LengthFor(ReadOnlySpan<char> countryCode) =>
        Lengths.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(countryCode, out var length)
            ? length
            : null;

    /// <summary>True for a compact IBAN (no spaces; letters in either case) that passes both checks.</summary>
    public static bool IsValid(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 4 || LengthFor(iban[..2]) != iban.Length
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = char.ToUpperInvariant(iban[(i + 4) % iban.Length]);
            if (char.IsAsciiDigit(c))
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }
}
