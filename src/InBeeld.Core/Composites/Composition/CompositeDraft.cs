namespace InBeeld.Core.Composites.Composition;

/// <summary>
/// A proposed composite journey for one group: the typical steps, the interview whose route is the
/// backbone (the group's medoid), and the member steps that found no place in it — listed, so
/// nothing disappears unseen.
/// </summary>
public sealed record CompositeDraft
{
    public required Guid BackboneInterviewId { get; init; }
    public required int MemberCount { get; init; }
    public required IReadOnlyList<CompositeStepDraft> Steps { get; init; }
    public required IReadOnlyList<SourceStepRef> Unplaced { get; init; }
}
