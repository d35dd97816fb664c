namespace InBeeld.Core.Composites.Composition;

/// <summary>A participant's quote at a source step.</summary>
public sealed record SourceQuote(Guid Id, string Text, int Order);
