namespace InBeeld.Core.Analysis.Suggestions;

/// <summary>
/// Suggests codes for an uncoded quote from the codes of the most similar coded quotes (k-nearest
/// neighbours over TF-IDF vectors of stemmed Dutch words). Runs locally and deterministically: the
/// same index and text give the same suggestions, in the same order.
/// </summary>
public static class CodeSuggester
{
    public static IReadOnlyList<CodeSuggestion> Suggest(QuoteIndex index, string text, SuggestionOptions? options = null)
    {
        options ??= new SuggestionOptions();
        var neighbours = index.Nearest(text, options.Neighbours, options.MinimumSimilarity, options.QuoteId);
        var total = neighbours.Sum(n => n.Similarity);
        if (total == 0)
        {
            return [];
        }

        var excluded = options.Exclude.ToHashSet();
        return [.. neighbours
            .SelectMany(n => n.Quote.CodeIds.Distinct().Select(code => (Code: code, Neighbour: n)))
            .Where(x => !excluded.Contains(x.Code))
            .GroupBy(x => x.Code)
            .Select(g => new CodeSuggestion(
                g.Key,
                g.Sum(x => x.Neighbour.Similarity) / total,
                [.. g.Select(x => new SimilarQuote(x.Neighbour.Quote.QuoteId, x.Neighbour.Similarity))]))
            .OrderByDescending(s => s.Score).ThenBy(s => s.CodeId)
            .Take(options.MaxSuggestions)];
    }
}
