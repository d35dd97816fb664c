using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Pdf.Paging;

/// <summary>
/// Everything on one PDF page, decided before anything is drawn (so "pagina 3 van 9" is known).
/// Texts, boxes, markers and legend are in page units: map units at natural size, i.e. 0.75 pt
/// each from the page's top-left corner. A map page also shows its <see cref="Tile"/> of the grid.
/// </summary>
internal sealed record PageContent
{
    public MapTile? Tile { get; init; }
    public IReadOnlyList<PageBox> Boxes { get; init; } = [];
    public IReadOnlyList<TextLine> Texts { get; init; } = [];
    public IReadOnlyList<Marker> Markers { get; init; } = [];
    public IReadOnlyList<LegendItem> Legend { get; init; } = [];
}
