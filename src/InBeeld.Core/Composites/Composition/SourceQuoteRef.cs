namespace InBeeld.Core.Composites.Composition;

/// <summary>A quote chosen for a composite step, by reference: the text stays in (and goes with) its interview.</summary>
public sealed record SourceQuoteRef(Guid InterviewId, Guid StepId, Guid QuoteId);
