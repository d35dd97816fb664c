using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.EventLogs.Rendering;

/// <summary>
/// A node of the process map: its box, wrapped name lines, a count line, and how frequent it is
/// relative to the busiest activity (0–1, for the fill).
/// </summary>
public sealed record DfgNodeBox(DfgNodeKind Kind, int Activity, Box Box, IReadOnlyList<TextLine> Lines, string Title, double Intensity);
