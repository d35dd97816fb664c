namespace InBeeld.Core.EventLogs.Rendering;

/// <summary>A laid-out process map, independent of the output format (SVG today).</summary>
public sealed record DfgLayout(double Width, double Height, string Title, string Description, IReadOnlyList<DfgNodeBox> Nodes, IReadOnlyList<DfgEdgePath> Edges);
