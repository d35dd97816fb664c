using System.Text;

namespace InBeeld.Core.Rendering.Text;

/// <summary>
/// Puts one line of text into visual (left-to-right drawing) order, following the Unicode
/// Bidirectional Algorithm (UAX #9) for a single paragraph without explicit embeddings: weak
/// types W1–W7, neutrals N1–N2, implicit levels I1–I2, and reordering with mirroring L1–L4.
/// PDFsharp draws strings left to right as given, so the PDF writer needs this for Arabic;
/// browsers apply the same algorithm to SVG text themselves. Grapheme clusters are kept whole
/// (rule L3), so a letter keeps its marks and an emoji sequence its joiners.
/// </summary>
public static class BidiReorderer
{
    private static readonly Dictionary<string, string> Mirrors = new()
    {
        ["("] = ")", [")"] = "(", ["["] = "]", ["]"] = "[", ["{"] = "}", ["}"] = "{",
        ["<"] = ">", [">"] = "<", ["\u00AB"] = "\u00BB", ["\u00BB"] = "\u00AB",
        ["\u2039"] = "\u203A", ["\u203A"] = "\u2039",
    };

    /// <param name="text">One line, in logical (typing) order.</param>
    /// <param name="rightToLeft">The paragraph direction, as <see cref="ScriptDirection"/> decided it for the block.</param>
    public static string ToVisual(string text, bool rightToLeft)
    {
        var clusters = Graphemes.Split(text);
        var types = clusters.Select(c => BidiClassifier.Of(Rune.GetRuneAt(c, 0))).ToArray();
        if (!rightToLeft && !types.Any(t => t is BidiClass.R or BidiClass.AL or BidiClass.AN))
        {
            return text;
        }

        var levels = Levels(types, rightToLeft ? 1 : 0);
        var order = Enumerable.Range(0, clusters.Count).ToArray();
        var highest = levels.DefaultIfEmpty(0).Max();
        var lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty(highest + 1).Min();
        for (var level = highest; level >= lowestOdd; level--)
        {
            ReverseRuns(order, levels, level);
        }

        var visual = new StringBuilder(text.Length);
        foreach (var index in order)
        {
            var cluster = clusters[index];
            visual.Append(levels[index] % 2 == 1 && Mirrors.TryGetValue(cluster, out var mirrored) ? mirrored : cluster);
        }

        return visual.ToString();
    }

    /// <summary>The resolved embedding level of each cluster (UAX #9 W1–W7, N1–N2, I1–I2, L1).</summary>
    internal static int[] Levels(BidiClass[] input, int paragraphLevel)
    {
        var t = (BidiClass[])input.Clone();
        var n = t.Length;
        var sos = paragraphLevel == 1 ? BidiClass.R : BidiClass.L;

        // W1: marks and ignorable format characters take the type before them.
        for (var i = 0; i < n; i++)
        {
            if (t[i] is BidiClass.NSM or BidiClass.BN)
            {
                t[i] = i == 0 ? sos : t[i - 1];
            }
        }

        // W2 and W3: European digits after Arabic letters are Arabic numbers; AL becomes R.
        var lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R or BidiClass.AL)
            {
                lastStrong = t[i];
            }
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.AL)
            {
                t[i] = BidiClass.AN;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (t[i] == BidiClass.AL)
            {
                t[i] = BidiClass.R;
            }
        }

        // W4: one separator between two numbers of the same kind joins them ("12.5", "1,000").
        for (var i = 1; i + 1 < n; i++)
        {
            if (t[i - 1] == BidiClass.EN && t[i + 1] == BidiClass.EN && t[i] is BidiClass.ES or BidiClass.CS)
            {
                t[i] = BidiClass.EN;
            }
            else if (t[i - 1] == BidiClass.AN && t[i + 1] == BidiClass.AN && t[i] == BidiClass.CS)
            {
                t[i] = BidiClass.AN;
            }
        }

        // W5: currency and percent signs next to European digits belong to the number.
        for (var i = 0; i < n; i++)
        {
            if (t[i] != BidiClass.ET)
            {
                continue;
            }

            var end = i;
            while (end < n && t[end] == BidiClass.ET)
            {
                end++;
            }

            if ((i > 0 && t[i - 1] == BidiClass.EN) || (end < n && t[end] == BidiClass.EN))
            {
                Array.Fill(t, BidiClass.EN, i, end - i);
            }

            i = end - 1;
        }

        // W6: other separators and terminators are neutral.
        for (var i = 0; i < n; i++)
        {
            if (t[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
            {
                t[i] = BidiClass.ON;
            }
        }

        // W7: European digits in left-to-right context count as L.
        lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R)
            {
                lastStrong = t[i];
            }
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.L)
            {
                t[i] = BidiClass.L;
            }
        }

        // N1 and N2: a run of neutrals between two equal directions takes that direction, else
        // the paragraph's. Numbers count as right-to-left here.
        var embedding = paragraphLevel == 1 ? BidiClass.R : BidiClass.L;
        for (var i = 0; i < n; i++)
        {
            if (!IsNeutral(t[i]))
            {
                continue;
            }

            var end = i;
            while (end < n && IsNeutral(t[end]))
            {
                end++;
            }

            var before = i == 0 ? sos : Direction(t[i - 1]);
            var after = end == n ? sos : Direction(t[end]);
            Array.Fill(t, before == after ? before : embedding, i, end - i);
            i = end - 1;
        }

        // I1 and I2: implicit levels.
        var levels = new int[n];
        for (var i = 0; i < n; i++)
        {
            levels[i] = (paragraphLevel, t[i]) switch
            {
                (0, BidiClass.R) => 1,
                (0, BidiClass.AN or BidiClass.EN) => 2,
                (0, _) => 0,
                (_, BidiClass.L or BidiClass.EN or BidiClass.AN) => 2,
                _ => 1,
            };
        }

        // L1: whitespace at the end of the line goes back to the paragraph level.
        for (var i = n - 1; i >= 0 && input[i] is BidiClass.WS or BidiClass.BN; i--)
        {
            levels[i] = paragraphLevel;
        }

        return levels;
    }

    private static bool IsNeutral(BidiClass type) => type is BidiClass.WS or BidiClass.ON;

    private static BidiClass Direction(BidiClass type) => type == BidiClass.L ? BidiClass.L : BidiClass.R;

    /// <summary>L2: reverses every maximal run of clusters at <paramref name="level"/> or higher.</summary>
    private static void ReverseRuns(int[] order, int[] levels, int level)
    {
        var i = 0;
        while (i < order.Length)
        {
            if (levels[order[i]] < level)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < order.Length && levels[order[end]] >= level)
            {
                end++;
            }

            Array.Reverse(order, i, end - i);
            i = end;
        }
    }
}
