namespace InBeeld.Core.Rendering.Pdf.Paging;

/// <summary>
/// One page's share of the map: slots (step positions) [<see cref="SlotFrom"/>, <see cref="SlotTo"/>)
/// and lanes [<see cref="LaneFrom"/>, <see cref="LaneTo"/>), shown through four windows: the
/// label column and the steps, each for the phase row and for the band and lanes below it.
/// </summary>
internal sealed record MapTile(int SlotFrom, int SlotTo, int LaneFrom, int LaneTo, IReadOnlyList<MapWindow> Windows)
{
    /// <summary>Page y (points) under the lowest window: where the legend may start.</summary>
    public double Bottom => Windows.Max(w => w.Target.Bottom);
}
