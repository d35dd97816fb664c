using InBeeld.Core.Analysis.Text;

namespace InBeeld.Core.Analysis.Suggestions;

/// <summary>
/// Coded quotes as TF-IDF vectors in an inverted index. A term's weight in a quote is
/// (1 + ln tf) · idf with idf = ln((1 + N) / (1 + df)) + 1, and every vector has length 1, so a dot
/// product is the cosine similarity. Looking up one quote touches only the postings of its own
/// terms. Built once per codebook state; immutable, so lookups may run in parallel.
/// </summary>
public sealed class QuoteIndex
{
    private readonly CodedQuote[] _quotes;
    private readonly Dictionary<string, int> _terms;
    private readonly double[] _idf;
    private readonly (int Quote, double Weight)[][] _postings;

    private QuoteIndex(CodedQuote[] quotes, Dictionary<string, int> terms, double[] idf, (int, double)[][] postings)
    {
        _quotes = quotes;
        _terms = terms;
        _idf = idf;
        _postings = postings;
    }

    public int Count => _quotes.Length;

    public static QuoteIndex Build(IEnumerable<CodedQuote> quotes)
    {
        var list = quotes.ToArray();
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<Dictionary<int, int>>(list.Length);
        var df = new List<int>();
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var quote in list)
        {
            var tf = new Dictionary<int, int>();
            foreach (var term in DutchTokenizer.Terms(quote.Text, stems))
            {
                if (!terms.TryGetValue(term, out var id))
                {
                    terms[term] = id = terms.Count;
                    df.Add(0);
                }

                tf[id] = tf.GetValueOrDefault(id) + 1;
            }

            foreach (var id in tf.Keys)
            {
                df[id]++;
            }

            counts.Add(tf);
        }

        var idf = df.Select(d => Math.Log((1.0 + list.Length) / (1.0 + d)) + 1).ToArray();
        var postings = new List<(int, double)>[terms.Count];
        for (var q = 0; q < list.Length; q++)
        {
            foreach (var (term, weight) in Normalized(counts[q], idf))
            {
                (postings[term] ??= []).Add((q, weight));
            }
        }

        return new QuoteIndex(list, terms, idf, [.. postings.Select(p => p?.ToArray() ?? [])]);
    }

    /// <summary>
    /// The <paramref name="k"/> most similar coded quotes, most similar first (ties: the quote added
    /// first). <paramref name="skip"/> leaves one quote out (the quote asked about).
    /// </summary>
    public IReadOnlyList<(CodedQuote Quote, double Similarity)> Nearest(string text, int k, double minimumSimilarity = 0, Guid? skip = null)
    {
        var tf = new Dictionary<int, int>();
        foreach (var term in DutchTokenizer.Terms(text))
        {
            if (_terms.TryGetValue(term, out var id))
            {
                tf[id] = tf.GetValueOrDefault(id) + 1;
            }
        }

        // Terms the index has never seen cannot match; they still belong in the query's length, but
        // leaving them out only scales every similarity alike, and the ranking is what counts here.
        var scores = new Dictionary<int, double>();
        foreach (var (term, weight) in Normalized(tf, _idf))
        {
            foreach (var (quote, quoteWeight) in _postings[term])
            {
                scores[quote] = scores.GetValueOrDefault(quote) + (weight * quoteWeight);
            }
        }

        return [.. scores
            .Where(s => s.Value >= minimumSimilarity && (skip is null || _quotes[s.Key].QuoteId != skip))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key)
            .Take(k)
            .Select(s => (_quotes[s.Key], Math.Min(1, s.Value)))];
    }

    private static IEnumerable<(int Term, double Weight)> Normalized(Dictionary<int, int> tf, double[] idf)
    {
        var weights = tf.OrderBy(t => t.Key).Select(t => (t.Key, (1 + Math.Log(t.Value)) * idf[t.Key])).ToList();
        var length = Math.Sqrt(weights.Sum(w => w.Item2 * w.Item2));
        return length == 0 ? [] : weights.Select(w => (w.Key, w.Item2 / length));
    }
}
