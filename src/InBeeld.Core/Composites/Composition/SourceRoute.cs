namespace InBeeld.Core.Composites.Composition;

/// <summary>One member interview's route, as the composite builder reads it (consented interviews only).</summary>
public sealed record SourceRoute(Guid InterviewId, IReadOnlyList<SourceStep> Steps);
