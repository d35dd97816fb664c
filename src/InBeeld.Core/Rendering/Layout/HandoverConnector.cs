using InBeeld.Core.Interviews;

namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// The handover from one step to the next at another organisation: an orthogonal path from the
/// first card's right edge to the second card's left edge, an arrowhead, and a label
/// ("koud" / "14 dagen") on a white plate so it reads over lane tints.
/// </summary>
public sealed record HandoverConnector(
    int FromStep,
    int ToStep,
    HandoverKind Kind,
    IReadOnlyList<MapPoint> Path,
    IReadOnlyList<MapPoint> Arrowhead,
    Box LabelBounds,
    IReadOnlyList<TextLine> Label);
