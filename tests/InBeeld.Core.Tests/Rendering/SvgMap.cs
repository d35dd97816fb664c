using System.Globalization;
using System.Xml.Linq;
using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Tests.Rendering;

/// <summary>A rendered map parsed back with System.Xml.Linq, with queries by the writer's classes.</summary>
internal sealed class SvgMap
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private SvgMap(string text, XDocument document)
    {
        Text = text;
        Document = document;
    }

    public string Text { get; }
    public XDocument Document { get; }
    public XElement Root => Document.Root!;

    public static SvgMap Render(JourneyMapModel model, string previewName)
    {
        var text = JourneyMapPreview.Render(model, previewName);
        return new SvgMap(text, XDocument.Parse(text));
    }

    public IEnumerable<XElement> WithClass(string className) =>
        Root.Descendants().Where(e => HasClass(e, className));

    public List<XElement> Lanes => WithClass("lane").ToList();
    public List<XElement> Cards => WithClass("card").OrderBy(c => Int(c, "data-step")).ToList();
    public List<XElement> Handovers => WithClass("handover").ToList();

    public List<XElement> Points(string series) =>
        WithClass("hartslag-point").Where(p => (string?)p.Attribute("data-series") == series).ToList();

    public static bool HasClass(XElement element, string className) =>
        ((string?)element.Attribute("class"))?.Split(' ').Contains(className) == true;

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static int Int(XElement element, string attribute) =>
        int.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The first rect child with the given class, as a box.</summary>
    public static Box RectOf(XElement group, string className)
    {
        var rect = group.Elements(Svg + "rect").First(r => HasClass(r, className));
        return new Box(Number(rect, "x"), Number(rect, "y"), Number(rect, "width"), Number(rect, "height"));
    }

    public static List<XElement> Texts(XElement group) => group.Descendants(Svg + "text").ToList();

    /// <summary>The horizontal extent a text element covers, from its anchor, direction and the width table.</summary>
    public static (double Left, double Right) Extent(XElement text)
    {
        var width = TextMeasurer(text);
        var x = Number(text, "x");
        var rtl = (string?)text.Attribute("direction") == "rtl";
        var anchor = (string?)text.Attribute("text-anchor") ?? "start";
        var startIsRight = rtl;
        return anchor switch
        {
            "middle" => (x - (width / 2), x + (width / 2)),
            "end" => startIsRight ? (x, x + width) : (x - width, x),
            _ => startIsRight ? (x - width, x) : (x, x + width),
        };
    }

    private static double TextMeasurer(XElement text) =>
        Core.Rendering.Text.TextMeasurer.Width(
            text.Value,
            Number(text, "font-size"),
            (string?)text.Attribute("font-weight") == "bold");
}
