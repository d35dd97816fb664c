namespace InBeeld.Core.Rendering.Layout;

/// <summary>A swimlane: the client's own lane (first) or one organisation, with its cards.</summary>
public sealed record LaneBox(
    string Name,
    bool IsClient,
    Box Bounds,
    IReadOnlyList<TextLine> Label,
    IReadOnlyList<CardBox> Cards);
