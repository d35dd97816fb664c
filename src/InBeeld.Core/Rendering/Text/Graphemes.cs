using System.Globalization;

namespace InBeeld.Core.Rendering.Text;

/// <summary>
/// Splits text into grapheme clusters (a letter with its accents, a whole emoji sequence), the
/// smallest pieces that may be cut, reordered or replaced without breaking what a reader sees.
/// </summary>
internal static class Graphemes
{
    public static List<string> Split(string text)
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
