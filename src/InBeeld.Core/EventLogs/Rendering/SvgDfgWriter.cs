using System.Globalization;
using System.Text;
using System.Xml;
using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Svg;

namespace InBeeld.Core.EventLogs.Rendering;

/// <summary>
/// Writes a <see cref="DfgLayout"/> as standalone SVG: arrows under the nodes, labels on top with
/// a white halo, and a title per node and arrow (tooltip, and read by screen readers). Numbers
/// have one decimal in the invariant culture, so the same layout gives the same bytes.
/// </summary>
public static class SvgDfgWriter
{
    private const string EdgeColor = "#3b4a5a";
    private const string BackEdgeColor = "#8a4b00";
    private const string LowFill = "#f0f5fb";
    private const string HighFill = "#a9c8e8";

    public static string Write(DfgLayout layout)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  " }))
        {
            Write(layout, xml);
        }

        return text.Append('\n').ToString();
    }

    public static void Write(DfgLayout layout, XmlWriter xml)
    {
        var svg = new SvgElements(xml);
        var width = SvgElements.Number(layout.Width);
        var height = SvgElements.Number(layout.Height);
        svg.Start("svg",
            ("width", width), ("height", height), ("viewBox", $"0 0 {width} {height}"),
            ("role", "img"), ("aria-labelledby", "dfg-title dfg-desc"), ("font-family", "'Noto Sans', sans-serif"));
        svg.Start("title", ("id", "dfg-title"));
        xml.WriteString(layout.Title);
        svg.End();
        svg.Start("desc", ("id", "dfg-desc"));
        xml.WriteString(layout.Description);
        svg.End();
        svg.Start("defs");
        Marker(svg, "dfg-arrow", EdgeColor);
        Marker(svg, "dfg-arrow-back", BackEdgeColor);
        svg.End();
        svg.Rect(new Box(0, 0, layout.Width, layout.Height), "#ffffff");

        svg.Start("g", ("class", "dfg-edges"), ("fill", "none"));
        foreach (var edge in layout.Edges)
        {
            svg.Start("g");
            Title(svg, edge.Title);
            var color = edge.IsBackEdge ? BackEdgeColor : EdgeColor;
            svg.Empty("path",
                ("d", PathData(edge)), ("stroke", color), ("stroke-width", SvgElements.Number(edge.Thickness)),
                ("marker-end", edge.IsBackEdge ? "url(#dfg-arrow-back)" : "url(#dfg-arrow)"));
            svg.End();
        }

        svg.End();

        svg.Start("g", ("class", "dfg-nodes"));
        foreach (var node in layout.Nodes)
        {
            svg.Start("g");
            Title(svg, node.Title);
            if (node.Kind == DfgNodeKind.Activity)
            {
                svg.Rect(node.Box, Blend(node.Intensity), "#4d6a8a", radius: 6);
            }
            else
            {
                svg.Empty("circle",
                    ("cx", SvgElements.Number(node.Box.CenterX)), ("cy", SvgElements.Number(node.Box.Y + (node.Box.Height / 2))),
                    ("r", SvgElements.Number(node.Box.Width / 2)),
                    ("fill", node.Kind == DfgNodeKind.Start ? "#2f6f3e" : "#3b3b3b"));
            }

            svg.Texts(node.Lines);
            svg.End();
        }

        svg.End();

        svg.Start("g", ("class", "dfg-labels"), ("stroke", "#ffffff"), ("stroke-width", "3.0"), ("paint-order", "stroke"), ("stroke-linejoin", "round"));
        foreach (var edge in layout.Edges)
        {
            if (edge.Label is { } label)
            {
                svg.Text(label);
            }
        }

        svg.End();
        svg.End();
    }

    /// <summary>Straight for two points, a loop for a self-loop, else a smooth curve through the points (Catmull–Rom as cubic Béziers).</summary>
    internal static string PathData(DfgEdgePath edge)
    {
        var p = edge.Points;
        var d = new StringBuilder($"M{Point(p[0])}");
        if (edge.IsSelfLoop)
        {
            d.Append($" Q{Point(p[1])} {Point(p[2])}");
        }
        else if (p.Count == 2)
        {
            d.Append($" L{Point(p[1])}");
        }
        else
        {
            for (var i = 0; i + 1 < p.Count; i++)
            {
                var before = p[Math.Max(0, i - 1)];
                var after = p[Math.Min(p.Count - 1, i + 2)];
                var c1 = new MapPoint(p[i].X + ((p[i + 1].X - before.X) / 6), p[i].Y + ((p[i + 1].Y - before.Y) / 6));
                var c2 = new MapPoint(p[i + 1].X - ((after.X - p[i].X) / 6), p[i + 1].Y - ((after.Y - p[i].Y) / 6));
                d.Append($" C{Point(c1)} {Point(c2)} {Point(p[i + 1])}");
            }
        }

        return d.ToString();
    }

    private static string Point(MapPoint point) => SvgElements.Number(point.X) + "," + SvgElements.Number(point.Y);

    private static void Marker(SvgElements svg, string id, string color)
    {
        svg.Start("marker",
            ("id", id), ("viewBox", "0 0 10 10"), ("refX", "9"), ("refY", "5"),
            ("markerUnits", "userSpaceOnUse"), ("markerWidth", "11"), ("markerHeight", "11"), ("orient", "auto"));
        svg.Empty("path", ("d", "M0,0 L10,5 L0,10 z"), ("fill", color));
        svg.End();
    }

    private static void Title(SvgElements svg, string title)
    {
        svg.Start("title");
        svg.Xml.WriteString(title);
        svg.End();
    }

    /// <summary>The node fill between a pale and a deeper blue; dark text keeps enough contrast on both.</summary>
    private static string Blend(double intensity)
    {
        static int Channel(string color, int at) => int.Parse(color.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var t = Math.Clamp(intensity, 0, 1);
        var r = (int)Math.Round(Channel(LowFill, 1) + ((Channel(HighFill, 1) - Channel(LowFill, 1)) * t));
        var g = (int)Math.Round(Channel(LowFill, 3) + ((Channel(HighFill, 3) - Channel(LowFill, 3)) * t));
        var b = (int)Math.Round(Channel(LowFill, 5) + ((Channel(HighFill, 5) - Channel(LowFill, 5)) * t));
        return $"#{r:x2}{g:x2}{b:x2}";
    }
}
