namespace InBeeld.Core.Analysis.Evidence;

/// <summary>
/// What stands behind a figure: journeys in set order, their matching steps, and the codings (with
/// their quotes, where a quote was coded) of the filter's codes in those journeys.
/// </summary>
public sealed record EvidenceItems(
    IReadOnlyList<Guid> Journeys, IReadOnlyList<StepRef> Steps, IReadOnlyList<Guid> Codings, IReadOnlyList<Guid> Quotes);
