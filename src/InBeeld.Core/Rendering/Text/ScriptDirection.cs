using System.Text;

namespace InBeeld.Core.Rendering.Text;

/// <summary>
/// Decides whether a text is right-to-left, the way HTML's <c>dir="auto"</c> does: by its first
/// strongly directional character. A Dutch sentence quoting Arabic stays left-to-right (the
/// viewer's bidi algorithm still orders the Arabic run), an Arabic or Hebrew quote flips.
/// </summary>
public static class ScriptDirection
{
    public static bool IsRightToLeft(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsRightToLeftLetter(rune.Value))
            {
                return true;
            }

            if (Rune.IsLetter(rune))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsRightToLeftLetter(int c) => c switch
    {
        >= 0x0590 and < 0x0900 => Rune.IsLetter(new Rune(c)), // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan
        >= 0xFB1D and < 0xFE00 => true, // Hebrew and Arabic presentation forms
        >= 0xFE70 and < 0xFEFF => true,
        >= 0x10800 and < 0x10FFF => true, // historic right-to-left scripts
        >= 0x1E900 and < 0x1E960 => true, // Adlam (Fula)
        _ => false,
    };
}
