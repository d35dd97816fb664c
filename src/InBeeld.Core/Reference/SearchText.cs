using System.Globalization;
using System.Text;

namespace InBeeld.Core.Reference;

/// <summary>
/// Folds text for lookups typed by people: case, accents ("Súdwest-Fryslân" ~ "sudwest fryslan"),
/// hyphens and apostrophes should not decide whether a municipality is found.
/// </summary>
internal static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '_' or ',' or '.' or '(' or ')')
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }
}
