namespace InBeeld.Core.Analysis.Suggestions;

/// <summary>
/// A code to consider for a quote. <see cref="Score"/> (0–1) is the similarity-weighted share of the
/// nearest coded quotes that carry the code; <see cref="Because"/> lists those quotes, so the
/// researcher sees why before accepting or rejecting it.
/// </summary>
public sealed record CodeSuggestion(Guid CodeId, double Score, IReadOnlyList<SimilarQuote> Because);
