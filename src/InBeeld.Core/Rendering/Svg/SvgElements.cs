using System.Globalization;
using System.Xml;
using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Svg;

/// <summary>
/// Small helpers that write SVG elements through an <see cref="XmlWriter"/>, which does all
/// escaping. Numbers are written with one decimal in the invariant culture so the output is
/// byte-for-byte the same everywhere.
/// </summary>
internal sealed class SvgElements(XmlWriter xml)
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    public XmlWriter Xml => xml;

    public static string Number(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public static string Points(IEnumerable<MapPoint> points) =>
        string.Join(" ", points.Select(p => Number(p.X) + "," + Number(p.Y)));

    public void Start(string name, params (string Name, string? Value)[] attributes)
    {
        xml.WriteStartElement(name, Namespace);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null)
            {
                xml.WriteAttributeString(attribute, value);
            }
        }
    }

    public void End() => xml.WriteEndElement();

    public void Empty(string name, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        End();
    }

    public void Rect(Box box, string fill, string? stroke = null, string? className = null, double radius = 0) =>
        Empty("rect",
            ("class", className),
            ("x", Number(box.X)), ("y", Number(box.Y)), ("width", Number(box.Width)), ("height", Number(box.Height)),
            ("rx", radius > 0 ? Number(radius) : null),
            ("fill", fill), ("stroke", stroke), ("stroke-width", stroke is null ? null : "1.0"));

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null, string? className = null) =>
        Empty("line",
            ("class", className),
            ("x1", Number(x1)), ("y1", Number(y1)), ("x2", Number(x2)), ("y2", Number(y2)),
            ("stroke", stroke), ("stroke-width", Number(width)), ("stroke-dasharray", dash));

    public void Text(TextLine line, string? className = null)
    {
        var anchor = (line.Align, line.RightToLeft) switch
        {
            (TextAlign.Center, _) => "middle",
            // With direction="rtl", "start" is the right end of the line.
            (TextAlign.Left, false) or (TextAlign.Right, true) => null,
            _ => "end",
        };
        Start("text",
            ("class", className),
            ("x", Number(line.X)), ("y", Number(line.Y)),
            ("font-size", Number(line.Style.FontSize)),
            ("font-weight", line.Style.Bold ? "bold" : null),
            ("font-style", line.Style.Italic ? "italic" : null),
            ("fill", line.Style.Color),
            ("text-anchor", anchor),
            ("direction", line.RightToLeft ? "rtl" : null),
            ("unicode-bidi", line.RightToLeft ? "embed" : null));
        xml.WriteString(line.Text);
        End();
    }

    public void Texts(IEnumerable<TextLine> lines, string? className = null)
    {
        foreach (var line in lines)
        {
            Text(line, className);
        }
    }
}
