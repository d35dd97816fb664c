using System.Globalization;

namespace InBeeld.Core.Rendering.Text;

/// <summary>
/// Greedy word wrap measured with <see cref="TextMeasurer"/>. A word wider than the line is
/// broken between grapheme clusters (never inside an emoji or a letter with its accents). Text
/// that needs more than <c>maxLines</c> ends in "…" so it never runs out of its box.
/// </summary>
public static class TextWrapper
{
    public const string Ellipsis = "\u2026";

    public static IReadOnlyList<string> Wrap(string? text, double maxWidth, double fontSize, int maxLines, bool bold = false)
    {
        var clean = TextCleaner.Clean(text);
        if (clean.Length == 0 || maxLines < 1)
        {
            return [];
        }

        var lines = new List<string>();
        var current = string.Empty;
        var words = clean.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var candidate = current.Length == 0 ? words[w] : current + " " + words[w];
            if (TextMeasurer.Width(candidate, fontSize, bold) <= maxWidth)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
                current = string.Empty;
                w--; // the word is tried again at the start of the next line
                if (lines.Count == maxLines)
                {
                    return Truncated(lines, maxWidth, fontSize, bold);
                }
            }
            else
            {
                var (head, tail) = SplitToFit(words[w], maxWidth, fontSize, bold);
                lines.Add(head);
                words[w] = tail;
                if (tail.Length > 0)
                {
                    w--;
                }

                var more = tail.Length > 0 || w < words.Length - 1;
                if (lines.Count == maxLines && more)
                {
                    return Truncated(lines, maxWidth, fontSize, bold);
                }
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>Shortens one line so that it plus "…" fits.</summary>
    public static string WithEllipsis(string line, double maxWidth, double fontSize, bool bold = false)
    {
        var elements = TextElements(line);
        for (var count = elements.Count; count > 0; count--)
        {
            var candidate = string.Concat(elements.Take(count)).TrimEnd() + Ellipsis;
            if (TextMeasurer.Width(candidate, fontSize, bold) <= maxWidth)
            {
                return candidate;
            }
        }

        return TextMeasurer.Width(Ellipsis, fontSize, bold) <= maxWidth ? Ellipsis : string.Empty;
    }

    private static List<string> Truncated(List<string> lines, double maxWidth, double fontSize, bool bold)
    {
        lines[^1] = WithEllipsis(lines[^1], maxWidth, fontSize, bold);
        return lines;
    }

    private static (string Head, string Tail) SplitToFit(string word, double maxWidth, double fontSize, bool bold)
    {
        var elements = TextElements(word);
        var count = 1; // at least one cluster per line, or a narrow box would loop forever
        while (count < elements.Count
            && TextMeasurer.Width(string.Concat(elements.Take(count + 1)), fontSize, bold) <= maxWidth)
        {
            count++;
        }

        return (string.Concat(elements.Take(count)), string.Concat(elements.Skip(count)));
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
