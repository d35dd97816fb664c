namespace InBeeld.Core.Analysis.Suggestions;

/// <summary>A coded quote like the one asked about, with the cosine similarity (0–1) of their term vectors.</summary>
public sealed record SimilarQuote(Guid QuoteId, double Similarity);
