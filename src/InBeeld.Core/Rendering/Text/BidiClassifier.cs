using System.Globalization;
using System.Text;

namespace InBeeld.Core.Rendering.Text;

/// <summary>Classifies characters for <see cref="BidiReorderer"/>.</summary>
internal static class BidiClassifier
{
    public static BidiClass Of(Rune rune)
    {
        var c = rune.Value;
        switch (c)
        {
            case >= '0' and <= '9' or 0xB2 or 0xB3 or 0xB9 or (>= 0x06F0 and <= 0x06F9) or (>= 0xFF10 and <= 0xFF19):
                return BidiClass.EN;
            case (>= 0x0660 and <= 0x0669) or 0x066B or 0x066C:
                return BidiClass.AN;
            case '+' or '-' or 0x2212:
                return BidiClass.ES;
            case '#' or '$' or '%' or 0xB0 or 0x2030 or 0x066A or (>= 0xA2 and <= 0xA5) or (>= 0x20A0 and <= 0x20CF):
                return BidiClass.ET;
            case ',' or '.' or '/' or ':' or 0xA0 or 0x060C:
                return BidiClass.CS;
            case 0x200E:
                return BidiClass.L;
            case 0x200F:
                return BidiClass.R;
            case ' ' or 0x2000 or 0x2001 or 0x2002 or 0x2003 or 0x2004 or 0x2005 or 0x2006 or 0x2007 or 0x2008 or 0x2009 or 0x200A or 0x3000:
                return BidiClass.WS;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return BidiClass.NSM;
        }

        if (category is UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return BidiClass.BN;
        }

        var letterLike = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
            or UnicodeCategory.OtherNumber;
        if (IsArabicScript(c))
        {
            return letterLike ? BidiClass.AL : BidiClass.ON;
        }

        if (IsRightToLeftScript(c))
        {
            return letterLike ? BidiClass.R : BidiClass.ON;
        }

        return letterLike ? BidiClass.L : category == UnicodeCategory.SpaceSeparator ? BidiClass.WS : BidiClass.ON;
    }

    private static bool IsArabicScript(int c) =>
        c is (>= 0x0600 and <= 0x07BF) or (>= 0x0860 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFE);

    private static bool IsRightToLeftScript(int c) =>
        c is (>= 0x0590 and <= 0x05FF) or (>= 0x07C0 and <= 0x085F) or (>= 0xFB1D and <= 0xFB4F)
            or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF);
}
