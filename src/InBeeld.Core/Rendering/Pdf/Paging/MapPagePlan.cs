namespace InBeeld.Core.Rendering.Pdf.Paging;

/// <summary>How a map is spread over pages: one scale for all, and the tiles in reading order.</summary>
internal sealed record MapPagePlan(double Scale, int SlotCount, IReadOnlyList<MapTile> Tiles);
