using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf.Paging;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Pdf.Booklet;

/// <summary>
/// The frame of the booklet's text pages: the map's title as a running head, the section name
/// ("Stappen", "Citaten") and the room left for content. Sizes are page units (0.75 pt).
/// </summary>
internal static class BookletPages
{
    public static readonly TextStyle RunningHead = MapTheme.Subtitle;
    public static readonly TextStyle SectionTitle = new(18, true, false, MapTheme.Heading);

    public const double ContentOffset = 58;
    public const double FooterRoom = 26;

    public static List<TextLine> Head(JourneyMapLayout layout, PageFormat format, string section)
    {
        var left = PageChrome.Left(format);
        var top = PageChrome.Top(format);
        var width = PageChrome.Width(format);
        return
        [
            PageChrome.Fitted(new TextLine(TextCleaner.Clean(layout.Title), left, top + 12, RunningHead, TextAlign.Left), width),
            new TextLine(section, left, top + 40, SectionTitle, TextAlign.Left),
        ];
    }

    public static double ContentTop(PageFormat format) => PageChrome.Top(format) + ContentOffset;

    public static double ContentBottom(PageFormat format) => PageChrome.Bottom(format) - FooterRoom;

    /// <summary>Wrapped lines of one block, each placed left or (right-to-left text) right in [left, left + width].</summary>
    public static List<TextLine> Lines(string text, TextStyle style, double left, double width, double top, int maxLines)
    {
        var rtl = ScriptDirection.IsRightToLeft(TextCleaner.Clean(text));
        return TextWrapper.Wrap(text, width, style.FontSize, maxLines, style.Bold)
            .Select((t, n) => rtl
                ? new TextLine(t, left + width, top + style.FontSize + (n * style.LineHeight), style, TextAlign.Right, true)
                : new TextLine(t, left, top + style.FontSize + (n * style.LineHeight), style, TextAlign.Left))
            .ToList();
    }
}
