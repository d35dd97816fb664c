using System.Globalization;
using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf.Paging;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Pdf.Booklet;

/// <summary>
/// The booklet's quotes: every quote of every step, in route order, under a heading naming the
/// step, its organisation and phase. The quote printed on the map is marked. Lines flow over
/// pages; a heading is never left alone at the foot of a page.
/// </summary>
internal static class QuoteListComposer
{
    private static readonly TextStyle Heading = new(12, true, false, MapTheme.Heading);
    private static readonly TextStyle QuoteStyle = new(12, false, true, MapTheme.Ink);
    private static readonly TextStyle Note = new(10, false, true, MapTheme.Muted);
    private static readonly TextStyle Intro = MapTheme.Subtitle;
    private const double Indent = 16;

    public static List<PageContent> Compose(JourneyMapModel model, JourneyMapLayout layout, PageFormat format)
    {
        var left = PageChrome.Left(format);
        var width = PageChrome.Width(format);
        var rows = new List<(TextLine Line, double Before, bool KeepWithNext)>();
        void Add(IEnumerable<TextLine> lines, double before, bool keepWithNext = false)
        {
            var first = true;
            foreach (var line in lines)
            {
                rows.Add((line, first ? before : 0, keepWithNext));
                first = false;
            }
        }

        var withQuotes = model.Steps.Select((s, i) => (Step: s, Number: i + 1)).Where(x => x.Step.Quote is not null || x.Step.OtherQuotes.Count > 0).ToList();
        Add(BookletPages.Lines(MapText.Get(withQuotes.Count == 0 ? "Map_Quotes_None" : "Map_Quotes_Intro"), Intro, left, width, 0, 3), 0);
        foreach (var (step, number) in withQuotes)
        {
            Add(BookletPages.Lines(HeadingText(model, step, number), Heading, left, width, 0, 2), 14, keepWithNext: true);
            var quotes = (step.Quote is null ? [] : new[] { step.Quote }).Concat(step.OtherQuotes).ToList();
            for (var q = 0; q < quotes.Count; q++)
            {
                // A quote longer than a page is possible (4,000 characters); it simply flows on.
                Add(BookletPages.Lines("\u201C" + quotes[q] + "\u201D", QuoteStyle, left + Indent, width - Indent, 0, int.MaxValue), 6);
                if (q == 0 && step.Quote is not null)
                {
                    Add(BookletPages.Lines("\u2014 " + MapText.Get("Map_Quote_OnMap"), Note, left + Indent, width - Indent, 0, 1), 1);
                }
            }
        }

        return Flow(rows, layout, format);
    }

    private static string HeadingText(JourneyMapModel model, JourneyMapStep step, int number)
    {
        var parts = new List<string> { MapText.Get("Map_StepHeading", number.ToString(CultureInfo.InvariantCulture)) };
        parts.Add(MapLabels.Organization(model, step) ?? MapLabels.ClientLane);
        if (MapLabels.Phase(model, step) is { } phase)
        {
            parts.Add(phase);
        }

        return string.Join(" \u00B7 ", parts.Select(TextCleaner.Clean));
    }

    /// <summary>Places rows top-down; each row's line was laid out at y = 0 and moves to its place.</summary>
    private static List<PageContent> Flow(List<(TextLine Line, double Before, bool KeepWithNext)> rows, JourneyMapLayout layout, PageFormat format)
    {
        var top = BookletPages.ContentTop(format);
        var bottom = BookletPages.ContentBottom(format);
        var pages = new List<PageContent>();
        var texts = BookletPages.Head(layout, format, MapText.Get("Map_Section_Quotes"));
        var y = top;
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, before, keep) = rows[i];
            var height = line.Style.LineHeight;
            var needed = before + height + (keep && i + 1 < rows.Count ? rows[i + 1].Line.Style.LineHeight + rows[i + 1].Before : 0);
            if (y > top && y + needed > bottom)
            {
                pages.Add(new PageContent { Texts = texts });
                texts = BookletPages.Head(layout, format, MapText.Get("Map_Section_Quotes"));
                y = top;
                before = 0;
            }

            y += before;
            texts.Add(line with { Y = y + line.Style.FontSize });
            y += height;
        }

        pages.Add(new PageContent { Texts = texts });
        return pages;
    }
}
