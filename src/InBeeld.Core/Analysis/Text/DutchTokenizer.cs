using System.Globalization;
using System.Text;

namespace InBeeld.Core.Analysis.Text;

/// <summary>
/// Splits Dutch text into lower-case words: letters and digits belong together; everything else
/// (spaces, punctuation, hyphens, apostrophes) separates. So "ggz-aanbieder" gives two words, and
/// "auto's" gives "auto" and a one-letter remnant that <see cref="Terms"/> drops. Text is first put in
/// Unicode NFC form so "é" typed as e + accent is the same letter as a composed "é".
/// </summary>
public static class DutchTokenizer
{
    public static IEnumerable<string> Words(string text)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && (char.IsLetterOrDigit(normalized[i]) || IsJoiner(normalized, i));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return Lower(normalized, start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>
    /// The terms that carry meaning: words of two or more characters that are not stop words, stemmed;
    /// numbers are kept as they are ("18 worden" is about turning 18).
    /// </summary>
    /// <param name="stems">Stems already computed, by word: quotes repeat their words, and stemming is the costly part.</param>
    public static IEnumerable<string> Terms(string text, Dictionary<string, string>? stems = null)
    {
        foreach (var word in Words(text))
        {
            if (word.Length < 2 || DutchStopWords.Contains(word))
            {
                continue;
            }

            if (stems is null)
            {
                yield return Stem(word);
            }
            else if (stems.TryGetValue(word, out var stem))
            {
                yield return stem;
            }
            else
            {
                yield return stems[word] = Stem(word);
            }
        }
    }

    private static string Stem(string word) => word.All(char.IsDigit) ? word : DutchStemmer.Stem(word);

    private static string Lower(string text, int start, int length) =>
        string.Create(length, (text, start), static (span, state) => state.text.AsSpan(state.start, span.Length).ToLowerInvariant(span));

    /// <summary>Combining marks (an accent typed separately that NFC could not compose) stay inside the word.</summary>
    private static bool IsJoiner(string text, int i) =>
        CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
