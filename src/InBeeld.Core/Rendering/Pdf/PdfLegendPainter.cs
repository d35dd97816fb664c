using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Pdf;

/// <summary>Draws legend entries, each sample drawn like the thing it explains (as <c>Svg/SvgLegendWriter</c>).</summary>
internal static class PdfLegendPainter
{
    public static void Paint(PdfCanvas canvas, IEnumerable<LegendItem> items)
    {
        foreach (var item in items)
        {
            var s = item.Sample;
            var midY = s.Y + (s.Height / 2);
            switch (item.Kind)
            {
                case LegendKind.CurrentSeries or LegendKind.DesiredSeries:
                    var kind = item.Kind == LegendKind.CurrentSeries ? SeriesKind.Current : SeriesKind.Desired;
                    var stroke = StrokeStyle.For(kind);
                    canvas.Line(s.X, midY, s.Right, midY, stroke.Color, stroke.Width, stroke.Dash);
                    PdfHartslagPainter.Point(canvas, kind, new MapPoint(s.CenterX, midY), stroke);
                    break;
                case LegendKind.PainPoint or LegendKind.BrightSpot:
                    var marker = item.Kind == LegendKind.PainPoint ? MarkerKind.PainPoint : MarkerKind.BrightSpot;
                    PdfHartslagPainter.Marker(canvas, new Marker(marker, new MapPoint(s.CenterX, midY), LayoutMetrics.MarkerSize, 0));
                    break;
                default:
                    var handover = StrokeStyle.For(item.Kind switch
                    {
                        LegendKind.HandoverWarm => HandoverKind.Warm,
                        LegendKind.HandoverCold => HandoverKind.Cold,
                        LegendKind.HandoverNone => HandoverKind.None,
                        _ => HandoverKind.NotRecorded,
                    });
                    canvas.Line(s.X, midY, s.Right, midY, handover.Color, handover.Width, handover.Dash, roundCaps: true);
                    break;
            }

            canvas.Text(item.Label);
        }
    }
}
