using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Svg;

/// <summary>Writes the legend: each entry's sample drawn exactly like the thing it explains.</summary>
internal static class SvgLegendWriter
{
    public static void Write(SvgElements svg, IReadOnlyList<LegendItem> items)
    {
        svg.Start("g", ("class", "legend"));
        foreach (var item in items)
        {
            svg.Start("g", ("class", "legend-item"), ("data-kind", item.Kind.ToString()));
            var s = item.Sample;
            var midY = s.Y + (s.Height / 2);
            switch (item.Kind)
            {
                case LegendKind.CurrentSeries or LegendKind.DesiredSeries:
                    var kind = item.Kind == LegendKind.CurrentSeries ? SeriesKind.Current : SeriesKind.Desired;
                    var stroke = StrokeStyle.For(kind);
                    svg.Line(s.X, midY, s.Right, midY, stroke.Color, stroke.Width, stroke.Dash);
                    SvgHartslagWriter.WritePoint(svg, kind, new HartslagPoint(0, 0, new MapPoint(s.CenterX, midY)), stroke, sample: true);
                    break;
                case LegendKind.PainPoint or LegendKind.BrightSpot:
                    var marker = item.Kind == LegendKind.PainPoint ? MarkerKind.PainPoint : MarkerKind.BrightSpot;
                    SvgHartslagWriter.WriteMarker(svg, new Marker(marker, new MapPoint(s.CenterX, midY), LayoutMetrics.MarkerSize, 0), sample: true);
                    break;
                default:
                    var handover = StrokeStyle.For(HandoverOf(item.Kind));
                    svg.Empty("line",
                        ("x1", SvgElements.Number(s.X)), ("y1", SvgElements.Number(midY)),
                        ("x2", SvgElements.Number(s.Right)), ("y2", SvgElements.Number(midY)),
                        ("stroke", handover.Color), ("stroke-width", SvgElements.Number(handover.Width)),
                        ("stroke-dasharray", handover.Dash), ("stroke-linecap", "round"));
                    break;
            }

            svg.Text(item.Label, "legend-label");
            svg.End();
        }

        svg.End();
    }

    private static HandoverKind HandoverOf(LegendKind kind) => kind switch
    {
        LegendKind.HandoverWarm => HandoverKind.Warm,
        LegendKind.HandoverCold => HandoverKind.Cold,
        LegendKind.HandoverNone => HandoverKind.None,
        _ => HandoverKind.NotRecorded,
    };
}
