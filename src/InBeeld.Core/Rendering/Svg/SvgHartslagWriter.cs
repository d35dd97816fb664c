using System.Globalization;
using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Svg;

/// <summary>Writes the hartslag band: axis, lines, points (round = current, square = desired) and symbols.</summary>
internal static class SvgHartslagWriter
{
    public static void Write(SvgElements svg, HartslagBand band, double plotLeft)
    {
        svg.Start("g", ("class", "hartslag"));
        svg.Line(band.Bounds.X, band.Bounds.Bottom, band.Bounds.Right, band.Bounds.Bottom, MapTheme.Rule);
        svg.Text(band.Title, "hartslag-title");
        foreach (var tick in band.Ticks)
        {
            svg.Line(plotLeft, tick.Y, band.Bounds.Right, tick.Y, tick.Value == 0 ? MapTheme.ZeroLine : MapTheme.GridLine, 1, tick.Value == 0 ? null : "2 3", "hartslag-level");
            svg.Text(tick.Label, "hartslag-axis");
        }

        foreach (var series in band.Series)
        {
            var stroke = StrokeStyle.For(series.Kind);
            foreach (var run in series.Runs.Where(r => r.Count > 1))
            {
                svg.Empty("polyline",
                    ("class", "hartslag-line hartslag-line--" + stroke.ClassSuffix),
                    ("points", SvgElements.Points(run.Select(p => p.Center))),
                    ("fill", "none"), ("stroke", stroke.Color), ("stroke-width", SvgElements.Number(stroke.Width)),
                    ("stroke-dasharray", stroke.Dash), ("stroke-linejoin", "round"));
            }

            foreach (var point in series.Points)
            {
                WritePoint(svg, series.Kind, point, stroke);
            }
        }

        foreach (var marker in band.Markers)
        {
            WriteMarker(svg, marker);
        }

        svg.Texts(band.StepNumbers, "hartslag-step");
        svg.End();
    }

    /// <summary>Legend samples pass <paramref name="sample"/> so they are drawn alike but not counted as data.</summary>
    public static void WritePoint(SvgElements svg, SeriesKind kind, HartslagPoint point, StrokeStyle stroke, bool sample = false)
    {
        var attributes = new List<(string, string?)>
        {
            ("class", sample ? "legend-sample" : "hartslag-point"),
            ("data-series", sample ? null : stroke.ClassSuffix),
            ("data-step", sample ? null : point.StepNumber.ToString(CultureInfo.InvariantCulture)),
            ("data-experience", sample ? null : point.Experience.ToString(CultureInfo.InvariantCulture)),
        };
        if (kind == SeriesKind.Current)
        {
            attributes.AddRange([("cx", SvgElements.Number(point.Center.X)), ("cy", SvgElements.Number(point.Center.Y)), ("r", "5.0"),
                ("fill", stroke.Color), ("stroke", MapTheme.Background), ("stroke-width", "1.5")]);
            svg.Empty("circle", [.. attributes]);
        }
        else
        {
            attributes.AddRange([("x", SvgElements.Number(point.Center.X - 4.5)), ("y", SvgElements.Number(point.Center.Y - 4.5)),
                ("width", "9.0"), ("height", "9.0"), ("fill", MapTheme.Background), ("stroke", stroke.Color), ("stroke-width", "2.0")]);
            svg.Empty("rect", [.. attributes]);
        }
    }

    public static void WriteMarker(SvgElements svg, Marker marker, bool sample = false)
    {
        var pain = marker.Kind == MarkerKind.PainPoint;
        svg.Empty("polygon",
            ("class", sample ? "legend-sample" : pain ? "marker marker--pain" : "marker marker--bright"),
            ("data-step", sample ? null : marker.StepNumber.ToString(CultureInfo.InvariantCulture)),
            ("points", SvgElements.Points(marker.Outline())),
            ("fill", pain ? MapTheme.PainPoint : MapTheme.BrightSpot),
            ("stroke", pain ? MapTheme.PainPoint : MapTheme.BrightSpotStroke),
            ("stroke-width", "1.0"), ("stroke-linejoin", "round"));
    }
}
