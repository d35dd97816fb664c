using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.EventLogs.Rendering;

/// <summary>
/// An arrow of the process map: the points it passes through (first = source, last = target),
/// its thickness by frequency, and its label. A back edge (against the layering, closing a loop)
/// runs along the right sides of its nodes; a self-loop is a small arc at the node's top right.
/// </summary>
public sealed record DfgEdgePath(
    int From, int To, IReadOnlyList<MapPoint> Points, double Thickness, TextLine? Label, string Title, bool IsBackEdge, bool IsSelfLoop);
