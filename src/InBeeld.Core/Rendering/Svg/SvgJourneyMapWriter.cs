using System.Globalization;
using System.Text;
using System.Xml;
using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Svg;

/// <summary>
/// Writes a <see cref="JourneyMapLayout"/> as a standalone SVG 1.1 document. Text stays text
/// (searchable, selectable, read by screen readers); classes and data attributes name every
/// lane, card, handover and hartslag point so pages can style them and tests can find them.
/// </summary>
public static class SvgJourneyMapWriter
{
    /// <param name="inline">Leaves out the XML declaration, so the result can sit inside an HTML page.</param>
    public static string ToSvg(JourneyMapLayout layout, bool inline = false)
    {
        using var stream = new MemoryStream();
        Write(layout, stream, inline);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(JourneyMapLayout layout, Stream output, bool inline = false)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            OmitXmlDeclaration = inline,
        };
        using var xml = XmlWriter.Create(output, settings);
        var svg = new SvgElements(xml);
        var width = SvgElements.Number(layout.Width);
        var height = SvgElements.Number(layout.Height);

        if (!inline)
        {
            xml.WriteStartDocument();
        }

        svg.Start("svg",
            ("version", "1.1"), ("width", width), ("height", height), ("viewBox", $"0 0 {width} {height}"),
            ("role", "img"), ("aria-labelledby", "journey-map-title journey-map-desc"),
            ("class", "journey-map"), ("font-family", MapTheme.FontFamily));
        xml.WriteAttributeString("xml", "lang", null, "nl");
        svg.Start("title", ("id", "journey-map-title"));
        xml.WriteString(layout.Title);
        svg.End();
        svg.Start("desc", ("id", "journey-map-desc"));
        xml.WriteString(layout.Summary);
        svg.End();

        svg.Rect(new Box(0, 0, layout.Width, layout.Height), MapTheme.Background, className: "background");
        svg.Start("g", ("class", "header"));
        svg.Texts(layout.Header);
        svg.End();

        SvgLaneWriter.Write(svg, layout.Lanes, layout.LabelColumn);
        WriteColumns(svg, layout);
        SvgHartslagWriter.Write(svg, layout.Hartslag, layout.LabelColumn.Right);
        WriteHandovers(svg, layout.Handovers);
        if (layout.EmptyMessage is { } empty)
        {
            svg.Text(empty, "empty-message");
        }

        SvgLegendWriter.Write(svg, layout.Legend);
        svg.Start("g", ("class", "footer"));
        svg.Texts(layout.Footer);
        svg.End();
        svg.End();
        if (!inline)
        {
            xml.WriteEndDocument();
        }
    }

    private static void WriteColumns(SvgElements svg, JourneyMapLayout layout)
    {
        svg.Start("g", ("class", "columns"));
        svg.Rect(new Box(layout.LabelColumn.X, layout.LabelColumn.Y, layout.LabelColumn.Width, LayoutMetrics.PhaseHeaderHeight), MapTheme.HeaderFill);
        svg.Text(layout.PhaseTitle, "column-title");
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            var column = layout.Columns[i];
            svg.Start("g",
                ("class", column.IsWithoutPhase ? "column column--without-phase" : "column"),
                ("data-phase", column.Name),
                ("data-column", i.ToString(CultureInfo.InvariantCulture)));
            svg.Rect(column.HeaderBounds, MapTheme.HeaderFill, className: "column-header");
            svg.Line(column.Bounds.X, column.Bounds.Y, column.Bounds.X, column.Bounds.Bottom, MapTheme.Rule, 1, null, "column-rule");
            svg.Texts(column.Label, "column-label");
            svg.End();
        }

        svg.End();
    }

    private static void WriteHandovers(SvgElements svg, IReadOnlyList<HandoverConnector> handovers)
    {
        svg.Start("g", ("class", "handovers"));
        foreach (var handover in handovers)
        {
            var stroke = StrokeStyle.For(handover.Kind);
            svg.Start("g",
                ("class", "handover handover--" + stroke.ClassSuffix),
                ("data-from", handover.FromStep.ToString(CultureInfo.InvariantCulture)),
                ("data-to", handover.ToStep.ToString(CultureInfo.InvariantCulture)));
            svg.Empty("polyline",
                ("class", "handover-line"), ("points", SvgElements.Points(handover.Path)),
                ("fill", "none"), ("stroke", stroke.Color), ("stroke-width", SvgElements.Number(stroke.Width)),
                ("stroke-dasharray", stroke.Dash), ("stroke-linecap", "round"), ("stroke-linejoin", "round"));
            svg.Empty("polygon", ("class", "handover-arrow"), ("points", SvgElements.Points(handover.Arrowhead)), ("fill", stroke.Color));
            svg.Rect(handover.LabelBounds, MapTheme.Background, stroke.Color, "handover-plate", 3);
            svg.Texts(handover.Label, "handover-label");
            svg.End();
        }

        svg.End();
    }
}
