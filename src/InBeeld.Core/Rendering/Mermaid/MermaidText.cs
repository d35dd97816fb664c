using System.Text;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Mermaid;

/// <summary>
/// Makes free text safe inside Mermaid's <c>journey</c> syntax. Its lexer ends a task name at
/// ":", "#" (comment) and ";" and splits actors at ","; a line may not break. Those characters
/// become look-alikes (U+2236 RATIO, U+FF03, U+FF1B, U+201A) so the text still reads the same.
/// A name starting with a keyword ("journey", "title", "section", "accTitle", "accDescr") or with
/// "%%" would be read as that keyword or as a comment, so it gets an invisible zero-width space
/// in front.
/// </summary>
internal static class MermaidText
{
    private static readonly string[] Keywords = ["journey", "title", "section", "acctitle", "accdescr"];

    public static string Escape(string? text, int maxLength, bool isActor = false)
    {
        var clean = Shorten(TextCleaner.Clean(text), maxLength);
        var builder = new StringBuilder(clean.Length);
        foreach (var c in clean)
        {
            builder.Append(c switch
            {
                ':' => "\u2236",
                '#' => "\uFF03",
                ';' => "\uFF1B",
                ',' when isActor => "\u201A",
                _ => c.ToString(),
            });
        }

        var escaped = builder.ToString();
        var lower = escaped.ToLowerInvariant();
        return Keywords.Any(k => lower.StartsWith(k, StringComparison.Ordinal)) || escaped.StartsWith('%')
            ? "\u200B" + escaped
            : escaped;
    }

    /// <summary>Cuts after <paramref name="maxLength"/> characters (whole graphemes) and adds "…".</summary>
    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var builder = new StringBuilder();
        foreach (var element in Graphemes.Split(text))
        {
            if (builder.Length + element.Length > maxLength - 1)
            {
                break;
            }

            builder.Append(element);
        }

        return builder.ToString().TrimEnd() + TextWrapper.Ellipsis;
    }
}
