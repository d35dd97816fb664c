using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Pdf.Paging;

/// <summary>Positions in page units and the parts every page shares (page number, moved lines).</summary>
internal static class PageChrome
{
    public static double Left(PageFormat format) => format.Margin / PageFormat.PointsPerUnit;
    public static double Top(PageFormat format) => format.Margin / PageFormat.PointsPerUnit;
    public static double Width(PageFormat format) => format.InnerWidth / PageFormat.PointsPerUnit;
    public static double Bottom(PageFormat format) => (format.Height - format.Margin) / PageFormat.PointsPerUnit;

    /// <summary>Adds "Pagina n van m" at the bottom right of every page.</summary>
    public static List<PageContent> Numbered(List<PageContent> pages, PageFormat format)
    {
        var right = Left(format) + Width(format);
        return pages
            .Select((page, i) => page with
            {
                Texts = [.. page.Texts, new TextLine(MapText.Get("Map_Page", i + 1, pages.Count), right, Bottom(format) - 2, MapTheme.Footer, TextAlign.Right)],
            })
            .ToList();
    }

    public static TextLine Moved(TextLine line, double dx, double dy) => line with { X = line.X + dx, Y = line.Y + dy };

    public static LegendItem Moved(LegendItem item, double dx, double dy) => item with
    {
        Sample = item.Sample with { X = item.Sample.X + dx, Y = item.Sample.Y + dy },
        Label = Moved(item.Label, dx, dy),
    };

    /// <summary>A one-line text shortened with "…" to <paramref name="width"/>.</summary>
    public static TextLine Fitted(TextLine line, double width) =>
        TextMeasurer.Width(line.Text, line.Style.FontSize, line.Style.Bold) <= width
            ? line
            : line with { Text = TextWrapper.WithEllipsis(line.Text, width, line.Style.FontSize, line.Style.Bold) };
}
