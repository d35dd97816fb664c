using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Pdf;

/// <summary>
/// Draws the part of a map's grid (phase row, hartslag band, lanes with cards, handovers) that
/// falls in a window of map units. The caller has clipped the page to the window and set the
/// transform; elements wholly outside it are skipped so a map split over many pages does not
/// repeat all of its content on every page.
/// </summary>
internal sealed class PdfGridPainter(PdfCanvas canvas, JourneyMapLayout layout)
{
    /// <summary>The phase header row. A phase that began on an earlier page repeats its name at the window's left edge.</summary>
    public void PhaseRow(Box window)
    {
        var label = layout.LabelColumn;
        canvas.Rect(new Box(label.X, label.Y, label.Width, LayoutMetrics.PhaseHeaderHeight), MapTheme.HeaderFill);
        canvas.Text(layout.PhaseTitle);
        foreach (var column in layout.Columns.Where(c => Touches(c.HeaderBounds, window)))
        {
            canvas.Rect(column.HeaderBounds, MapTheme.HeaderFill);
            canvas.Line(column.Bounds.X, column.HeaderBounds.Y, column.Bounds.X, column.HeaderBounds.Bottom, MapTheme.Rule);
            canvas.Texts(column.HeaderBounds.X + 12 < window.X ? Continued(column, window) : column.Label);
        }
    }

    /// <summary>Band, lanes, cards, column rules and handovers.</summary>
    public void Body(Box window)
    {
        foreach (var (lane, index) in layout.Lanes.Select((l, i) => (l, i)).Where(x => Touches(x.l.Bounds, window)))
        {
            var fill = lane.IsClient ? MapTheme.ClientLaneFill : index % 2 == 1 ? MapTheme.LaneFill : MapTheme.LaneFillAlternate;
            canvas.Rect(lane.Bounds, fill);
            canvas.Line(lane.Bounds.X, lane.Bounds.Bottom, lane.Bounds.Right, lane.Bounds.Bottom, MapTheme.Rule);
            canvas.Line(layout.LabelColumn.Right, lane.Bounds.Y, layout.LabelColumn.Right, lane.Bounds.Bottom, MapTheme.Rule);
            canvas.Texts(lane.Label);
            foreach (var card in lane.Cards.Where(c => Touches(c.Bounds, window)))
            {
                Card(card);
            }
        }

        foreach (var column in layout.Columns.Where(c => Touches(c.Bounds, window)))
        {
            canvas.Line(column.Bounds.X, column.HeaderBounds.Bottom, column.Bounds.X, column.Bounds.Bottom, MapTheme.Rule);
        }

        if (Touches(layout.Hartslag.Bounds, window))
        {
            PdfHartslagPainter.Paint(canvas, layout.Hartslag, layout.LabelColumn.Right, window);
        }

        foreach (var handover in layout.Handovers.Where(h => Touches(Bounds(h), window)))
        {
            var stroke = StrokeStyle.For(handover.Kind);
            canvas.Polyline(handover.Path, stroke.Color, stroke.Width, stroke.Dash, roundCaps: true);
            canvas.Polygon(handover.Arrowhead, stroke.Color);
            canvas.Rect(handover.LabelBounds, MapTheme.Background, stroke.Color, 1, 3);
            canvas.Texts(handover.Label);
        }

        if (layout.EmptyMessage is { } empty)
        {
            canvas.Text(empty);
        }
    }

    private void Card(CardBox card)
    {
        canvas.Rect(card.Bounds, MapTheme.CardFill, MapTheme.CardStroke, 1, 6);
        if (card.QuoteRuleY is { } rule)
        {
            canvas.Line(card.Bounds.X + LayoutMetrics.CardPadding, rule, card.Bounds.Right - LayoutMetrics.CardPadding, rule, MapTheme.Rule);
        }

        foreach (var marker in card.Markers)
        {
            PdfHartslagPainter.Marker(canvas, marker);
        }

        canvas.Texts(card.Lines);
    }

    private static List<TextLine> Continued(ColumnBox column, Box window)
    {
        var style = column.IsWithoutPhase ? MapTheme.PhaseNameMissing : MapTheme.PhaseName;
        var visible = Math.Min(column.HeaderBounds.Right, window.Right) - window.X;
        var lines = TextWrapper.Wrap(column.Name, visible - 24, style.FontSize, 2, style.Bold);
        var first = column.HeaderBounds.Y + (lines.Count > 1 ? 20 : 29);
        return lines.Select((t, n) => new TextLine(t, window.X + 12, first + (n * 17), style, TextAlign.Left, ScriptDirection.IsRightToLeft(t))).ToList();
    }

    private static Box Bounds(HandoverConnector handover)
    {
        var points = handover.Path.Concat(handover.Arrowhead).ToList();
        var left = Math.Min(points.Min(p => p.X), handover.LabelBounds.X);
        var top = Math.Min(points.Min(p => p.Y), handover.LabelBounds.Y);
        var right = Math.Max(points.Max(p => p.X), handover.LabelBounds.Right);
        var bottom = Math.Max(points.Max(p => p.Y), handover.LabelBounds.Bottom);
        return new Box(left, top, right - left, bottom - top);
    }

    /// <summary>Overlap or touch: a rule on the window's edge still belongs to it.</summary>
    private static bool Touches(Box box, Box window) =>
        box.X <= window.Right && window.X <= box.Right && box.Y <= window.Bottom && window.Y <= box.Bottom;
}
