using System.Text.RegularExpressions;

namespace InBeeld.Core.Privacy;

/// <summary>
/// Finds IBANs written compactly ("NL91ABNA0417164300") or with single spaces anywhere
/// ("NL91 ABNA 0417 1643 00"). The regex only finds a country code and check digits; the
/// country's fixed length decides where the IBAN ends, so a following word is never taken as an
/// extra group, and mod-97 decides whether it is one.
/// </summary>
internal static partial class IbanRecognizer
{
    private const int MaxLength = 34;

    public static void Find(string text, List<PersonalDataFinding> into)
    {
        Span<char> compact = stackalloc char[MaxLength];
        foreach (var match in Start().EnumerateMatches(text))
        {
            if (IbanCheck.LengthFor(text.AsSpan(match.Index, 2)) is not { } length)
            {
                continue;
            }

            var position = match.Index;
            var count = 0;
            while (count < length && position < text.Length)
            {
                var c = text[position];
                if (char.IsAsciiLetterOrDigit(c))
                {
                    compact[count++] = c;
                    position++;
                }
                else if (c == ' ' && count > 0 && position + 1 < text.Length && char.IsAsciiLetterOrDigit(text[position + 1]))
                {
                    position++;
                }
                else
                {
                    break;
                }
            }

            var glued = position < text.Length && char.IsLetterOrDigit(text[position]);
            if (count == length && !glued && IbanCheck.IsValid(compact[..count]))
            {
                into.Add(PersonalDataFinding.Of(PersonalDataKind.Iban, match.Index, position - match.Index));
            }
        }
    }

    [GeneratedRegex(
        @"\b[A-Za-z]{2}[0-9]{2}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Start();
}
