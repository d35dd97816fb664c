using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// The legend under the map, flowing left to right and wrapping within the map width. It always
/// explains the three handover kinds, so maps of one study read alike; "onbekend" and the
/// desired series appear only when the map uses them.
/// </summary>
internal static class LegendLayouter
{
    private const double SampleWidth = 28;
    private const double SampleHeight = 12;
    private const double RowHeight = 24;
    private const double ItemGap = 24;

    public static (List<LegendItem> Items, double Bottom) Layout(bool desired, bool notRecorded, double top, double width)
    {
        var entries = new List<(LegendKind, string)>();
        if (desired)
        {
            entries.Add((LegendKind.CurrentSeries, MapText.Get("Map_Legend_Current")));
            entries.Add((LegendKind.DesiredSeries, MapText.Get("Map_Legend_Desired")));
        }
        else
        {
            entries.Add((LegendKind.CurrentSeries, MapText.Get("Map_Legend_Hartslag")));
        }

        entries.Add((LegendKind.PainPoint, MapText.Get("Map_PainPoint")));
        entries.Add((LegendKind.BrightSpot, MapText.Get("Map_BrightSpot")));
        entries.Add((LegendKind.HandoverWarm, MapText.Get("Map_Legend_Warm")));
        entries.Add((LegendKind.HandoverCold, MapText.Get("Map_Legend_Cold")));
        entries.Add((LegendKind.HandoverNone, MapText.Get("Map_Legend_None")));
        if (notRecorded)
        {
            entries.Add((LegendKind.HandoverNotRecorded, MapText.Get("Map_Legend_NotRecorded")));
        }

        var items = new List<LegendItem>();
        var left = LayoutMetrics.Margin;
        var right = LayoutMetrics.Margin + width;
        var x = left;
        var y = top;
        foreach (var (kind, text) in entries)
        {
            var itemWidth = SampleWidth + 6 + TextMeasurer.Width(text, MapTheme.Legend.FontSize);
            if (x > left && x + itemWidth > right)
            {
                x = left;
                y += RowHeight;
            }

            var sample = new Box(x, y + 2, SampleWidth, SampleHeight);
            items.Add(new LegendItem(kind, sample, new TextLine(text, x + SampleWidth + 6, y + 12, MapTheme.Legend, TextAlign.Left)));
            x += itemWidth + ItemGap;
        }

        return (items, y + RowHeight);
    }
}
