using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// Lays out one step card at a given top-left corner: a header ("Stap 3 · Telefoon"), the
/// description, pain point and bright spot each after its symbol, and the quote under a rule.
/// Every block has a line limit and ends in "…" beyond it, so a card's height is bounded.
/// </summary>
internal static class CardLayouter
{
    private const double BlockGap = 4;
    private const double NoteIndent = 16;

    public static CardBox Layout(JourneyMapStep step, int number, int lane, int column, double x, double y)
    {
        var lines = new List<TextLine>();
        var markers = new List<Marker>();
        var left = x + LayoutMetrics.CardPadding;
        var cursor = y + LayoutMetrics.CardPadding;

        var channel = TextCleaner.Clean(step.Channel);
        var header = channel.Length == 0
            ? MapText.Get("Map_StepHeading", number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : MapText.Get("Map_CardHeader", number.ToString(System.Globalization.CultureInfo.InvariantCulture), channel);
        cursor = AddBlock(lines, header, left, LayoutMetrics.CardInnerWidth, cursor, MapTheme.CardHeader, 1);
        cursor += 2;
        cursor = AddBlock(lines, step.Description, left, LayoutMetrics.CardInnerWidth, cursor, MapTheme.CardBody, LayoutMetrics.DescriptionMaxLines);

        foreach (var (kind, text) in new[] { (MarkerKind.PainPoint, step.PainPoint), (MarkerKind.BrightSpot, step.BrightSpot) })
        {
            if (TextCleaner.Clean(text).Length == 0)
            {
                continue;
            }

            cursor += BlockGap;
            markers.Add(new Marker(kind, new MapPoint(left + 5, cursor + 6), 10, number));
            cursor = AddBlock(lines, text, left + NoteIndent, LayoutMetrics.CardInnerWidth - NoteIndent, cursor, MapTheme.CardNote, LayoutMetrics.NoteMaxLines);
        }

        double? rule = null;
        var quote = TextCleaner.Clean(step.Quote);
        if (quote.Length > 0)
        {
            cursor += BlockGap + 2;
            rule = cursor;
            cursor += BlockGap + 2;
            var start = lines.Count;
            cursor = AddBlock(lines, "\u201C" + quote + "\u201D", left, LayoutMetrics.CardInnerWidth, cursor, MapTheme.CardQuote, LayoutMetrics.QuoteMaxLines);
            KeepClosingMark(lines, start);
        }

        var height = cursor + LayoutMetrics.CardPadding - y;
        return new CardBox(number, lane, column, new Box(x, y, LayoutMetrics.CardWidth, height), lines, markers, rule);
    }

    /// <summary>Adds wrapped lines starting at <paramref name="top"/> and returns the y under them.</summary>
    private static double AddBlock(List<TextLine> lines, string? text, double left, double width, double top, TextStyle style, int maxLines)
    {
        var rtl = ScriptDirection.IsRightToLeft(TextCleaner.Clean(text));
        foreach (var line in TextWrapper.Wrap(text, width, style.FontSize, maxLines, style.Bold))
        {
            var baseline = top + style.FontSize;
            lines.Add(rtl
                ? new TextLine(line, left + width, baseline, style, TextAlign.Right, true)
                : new TextLine(line, left, baseline, style, TextAlign.Left));
            top += style.LineHeight;
        }

        return top;
    }

    /// <summary>A cut-off quote still closes: "…" then the closing mark, within the same width.</summary>
    private static void KeepClosingMark(List<TextLine> lines, int start)
    {
        if (lines.Count == start)
        {
            return;
        }

        var last = lines[^1];
        if (!last.Text.EndsWith(TextWrapper.Ellipsis, StringComparison.Ordinal))
        {
            return;
        }

        var style = last.Style;
        var room = LayoutMetrics.CardInnerWidth - TextMeasurer.Width("\u201D", style.FontSize, style.Bold);
        var text = TextWrapper.WithEllipsis(last.Text[..^1], room, style.FontSize, style.Bold) + "\u201D";
        lines[^1] = last with { Text = text };
    }

    public static CardBox MovedDown(CardBox card, double dy) => card with
    {
        Bounds = card.Bounds with { Y = card.Bounds.Y + dy },
        Lines = card.Lines.Select(l => l with { Y = l.Y + dy }).ToList(),
        Markers = card.Markers.Select(m => m with { Center = m.Center with { Y = m.Center.Y + dy } }).ToList(),
        QuoteRuleY = card.QuoteRuleY + dy,
    };
}
