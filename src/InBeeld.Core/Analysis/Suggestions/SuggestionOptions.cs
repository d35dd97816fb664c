namespace InBeeld.Core.Analysis.Suggestions;

public sealed record SuggestionOptions
{
    /// <summary>How many nearest coded quotes vote (k of k-nearest neighbours).</summary>
    public int Neighbours { get; init; } = 10;

    public int MaxSuggestions { get; init; } = 5;

    /// <summary>Quotes less similar than this do not vote: two quotes sharing one common word are not alike.</summary>
    public double MinimumSimilarity { get; init; } = 0.1;

    /// <summary>Codes not to suggest: already on the quote, or rejected by the researcher before.</summary>
    public IReadOnlyCollection<Guid> Exclude { get; init; } = [];

    /// <summary>The quote asked about, when it is itself in the index, so it does not vote for itself.</summary>
    public Guid? QuoteId { get; init; }
}
