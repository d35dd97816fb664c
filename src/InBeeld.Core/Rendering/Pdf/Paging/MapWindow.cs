using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Pdf.Paging;

/// <summary>
/// A rectangle of the map (<see cref="Source"/>, map units) shown on a page with its top-left at
/// (<see cref="X"/>, <see cref="Y"/>) points; <see cref="IsPhaseRow"/> for the phase header row.
/// </summary>
internal sealed record MapWindow(Box Source, double X, double Y, double Scale, bool IsPhaseRow)
{
    public Box Target => new(X, Y, Source.Width * Scale, Source.Height * Scale);
}
