using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Pdf.Paging;

/// <summary>
/// Spreads a map's grid over pages so its text stays legible. The whole grid goes on one page
/// when it fits at a scale of at least <see cref="MinScale"/>; otherwise the steps are split into
/// page-wide groups (and, for many lanes, the lanes too), each page repeating the lane names on
/// the left and the phase row on top. Cuts fall between step slots; neighbouring pages overlap by
/// half a slot gap, so the handover label on a cut shows whole on both pages.
/// </summary>
internal static class MapPagePlanner
{
    /// <summary>At 0.6 pt per map unit card text (12 units) prints at 7.2 pt and the smallest labels (10 units) at 6 pt.</summary>
    public const double MinScale = 0.6;

    /// <summary>A small map is enlarged at most to 1 pt per unit: card text at 12 pt.</summary>
    public const double MaxScale = 1.0;

    /// <summary>
    /// A map that needs several pages is printed at most at its natural size (a map unit is a CSS
    /// pixel, 0.75 pt; card text 9 pt): larger would only add pages.
    /// </summary>
    public const double SplitScale = PageFormat.PointsPerUnit;

    public static MapPagePlan Plan(JourneyMapLayout layout, Box area)
    {
        var label = layout.LabelColumn;
        var gridLeft = label.Right;
        var gridRight = layout.Columns.Count > 0 ? layout.Columns[^1].Bounds.Right : gridLeft + LayoutMetrics.SlotWidth;
        var slots = Math.Max(1, (int)Math.Floor(((gridRight - gridLeft) / LayoutMetrics.SlotWidth) + 0.001));
        var lanes = layout.Lanes;
        var phaseRow = LayoutMetrics.PhaseHeaderHeight;
        var band = layout.Hartslag.Bounds.Height;
        var fullWidth = label.Width + (gridRight - gridLeft);
        var fullHeight = phaseRow + band + lanes.Sum(l => l.Bounds.Height);

        var scale = Math.Min(MaxScale, Math.Min(area.Width / fullWidth, area.Height / fullHeight));
        List<(int From, int To)> laneGroups = [(0, lanes.Count)];
        if (scale < MinScale)
        {
            scale = Math.Min(SplitScale, area.Height / fullHeight);
            if (scale < MinScale)
            {
                // Taller than a page even at the smallest legible scale: split the lanes. A single
                // lane taller than the page (cards have a line limit, so only on tiny paper) lowers
                // the scale rather than cutting a card in half.
                var tallest = Math.Max(band + lanes[0].Bounds.Height, lanes.Max(l => l.Bounds.Height));
                scale = Math.Min(MinScale, area.Height / (phaseRow + tallest));
                laneGroups = GroupLanes(lanes, band, (area.Height / scale) - phaseRow);
            }
        }

        var slotGroups = GroupSlots(slots, (area.Width / scale) - label.Width);
        var tiles = new List<MapTile>();
        foreach (var (slotFrom, slotTo) in slotGroups)
        {
            var left = slotFrom == 0 ? gridLeft : gridLeft + (slotFrom * LayoutMetrics.SlotWidth) - (LayoutMetrics.SlotGap / 2);
            var right = slotTo == slots ? gridRight : gridLeft + (slotTo * LayoutMetrics.SlotWidth) + (LayoutMetrics.SlotGap / 2);
            foreach (var (laneFrom, laneTo) in laneGroups)
            {
                var phaseTop = LayoutMetrics.PhaseHeaderTop;
                var bodyTop = laneFrom == 0 ? layout.Hartslag.Bounds.Y : lanes[laneFrom].Bounds.Y;
                var bodyBottom = lanes[laneTo - 1].Bounds.Bottom;
                var bodyY = area.Y + (phaseRow * scale);
                var stepsX = area.X + (label.Width * scale);
                tiles.Add(new MapTile(slotFrom, slotTo, laneFrom, laneTo,
                [
                    new MapWindow(new Box(label.X, phaseTop, label.Width, phaseRow), area.X, area.Y, scale, true),
                    new MapWindow(new Box(left, phaseTop, right - left, phaseRow), stepsX, area.Y, scale, true),
                    new MapWindow(new Box(label.X, bodyTop, label.Width, bodyBottom - bodyTop), area.X, bodyY, scale, false),
                    new MapWindow(new Box(left, bodyTop, right - left, bodyBottom - bodyTop), stepsX, bodyY, scale, false),
                ]));
            }
        }

        return new MapPagePlan(scale, slots, tiles);
    }

    /// <summary>Equal groups of slots, as many per page as fit with half a gap of overlap on each side.</summary>
    private static List<(int From, int To)> GroupSlots(int slots, double width)
    {
        var perPage = Math.Max(1, (int)Math.Floor((width - LayoutMetrics.SlotGap) / LayoutMetrics.SlotWidth));
        if (slots * LayoutMetrics.SlotWidth <= width)
        {
            perPage = slots;
        }

        var pages = (slots + perPage - 1) / perPage;
        var groups = new List<(int, int)>();
        for (var page = 0; page < pages; page++)
        {
            groups.Add((page * slots / pages, (page + 1) * slots / pages));
        }

        return groups;
    }

    /// <summary>Consecutive lanes that fit under the phase row; the first group also holds the hartslag band.</summary>
    private static List<(int From, int To)> GroupLanes(IReadOnlyList<LaneBox> lanes, double band, double height)
    {
        var groups = new List<(int, int)>();
        var from = 0;
        var used = band;
        for (var lane = 0; lane < lanes.Count; lane++)
        {
            var h = lanes[lane].Bounds.Height;
            if (lane > from && used + h > height + 0.001)
            {
                groups.Add((from, lane));
                from = lane;
                used = 0;
            }

            used += h;
        }

        groups.Add((from, lanes.Count));
        return groups;
    }
}
