using System.Globalization;
using System.Text;

namespace InBeeld.Core.Rendering.Text;

/// <summary>
/// Estimates how wide a line of text is when set in Noto Sans, without loading a font: a
/// per-character width table (<see cref="NotoSansWidths"/>) for Latin and fixed per-script
/// widths elsewhere. Wrapping therefore gives the same lines on every machine, in the browser,
/// the PDF and the tests. Estimates for other scripts lean wide (measured maxima, not means), so
/// a line may end early but does not overflow its box.
/// </summary>
public static class TextMeasurer
{
    /// <summary>Width of <paramref name="text"/> in the same unit as <paramref name="fontSize"/>.</summary>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        var thousandths = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            thousandths += RuneWidth(rune, bold);
        }

        return thousandths * fontSize / 1000.0;
    }

    /// <summary>Advance width of one character in thousandths of an em.</summary>
    public static int RuneWidth(Rune rune, bool bold)
    {
        var c = rune.Value;
        if (c is >= NotoSansWidths.AsciiFirst and < 0x7F)
        {
            return (bold ? NotoSansWidths.BoldAscii : NotoSansWidths.RegularAscii)[c - NotoSansWidths.AsciiFirst];
        }

        if (c is >= NotoSansWidths.LatinFirst and < 0x180)
        {
            return (bold ? NotoSansWidths.BoldLatin : NotoSansWidths.RegularLatin)[c - NotoSansWidths.LatinFirst];
        }

        return c switch
        {
            0x2018 or 0x2019 or 0x201A => bold ? 285 : 250,
            0x201C or 0x201D or 0x201E => bold ? 513 : 416,
            0x2013 => 500,
            0x2014 => 1000,
            0x2022 => 376,
            0x2026 => bold ? 855 : 791,
            0x20AC or 0x2212 => 572,
            // The replacement character TextCleaner puts for broken input; Noto Sans draws it 1 em wide.
            0xFFFD => 1000,
            0x200B or 0x200C or 0x200D or 0x200E or 0x200F or 0xFE0F => 0,
            _ => OtherScriptWidth(rune),
        };
    }

    private static int OtherScriptWidth(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        return rune.Value switch
        {
            // Latin Extended-B and IPA, Greek, Cyrillic: close to the Latin capitals.
            < 0x0590 => 700,
            // Hebrew, Arabic, Syriac, Thaana, N'Ko: Noto Sans Arabic averages 668; wide joined
            // forms are rarer in running text than the maximum suggests.
            < 0x0800 => 720,
            // Ethiopic (Tigrinya, Amharic): Noto Sans Ethiopic averages 703.
            >= 0x1200 and < 0x13A0 => 760,
            >= 0x2D80 and < 0x2DE0 => 760,
            // Arrows, symbols, dingbats and emoji: drawn from colour or symbol fonts, about 1.3 em.
            >= 0x2190 and < 0x2C00 => 1000,
            >= 0x1F000 => 1300,
            // CJK and other full-width scripts.
            >= 0x2E80 and < 0xA000 => 1000,
            >= 0xAC00 and < 0xD7B0 => 1000,
            >= 0xFB1D and < 0xFF00 => 720,
            _ => 800,
        };
    }
}
