using System.Globalization;
using System.Text;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Pdf.Fonts;

/// <summary>
/// Turns one logical line into what PDFsharp can draw left to right: Arabic shaped into
/// presentation forms, the whole line put in visual order, and cut into runs that each use the
/// first face (in the style's fallback chain) that has every character of a cluster. A cluster
/// no embedded font has (emoji: fonts-noto-core carries no emoji font) prints as a white square
/// rather than vanishing, so the reader sees that something stood there.
/// </summary>
internal static class PdfTextRuns
{
    public const string Missing = "\u25A1";

    public static List<PdfTextRun> Split(string logical, bool rightToLeft, bool bold, bool italic, NotoFonts fonts)
    {
        var visual = BidiReorderer.ToVisual(ArabicShaper.Shape(logical), rightToLeft);
        var chain = Chain(bold, italic);
        var runs = new List<PdfTextRun>();
        var text = new StringBuilder();
        PdfFace? current = null;
        foreach (var cluster in Graphemes.Split(visual))
        {
            var drawable = WithoutInvisibles(cluster);
            if (drawable.Length == 0)
            {
                continue;
            }

            var face = current is { } previous && CoversAll(fonts, previous, drawable)
                ? previous
                : chain.Cast<PdfFace?>().FirstOrDefault(f => CoversAll(fonts, f!.Value, drawable));
            if (face is null)
            {
                face = PdfFace.Symbols2;
                drawable = Missing;
            }

            if (face != current && text.Length > 0)
            {
                runs.Add(new PdfTextRun(text.ToString(), current!.Value));
                text.Clear();
            }

            current = face;
            text.Append(drawable);
        }

        if (text.Length > 0)
        {
            runs.Add(new PdfTextRun(text.ToString(), current!.Value));
        }

        return runs;
    }

    /// <summary>Faces to try, in order: the style's own Latin face first, then the scripts and symbols.</summary>
    public static PdfFace[] Chain(bool bold, bool italic) =>
    [
        (bold, italic) switch
        {
            (true, true) => PdfFace.SansBoldItalic,
            (true, false) => PdfFace.SansBold,
            (false, true) => PdfFace.SansItalic,
            _ => PdfFace.SansRegular,
        },
        bold ? PdfFace.ArabicBold : PdfFace.ArabicRegular,
        bold ? PdfFace.EthiopicBold : PdfFace.EthiopicRegular,
        PdfFace.Symbols2,
        bold ? PdfFace.SymbolsBold : PdfFace.SymbolsRegular,
        PdfFace.Math,
    ];

    private static bool CoversAll(NotoFonts fonts, PdfFace face, string cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!fonts.Covers(face, rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Joiners, direction marks and variation selectors only steer shaping; PDFsharp would print them as boxes.</summary>
    private static string WithoutInvisibles(string cluster)
    {
        var builder = new StringBuilder(cluster.Length);
        foreach (var rune in cluster.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var variationSelector = rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);
            if (category != UnicodeCategory.Format && !variationSelector)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }
}
