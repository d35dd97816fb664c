using System.Text;

namespace InBeeld.Core.Rendering.Text;

/// <summary>
/// Contextual shaping of Arabic letters into their presentation forms (isolated, final, initial,
/// medial, and the lam-alef ligatures), for writers that place glyphs one by one. PDFsharp does
/// no OpenType shaping, so without this every Arabic letter would print in its unjoined form and
/// the text would be unreadable. Browsers shape SVG text themselves; only the PDF writer calls
/// this. Input and output are in logical order; <see cref="BidiReorderer"/> makes it visual.
/// Joining types and forms follow Unicode's ArabicShaping.txt and the Arabic Presentation
/// Forms-A/-B charts; letters outside the table pass through unchanged.
/// </summary>
public static class ArabicShaper
{
    private const char Lam = '\u0644';
    private const char ZeroWidthJoiner = '\u200D';
    private const char Tatweel = '\u0640';

    /// <summary>Right-joining letters (join only to the letter before them): base → isolated form; final = isolated + 1.</summary>
    private static readonly Dictionary<char, char> RightJoining = new()
    {
        ['\u0622'] = '\uFE81', ['\u0623'] = '\uFE83', ['\u0624'] = '\uFE85', ['\u0625'] = '\uFE87',
        ['\u0627'] = '\uFE8D', ['\u0629'] = '\uFE93', ['\u062F'] = '\uFEA9', ['\u0630'] = '\uFEAB',
        ['\u0631'] = '\uFEAD', ['\u0632'] = '\uFEAF', ['\u0648'] = '\uFEED', ['\u0649'] = '\uFEEF',
        ['\u0671'] = '\uFB50', ['\u0698'] = '\uFB8A',
    };

    /// <summary>Dual-joining letters: base → isolated form; final, initial, medial follow at +1, +2, +3.</summary>
    private static readonly Dictionary<char, char> DualJoining = new()
    {
        ['\u0626'] = '\uFE89', ['\u0628'] = '\uFE8F', ['\u062A'] = '\uFE95', ['\u062B'] = '\uFE99',
        ['\u062C'] = '\uFE9D', ['\u062D'] = '\uFEA1', ['\u062E'] = '\uFEA5', ['\u0633'] = '\uFEB1',
        ['\u0634'] = '\uFEB5', ['\u0635'] = '\uFEB9', ['\u0636'] = '\uFEBD', ['\u0637'] = '\uFEC1',
        ['\u0638'] = '\uFEC5', ['\u0639'] = '\uFEC9', ['\u063A'] = '\uFECD', ['\u0641'] = '\uFED1',
        ['\u0642'] = '\uFED5', ['\u0643'] = '\uFED9', ['\u0644'] = '\uFEDD', ['\u0645'] = '\uFEE1',
        ['\u0646'] = '\uFEE5', ['\u0647'] = '\uFEE9', ['\u064A'] = '\uFEF1',
        ['\u067E'] = '\uFB56', ['\u0686'] = '\uFB7A', ['\u06A9'] = '\uFB8E', ['\u06AF'] = '\uFB92',
        ['\u06CC'] = '\uFBFC',
    };

    /// <summary>Lam followed by an alef: the isolated ligature; the final form is the next code point.</summary>
    private static readonly Dictionary<char, char> LamAlef = new()
    {
        ['\u0622'] = '\uFEF5', ['\u0623'] = '\uFEF7', ['\u0625'] = '\uFEF9', ['\u0627'] = '\uFEFB',
    };

    /// <summary>True when the text contains a letter this shaper changes; lets writers skip the work for other scripts.</summary>
    public static bool NeedsShaping(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0620' and <= '\u06FF')
            {
                return true;
            }
        }

        return false;
    }

    public static string Shape(string text)
    {
        if (!NeedsShaping(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var joinsBefore = JoinsToNext(Previous(text, i));
            if (c == Lam && NextIndex(text, i) is var n and >= 0 && LamAlef.TryGetValue(text[n], out var ligature))
            {
                output.Append(joinsBefore ? (char)(ligature + 1) : ligature);
                // Marks between lam and alef (rare) follow the ligature rather than vanish.
                output.Append(text, i + 1, n - i - 1);
                i = n;
                continue;
            }

            if (DualJoining.TryGetValue(c, out var dual))
            {
                var joinsAfter = JoinsToPrevious(Next(text, i));
                output.Append((char)(dual + (joinsBefore, joinsAfter) switch
                {
                    (true, true) => 3,
                    (false, true) => 2,
                    (true, false) => 1,
                    _ => 0,
                }));
            }
            else if (RightJoining.TryGetValue(c, out var right))
            {
                output.Append(joinsBefore ? (char)(right + 1) : right);
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    /// <summary>Harakat and other combining marks are transparent: joining looks through them.</summary>
    private static bool IsTransparent(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED');

    private static int PreviousIndex(string text, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (!IsTransparent(text[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private static int NextIndex(string text, int i)
    {
        for (var j = i + 1; j < text.Length; j++)
        {
            if (!IsTransparent(text[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private static char? Previous(string text, int i) => PreviousIndex(text, i) is var j and >= 0 ? text[j] : null;

    private static char? Next(string text, int i) => NextIndex(text, i) is var j and >= 0 ? text[j] : null;

    /// <summary>Can the letter before connect forward to this one? Only dual-joining letters and join-causing characters do.</summary>
    private static bool JoinsToNext(char? c) =>
        c is { } value && (DualJoining.ContainsKey(value) || value is Tatweel or ZeroWidthJoiner);

    /// <summary>Can the letter after accept a connection from this one? Dual- and right-joining letters do.</summary>
    private static bool JoinsToPrevious(char? c) =>
        c is { } value && (DualJoining.ContainsKey(value) || RightJoining.ContainsKey(value) || value is Tatweel or ZeroWidthJoiner);
}
