namespace InBeeld.Core.Analysis.Suggestions;

/// <summary>A quote a researcher has coded: the examples suggestions learn from.</summary>
public sealed record CodedQuote(Guid QuoteId, string Text, IReadOnlyCollection<Guid> CodeIds);
