using System.Globalization;
using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Pdf.Paging;

/// <summary>
/// The map pages of a PDF: per tile of the <see cref="MapPagePlan"/>, the map's own header (title
/// and subtitle) at the top, "Deel 2 van 4 · stappen 7–12" when the map is split, the legend
/// under the grid and the "fictieve persoon" footer. Legend and header are set at natural size on
/// every page, whatever the grid's scale, so they read alike on all pages.
/// </summary>
internal static class MapPageComposer
{
    private const double HeaderHeight = LayoutMetrics.HeaderHeight;
    private const double LegendGap = 14;
    private const double FooterHeight = 24;

    public static (MapPagePlan Plan, List<PageContent> Pages) Compose(JourneyMapLayout layout, PageFormat format)
    {
        var k = PageFormat.PointsPerUnit;
        var left = PageChrome.Left(format);
        var top = PageChrome.Top(format);
        var width = PageChrome.Width(format);
        var legendKinds = layout.Legend.Select(l => l.Kind).ToHashSet();
        var (legend, legendHeight) = LegendLayouter.Layout(
            legendKinds.Contains(LegendKind.DesiredSeries), legendKinds.Contains(LegendKind.HandoverNotRecorded), 0, width);

        var area = new Box(
            format.Margin,
            format.Margin + (HeaderHeight * k),
            format.InnerWidth,
            format.InnerHeight - ((HeaderHeight + LegendGap + legendHeight + FooterHeight) * k));
        var plan = MapPagePlanner.Plan(layout, area);
        var dx = left - LayoutMetrics.Margin;
        var dy = top - LayoutMetrics.Margin;

        var pages = new List<PageContent>();
        foreach (var (tile, index) in plan.Tiles.Select((t, i) => (t, i)))
        {
            var texts = new List<TextLine>();
            var part = plan.Tiles.Count > 1 ? PartLabel(layout, plan, tile, index) : null;
            var partWidth = part is null ? 0 : TextMeasurer.Width(part, MapTheme.Subtitle.FontSize) + 24;
            for (var i = 0; i < layout.Header.Count; i++)
            {
                var line = PageChrome.Moved(layout.Header[i], dx, dy);
                texts.Add(PageChrome.Fitted(line, i == 0 ? width - partWidth : width));
            }

            if (part is not null)
            {
                texts.Add(new TextLine(part, left + width, texts[0].Y, MapTheme.Subtitle, TextAlign.Right));
            }

            var legendTop = (tile.Bottom / k) + LegendGap;
            texts.AddRange(layout.Footer.Select(f => new TextLine(f.Text, left, PageChrome.Bottom(format) - 2, f.Style, TextAlign.Left)));
            pages.Add(new PageContent
            {
                Tile = tile,
                Texts = texts,
                Legend = legend.Select(l => PageChrome.Moved(l, dx, legendTop)).ToList(),
            });
        }

        return (plan, pages);
    }

    /// <summary>"Deel 2 van 4 · stappen 7–12", and the lanes when the lanes are split too.</summary>
    private static string PartLabel(JourneyMapLayout layout, MapPagePlan plan, MapTile tile, int index)
    {
        var gridLeft = layout.LabelColumn.Right;
        var steps = layout.Lanes
            .SelectMany(l => l.Cards)
            .Where(c => (int)Math.Floor((c.Bounds.X - gridLeft) / LayoutMetrics.SlotWidth) is var slot && slot >= tile.SlotFrom && slot < tile.SlotTo)
            .Select(c => c.StepNumber)
            .Order()
            .ToList();
        var parts = new List<string> { MapText.Get("Map_Part", index + 1, plan.Tiles.Count) };
        if (steps.Count > 0)
        {
            parts.Add(MapText.Get(steps.Count == 1 ? "Map_PartStep" : "Map_PartSteps", Ranges(steps)));
        }

        var lanesSplit = plan.Tiles.Any(t => t.LaneFrom > 0);
        if (lanesSplit)
        {
            parts.Add(MapText.Get("Map_PartLanes", TextCleaner.Clean(layout.Lanes[tile.LaneFrom].Name), TextCleaner.Clean(layout.Lanes[tile.LaneTo - 1].Name)));
        }

        return string.Join(" \u00B7 ", parts);
    }

    /// <summary>1, 2, 3, 5, 7, 8 → "1–3, 5, 7–8".</summary>
    internal static string Ranges(IReadOnlyList<int> sorted)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i < sorted.Count && sorted[i] == sorted[i - 1] + 1)
            {
                continue;
            }

            var from = sorted[start].ToString(CultureInfo.InvariantCulture);
            var to = sorted[i - 1].ToString(CultureInfo.InvariantCulture);
            pieces.Add(start == i - 1 ? from : $"{from}\u2013{to}");
            start = i;
        }

        return string.Join(", ", pieces);
    }
}
