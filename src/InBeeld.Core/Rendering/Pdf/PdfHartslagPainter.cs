using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Pdf;

/// <summary>Draws the hartslag band and the shared symbols exactly as <c>Svg/SvgHartslagWriter</c> does.</summary>
internal static class PdfHartslagPainter
{
    public static void Paint(PdfCanvas canvas, HartslagBand band, double plotLeft, Box window)
    {
        canvas.Line(band.Bounds.X, band.Bounds.Bottom, band.Bounds.Right, band.Bounds.Bottom, MapTheme.Rule);
        canvas.Text(band.Title);
        foreach (var tick in band.Ticks)
        {
            canvas.Line(plotLeft, tick.Y, band.Bounds.Right, tick.Y, tick.Value == 0 ? MapTheme.ZeroLine : MapTheme.GridLine, 1, tick.Value == 0 ? null : "2 3");
            canvas.Text(tick.Label);
        }

        foreach (var series in band.Series)
        {
            var stroke = StrokeStyle.For(series.Kind);
            foreach (var run in series.Runs.Where(r => r.Count > 1))
            {
                canvas.Polyline(run.Select(p => p.Center), stroke.Color, stroke.Width, stroke.Dash);
            }

            foreach (var point in series.Points.Where(p => Near(window, p.Center, 12)))
            {
                Point(canvas, series.Kind, point.Center, stroke);
            }
        }

        foreach (var marker in band.Markers.Where(m => Near(window, m.Center, m.Size)))
        {
            Marker(canvas, marker);
        }

        canvas.Texts(band.StepNumbers.Where(t => Near(window, new MapPoint(t.X, t.Y), 24)));
    }

    public static void Point(PdfCanvas canvas, SeriesKind kind, MapPoint center, StrokeStyle stroke)
    {
        if (kind == SeriesKind.Current)
        {
            canvas.Circle(center, 5, stroke.Color, MapTheme.Background, 1.5);
        }
        else
        {
            canvas.Rect(new Box(center.X - 4.5, center.Y - 4.5, 9, 9), MapTheme.Background, stroke.Color, 2);
        }
    }

    public static void Marker(PdfCanvas canvas, Marker marker)
    {
        var pain = marker.Kind == MarkerKind.PainPoint;
        canvas.Polygon(marker.Outline(), pain ? MapTheme.PainPoint : MapTheme.BrightSpot, pain ? MapTheme.PainPoint : MapTheme.BrightSpotStroke);
    }

    private static bool Near(Box window, MapPoint point, double margin) =>
        point.X >= window.X - margin && point.X <= window.Right + margin && point.Y >= window.Y - margin && point.Y <= window.Bottom + margin;
}
