using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// Connectors for handovers. One is drawn from step i to step i+1 when they sit in different
/// lanes and either both are at an organisation (an unrecorded handover there is shown as
/// "onbekend": the gap in the data is itself a finding) or the researcher recorded a kind (e.g.
/// "geen" when the person was left on their own). Paths run only through the gaps between slots
/// and the padding strips of lanes, where no card can be, so they never cross a card.
/// </summary>
internal static class HandoverLayouter
{
    private const double CorridorInset = 8;
    private const double ArrowLength = 8;
    private const double LabelPadding = 4;

    public static List<HandoverConnector> Layout(JourneyMapModel model, GridPlan plan, IReadOnlyList<CardBox> cards, IReadOnlyList<Box> lanes)
    {
        var connectors = new List<HandoverConnector>();
        for (var i = 0; i + 1 < model.Steps.Count; i++)
        {
            var kind = model.Steps[i].Handover;
            var fromLane = plan.StepLane[i];
            var toLane = plan.StepLane[i + 1];
            var bothOrganizations = fromLane > 0 && toLane > 0;
            if (fromLane == toLane || (!bothOrganizations && kind == HandoverKind.NotRecorded))
            {
                continue;
            }

            connectors.Add(Connector(i, model.Steps[i], cards[i], cards[i + 1], lanes[toLane], toLane > fromLane));
        }

        return connectors;
    }

    private static HandoverConnector Connector(int index, JourneyMapStep step, CardBox from, CardBox to, Box targetLane, bool goingDown)
    {
        var startY = from.Bounds.Y + LayoutMetrics.CardAnchorOffset;
        var endY = to.Bounds.Y + LayoutMetrics.CardAnchorOffset;
        var exitX = from.Bounds.Right + (LayoutMetrics.SlotGap / 2);
        var entryX = to.Bounds.X - (LayoutMetrics.SlotGap / 2);
        var corridorY = goingDown ? targetLane.Y + CorridorInset : targetLane.Bottom - CorridorInset;

        var path = Simplify(
        [
            new(from.Bounds.Right, startY),
            new(exitX, startY),
            new(exitX, corridorY),
            new(entryX, corridorY),
            new(entryX, endY),
            new(to.Bounds.X - ArrowLength, endY),
        ]);
        MapPoint[] arrow = [new(to.Bounds.X, endY), new(to.Bounds.X - ArrowLength, endY - 4), new(to.Bounds.X - ArrowLength, endY + 4)];

        var (kindText, kindStyle) = (KindLabel(step.Handover), MapTheme.HandoverKindLabel with { Color = StrokeStyle.For(step.Handover).Color });
        var texts = new List<(string Text, TextStyle Style)> { (kindText, kindStyle) };
        if (step.WaitingDays is { } days and >= 0)
        {
            texts.Add((WaitingText(days), MapTheme.HandoverWaitLabel));
        }

        var inner = LayoutMetrics.HandoverLabelWidth - (2 * LabelPadding);
        var wrapped = texts.Select(t => (Text: TextWrapper.Wrap(t.Text, inner, t.Style.FontSize, 1, t.Style.Bold).FirstOrDefault() ?? string.Empty, t.Style)).ToList();
        var width = wrapped.Max(t => TextMeasurer.Width(t.Text, t.Style.FontSize, t.Style.Bold)) + (2 * LabelPadding);
        var height = (wrapped.Count * 12) + (2 * LabelPadding);
        var centerY = (startY + corridorY) / 2;
        var label = new Box(exitX - (width / 2), centerY - (height / 2), width, height);
        var lines = wrapped
            .Select((t, n) => new TextLine(t.Text, exitX, label.Y + LabelPadding + 9.5 + (n * 12), t.Style, TextAlign.Center))
            .ToList();

        return new HandoverConnector(index + 1, index + 2, step.Handover, path, arrow, label, lines);
    }

    public static string WaitingText(int days) => days switch
    {
        0 => MapText.Get("Map_Wait_SameDay"),
        1 => MapText.Get("Map_Wait_OneDay"),
        _ => MapText.Get("Map_Wait_Days", days.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    public static string KindLabel(HandoverKind kind) => kind switch
    {
        HandoverKind.Warm => MapText.Get("Map_Handover_Warm"),
        HandoverKind.Cold => MapText.Get("Map_Handover_Cold"),
        HandoverKind.None => MapText.Get("Map_Handover_None"),
        _ => MapText.Get("Map_Handover_NotRecorded"),
    };

    /// <summary>Drops repeated points and points in the middle of a straight run.</summary>
    private static List<MapPoint> Simplify(MapPoint[] points)
    {
        var result = new List<MapPoint>();
        foreach (var p in points)
        {
            if (result.Count > 0 && result[^1] == p)
            {
                continue;
            }

            if (result.Count >= 2 && Collinear(result[^2], result[^1], p))
            {
                result[^1] = p;
                continue;
            }

            result.Add(p);
        }

        return result;
    }

    private static bool Collinear(MapPoint a, MapPoint b, MapPoint c) =>
        (a.X == b.X && b.X == c.X) || (a.Y == b.Y && b.Y == c.Y);
}
