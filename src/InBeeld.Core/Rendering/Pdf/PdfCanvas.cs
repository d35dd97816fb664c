using System.Globalization;
using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf.Fonts;
using PdfSharp.Drawing;

namespace InBeeld.Core.Rendering.Pdf;

/// <summary>
/// Drawing primitives in map units on one PDF page, mirroring <c>Svg/SvgElements</c>: the same
/// colours (#rrggbb), line widths and dash arrays as the SVG, and text lines placed by their
/// anchor with widths measured in the embedded fonts. Callers set the page transform, so one
/// map unit may be any size on paper.
/// </summary>
internal sealed class PdfCanvas(XGraphics graphics, NotoFonts fonts)
{
    private readonly Dictionary<string, XSolidBrush> _brushes = new(StringComparer.Ordinal);
    private readonly Dictionary<(PdfFace, double), XFont> _fonts = [];

    public XGraphics Graphics => graphics;

    public void Rect(Box box, string? fill, string? stroke = null, double strokeWidth = 1, double radius = 0)
    {
        if (fill is null && stroke is null)
        {
            return;
        }

        var pen = stroke is null ? null : new XPen(Color(stroke), strokeWidth);
        var brush = fill is null ? null : Brush(fill);
        if (radius > 0)
        {
            graphics.DrawRoundedRectangle(pen, brush, box.X, box.Y, box.Width, box.Height, radius * 2, radius * 2);
        }
        else
        {
            graphics.DrawRectangle(pen, brush, box.X, box.Y, box.Width, box.Height);
        }
    }

    /// <param name="roundCaps">As the SVG's stroke-linecap="round": handovers use it, so "geen" (0.5 5) prints as dots.</param>
    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null, bool roundCaps = false) =>
        graphics.DrawLine(Pen(stroke, width, dash, roundCaps), x1, y1, x2, y2);

    public void Polyline(IEnumerable<MapPoint> points, string stroke, double width, string? dash = null, bool roundCaps = false)
    {
        var array = Points(points);
        if (array.Length >= 2)
        {
            graphics.DrawLines(Pen(stroke, width, dash, roundCaps), array);
        }
    }

    public void Polygon(IEnumerable<MapPoint> points, string fill, string? stroke = null, double strokeWidth = 1) =>
        graphics.DrawPolygon(stroke is null ? null : Pen(stroke, strokeWidth, null, false), Brush(fill), Points(points), XFillMode.Winding);

    public void Circle(MapPoint center, double radius, string fill, string? stroke, double strokeWidth) =>
        graphics.DrawEllipse(stroke is null ? null : new XPen(Color(stroke), strokeWidth), Brush(fill),
            center.X - radius, center.Y - radius, 2 * radius, 2 * radius);

    /// <summary>Draws a line at its anchor: X is the left end, the right end or the centre, as in the SVG.</summary>
    public void Text(TextLine line)
    {
        if (line.Text.Length == 0)
        {
            return;
        }

        var runs = PdfTextRuns.Split(line.Text, line.RightToLeft, line.Style.Bold, line.Style.Italic, fonts);
        var widths = runs.Select(r => graphics.MeasureString(r.Text, Font(r.Face, line.Style.FontSize)).Width).ToList();
        var total = widths.Sum();
        var x = line.Align switch
        {
            TextAlign.Center => line.X - (total / 2),
            TextAlign.Right => line.X - total,
            _ => line.X,
        };
        var brush = Brush(line.Style.Color);
        for (var i = 0; i < runs.Count; i++)
        {
            graphics.DrawString(runs[i].Text, Font(runs[i].Face, line.Style.FontSize), brush, x, line.Y, XStringFormats.BaseLineLeft);
            x += widths[i];
        }
    }

    public void Texts(IEnumerable<TextLine> lines)
    {
        foreach (var line in lines)
        {
            Text(line);
        }
    }

    /// <summary>The width the line takes when drawn, in map units: for tests that compare it with the layout's estimate.</summary>
    public double MeasuredWidth(TextLine line) =>
        PdfTextRuns.Split(line.Text, line.RightToLeft, line.Style.Bold, line.Style.Italic, fonts)
            .Sum(r => graphics.MeasureString(r.Text, Font(r.Face, line.Style.FontSize)).Width);

    private XFont Font(PdfFace face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
        {
            font = fonts.Create(face, size);
            _fonts[(face, size)] = font;
        }

        return font;
    }

    private XPen Pen(string color, double width, string? dash, bool roundCaps)
    {
        var pen = new XPen(Color(color), width) { LineCap = roundCaps ? XLineCap.Round : XLineCap.Flat, LineJoin = XLineJoin.Round };
        if (dash is not null)
        {
            // SVG dash lengths are absolute; PDFsharp multiplies its pattern by the pen width.
            pen.DashStyle = XDashStyle.Custom;
            pen.DashPattern = dash.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(d => double.Parse(d, CultureInfo.InvariantCulture) / width)
                .ToArray();
        }

        return pen;
    }

    private XSolidBrush Brush(string color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(Color(color));
            _brushes[color] = brush;
        }

        return brush;
    }

    private static XColor Color(string hex) =>
        XColor.FromArgb(
            int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static XPoint[] Points(IEnumerable<MapPoint> points) => points.Select(p => new XPoint(p.X, p.Y)).ToArray();
}
