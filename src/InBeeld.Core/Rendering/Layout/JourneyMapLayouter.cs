using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// Computes the complete geometry of a journey map from its model. Pure and deterministic: the
/// same model always gives the same layout, on any machine and culture.
/// </summary>
public static class JourneyMapLayouter
{
    public static string EmptyText => MapText.Get("Map_EmptyMessage");

    public static JourneyMapLayout Layout(JourneyMapModel model)
    {
        var plan = GridPlan.Create(model);
        var contentRight = GridPlan.SlotLeft(plan.SlotCount);
        var width = Math.Max(LayoutMetrics.MinWidth, contentRight + LayoutMetrics.Margin);
        contentRight = Math.Max(contentRight, width - LayoutMetrics.Margin);
        var innerWidth = width - (2 * LayoutMetrics.Margin);

        // Cards first, at y = 0: their heights decide the lane heights.
        var cards = model.Steps
            .Select((s, i) => CardLayouter.Layout(s, i + 1, plan.StepLane[i], plan.StepColumn[i], GridPlan.SlotLeft(plan.StepSlot[i]) + (LayoutMetrics.SlotGap / 2), 0))
            .ToList();

        var lanes = new List<LaneBox>();
        var laneTop = LayoutMetrics.LanesTop;
        for (var lane = 0; lane < plan.LaneNames.Count; lane++)
        {
            var label = LaneLabel(plan.LaneNames[lane], lane == 0, laneTop);
            var cardTop = laneTop + LayoutMetrics.LanePadding;
            var laneCards = cards.Where(c => c.LaneIndex == lane).Select(c => CardLayouter.MovedDown(c, cardTop)).ToList();
            var contentHeight = Math.Max(
                laneCards.Select(c => c.Bounds.Height).DefaultIfEmpty(0).Max(),
                label[^1].Y + 6 - cardTop);
            var height = Math.Max(LayoutMetrics.LaneMinHeight, contentHeight + (2 * LayoutMetrics.LanePadding));
            lanes.Add(new LaneBox(plan.LaneNames[lane], lane == 0, new Box(LayoutMetrics.Margin, laneTop, contentRight - LayoutMetrics.Margin, height), label, laneCards));
            laneTop += height;
        }

        var placed = lanes.SelectMany(l => l.Cards).OrderBy(c => c.StepNumber).ToList();
        var handovers = HandoverLayouter.Layout(model, plan, placed, lanes.Select(l => l.Bounds).ToList());
        var columns = Columns(plan, laneTop, contentRight);

        var notRecorded = handovers.Exists(h => h.Kind == Interviews.HandoverKind.NotRecorded);
        var (legend, legendBottom) = LegendLayouter.Layout(model.DesiredExperience is not null, notRecorded, laneTop + 20, innerWidth);
        var footer = new List<TextLine>();
        if (model.Header.IsFictitiousPerson)
        {
            footer.Add(new TextLine(MapSummary.FictitiousNote, LayoutMetrics.Margin, legendBottom + 14, MapTheme.Footer, TextAlign.Left));
            legendBottom += 24;
        }

        TextLine? empty = model.Steps.Count == 0
            ? new TextLine(EmptyText, (LayoutMetrics.Margin + LayoutMetrics.LabelColumnWidth + contentRight) / 2, lanes[0].Bounds.Y + (lanes[0].Bounds.Height / 2) + 6, MapTheme.EmptyMessage, TextAlign.Center)
            : null;

        return new JourneyMapLayout
        {
            Width = width,
            Height = legendBottom + LayoutMetrics.Margin,
            Title = $"{MapSummary.Title(model.Header)} \u2013 {TextCleaner.Clean(model.Header.StudyTitle)}",
            Summary = TextCleaner.Clean(MapSummary.Describe(model, plan)),
            Header = Header(model, innerWidth),
            Columns = columns,
            LabelColumn = new Box(LayoutMetrics.Margin, LayoutMetrics.PhaseHeaderTop, LayoutMetrics.LabelColumnWidth, laneTop - LayoutMetrics.PhaseHeaderTop),
            PhaseTitle = new TextLine(MapText.Get("Map_PhaseTitle"), LayoutMetrics.Margin + 12, LayoutMetrics.PhaseHeaderTop + 29, MapTheme.BandTitle, TextAlign.Left),
            Hartslag = HartslagLayouter.Layout(model, plan, contentRight),
            Lanes = lanes,
            Handovers = handovers,
            Legend = legend,
            Footer = footer,
            EmptyMessage = empty,
        };
    }

    private static List<TextLine> Header(JourneyMapModel model, double width)
    {
        var lines = new List<TextLine>();
        foreach (var (text, style, baseline) in new[]
        {
            (MapSummary.Title(model.Header), MapTheme.Title, LayoutMetrics.TitleBaseline),
            (MapSummary.Subtitle(model.Header, model.Steps.Count), MapTheme.Subtitle, LayoutMetrics.SubtitleBaseline),
        })
        {
            var line = TextWrapper.Wrap(text, width, style.FontSize, 1, style.Bold).FirstOrDefault() ?? string.Empty;
            lines.Add(new TextLine(line, LayoutMetrics.Margin, LayoutMetrics.Margin + baseline, style, TextAlign.Left, ScriptDirection.IsRightToLeft(line)));
        }

        return lines;
    }

    private static List<TextLine> LaneLabel(string name, bool isClient, double top)
    {
        var x = LayoutMetrics.Margin + 12;
        var width = LayoutMetrics.LabelColumnWidth - 24;
        // A nameless organisation still needs a label line: lane heights are measured from it.
        var shown = TextCleaner.Clean(name).Length == 0 ? MapText.Get("Map_Unnamed") : name;
        var lines = Block(shown, x, width, top + LayoutMetrics.LanePadding, MapTheme.LaneName, 3);
        if (isClient)
        {
            lines.AddRange(Block(MapText.Get("Map_ClientLaneNote"), x, width, lines[^1].Y + 6, MapTheme.LaneNote, 2));
        }

        return lines;
    }

    private static List<ColumnBox> Columns(GridPlan plan, double bottom, double contentRight)
    {
        var columns = new List<ColumnBox>();
        for (var c = 0; c < plan.ColumnNames.Count; c++)
        {
            var left = GridPlan.SlotLeft(plan.ColumnFirstSlot[c]);
            // The last column takes up any room the minimum map width adds, so the grid ends flush.
            var width = c == plan.ColumnNames.Count - 1 ? contentRight - left : plan.ColumnSlotCount[c] * LayoutMetrics.SlotWidth;
            var missing = plan.ColumnIsWithoutPhase[c];
            var style = missing ? MapTheme.PhaseNameMissing : MapTheme.PhaseName;
            var header = new Box(left, LayoutMetrics.PhaseHeaderTop, width, LayoutMetrics.PhaseHeaderHeight);
            // Left-aligned, not centred: in a wide column of a long route a centred name would
            // scroll out of view while its cards are on screen.
            var wrapped = TextWrapper.Wrap(plan.ColumnNames[c], width - 24, style.FontSize, 2, style.Bold);
            var first = header.Y + (wrapped.Count > 1 ? 20 : 29);
            var rtl = ScriptDirection.IsRightToLeft(TextCleaner.Clean(plan.ColumnNames[c]));
            var label = wrapped
                .Select((t, n) => rtl
                    ? new TextLine(t, header.Right - 12, first + (n * 17), style, TextAlign.Right, true)
                    : new TextLine(t, left + 12, first + (n * 17), style, TextAlign.Left))
                .ToList();
            columns.Add(new ColumnBox(plan.ColumnNames[c], missing, header with { Height = bottom - header.Y }, header, label));
        }

        return columns;
    }

    private static List<TextLine> Block(string text, double x, double width, double top, TextStyle style, int maxLines)
    {
        var rtl = ScriptDirection.IsRightToLeft(TextCleaner.Clean(text));
        return TextWrapper.Wrap(text, width, style.FontSize, maxLines, style.Bold)
            .Select((t, n) => rtl
                ? new TextLine(t, x + width, top + style.FontSize + (n * style.LineHeight), style, TextAlign.Right, true)
                : new TextLine(t, x, top + style.FontSize + (n * style.LineHeight), style, TextAlign.Left))
            .ToList();
    }
}
