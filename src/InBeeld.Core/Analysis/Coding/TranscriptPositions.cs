namespace InBeeld.Core.Analysis.Coding;

/// <summary>
/// Converts between UTF-16 positions in a transcript as stored (CRLF, LF or CR line endings) and
/// the code-point positions of a <see cref="TextRange"/> (line endings counted as one LF). A UTF-16
/// position inside a surrogate pair or inside a CRLF counts as the start of that character.
/// </summary>
public static class TranscriptPositions
{
    /// <summary>The text with CRLF and lone CR written as LF: the text a <see cref="TextRange"/> counts in.</summary>
    public static string Normalize(string text) => text.Contains('\r', StringComparison.Ordinal)
        ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
        : text;

    /// <summary>The range covering UTF-16 positions <paramref name="start"/> up to <paramref name="start"/> + <paramref name="length"/> of <paramref name="text"/>.</summary>
    public static TextRange FromUtf16(string text, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length, nameof(length));
        var first = CodePointsBefore(text, start);
        return new TextRange(first, CodePointsBefore(text, start + length) - first);
    }

    /// <summary>UTF-16 start and length of <paramref name="range"/> in <paramref name="text"/> as stored.</summary>
    public static (int Start, int Length) ToUtf16(string text, TextRange range)
    {
        var start = Utf16Offset(text, range.Start);
        return (start, Utf16Offset(text, range.End) - start);
    }

    /// <summary>The fragment's text, with line endings as LF.</summary>
    public static string Extract(string text, TextRange range)
    {
        var (start, length) = ToUtf16(text, range);
        return Normalize(text.Substring(start, length));
    }

    /// <summary>Length of <paramref name="text"/> in the unit of <see cref="TextRange"/>.</summary>
    public static int Length(string text) => CodePointsBefore(text, text.Length);

    private static int CodePointsBefore(string text, int index)
    {
        var count = 0;
        var i = 0;
        while (i < index)
        {
            var width = Width(text, i);
            if (i + width > index)
            {
                break;
            }

            i += width;
            count++;
        }

        return count;
    }

    private static int Utf16Offset(string text, int codePoints)
    {
        var i = 0;
        for (var n = 0; n < codePoints; n++)
        {
            if (i >= text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(codePoints), codePoints, "The range lies beyond the end of the text.");
            }

            i += Width(text, i);
        }

        return i;
    }

    /// <summary>UTF-16 units of the character at <paramref name="i"/>: 2 for a CRLF or a surrogate pair.</summary>
    private static int Width(string text, int i)
    {
        var c = text[i];
        var hasNext = i + 1 < text.Length;
        if (c == '\r' && hasNext && text[i + 1] == '\n')
        {
            return 2;
        }

        return char.IsHighSurrogate(c) && hasNext && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
    }
}
