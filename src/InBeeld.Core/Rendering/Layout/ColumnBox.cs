namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// A phase column. <see cref="Bounds"/> runs from the phase header to the bottom of the last lane;
/// <see cref="HeaderBounds"/> is the header cell alone.
/// </summary>
public sealed record ColumnBox(
    string Name,
    bool IsWithoutPhase,
    Box Bounds,
    Box HeaderBounds,
    IReadOnlyList<TextLine> Label);
