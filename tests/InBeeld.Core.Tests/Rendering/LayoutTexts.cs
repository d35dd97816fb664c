using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Tests.Rendering;

/// <summary>Every text line of a layout, and the box it covers on the page.</summary>
internal static class LayoutTexts
{
    public static IEnumerable<TextLine> All(JourneyMapLayout layout) =>
        layout.Header
            .Concat(layout.Columns.SelectMany(c => c.Label))
            .Append(layout.PhaseTitle)
            .Append(layout.Hartslag.Title)
            .Concat(layout.Hartslag.Ticks.Select(t => t.Label))
            .Concat(layout.Hartslag.StepNumbers)
            .Concat(layout.Lanes.SelectMany(l => l.Label))
            .Concat(layout.Lanes.SelectMany(l => l.Cards).SelectMany(c => c.Lines))
            .Concat(layout.Handovers.SelectMany(h => h.Label))
            .Concat(layout.Legend.Select(l => l.Label))
            .Concat(layout.Footer)
            .Concat(layout.EmptyMessage is { } empty ? [empty] : []);

    /// <summary>
    /// The ink box of a line: its estimated width placed by its anchor, from 0.8 em above the
    /// baseline (Noto Sans capitals and accents reach about 0.75 em) to 0.25 em below it
    /// (descenders reach 0.24 em).
    /// </summary>
    public static Box Bounds(TextLine line)
    {
        var width = TextMeasurer.Width(line.Text, line.Style.FontSize, line.Style.Bold);
        var left = line.Align switch
        {
            TextAlign.Center => line.X - (width / 2),
            TextAlign.Right => line.X - width,
            _ => line.X,
        };
        return new Box(left, line.Y - (0.8 * line.Style.FontSize), width, 1.05 * line.Style.FontSize);
    }
}
