namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// The hartslag band: axis levels −2 … +2 with Dutch labels, one point per step with a known
/// experience at the centre of its slot, and the pain/bright symbols of each step just below /
/// above its point (on the zero line when the experience is unknown).
/// </summary>
internal static class HartslagLayouter
{
    /// <summary>"+1 goed", "−2 zeer slecht": the axis label of an experience level.</summary>
    public static string LevelLabel(int experience) =>
        MapText.Get("Map_Level_" + experience.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static HartslagBand Layout(JourneyMapModel model, GridPlan plan, double contentRight)
    {
        var bounds = new Box(LayoutMetrics.Margin, LayoutMetrics.HartslagTop, contentRight - LayoutMetrics.Margin, LayoutMetrics.HartslagHeight);
        var labelX = LayoutMetrics.Margin + 12;
        var title = new TextLine(MapText.Get("Map_BandTitle"), labelX, LayoutMetrics.HartslagTop + 18, MapTheme.BandTitle, TextAlign.Left);
        var ticks = Enumerable.Range(-2, 5)
            .Reverse()
            .Select(v => new AxisTick(v, LayoutMetrics.ExperienceY(v), new TextLine(LevelLabel(v), labelX, LayoutMetrics.ExperienceY(v) + 4, MapTheme.AxisLabel, TextAlign.Left)))
            .ToList();

        var twoSeries = model.DesiredExperience is not null;
        var series = new List<HartslagSeries>
        {
            Series(SeriesKind.Current, model.Steps.Select(s => s.Experience).ToList(), plan, twoSeries ? -LayoutMetrics.SeriesOffset : 0),
        };
        if (model.DesiredExperience is { } desired)
        {
            var values = Enumerable.Range(0, model.Steps.Count).Select(i => i < desired.Count ? desired[i] : null).ToList();
            series.Add(Series(SeriesKind.Desired, values, plan, LayoutMetrics.SeriesOffset));
        }

        var markers = new List<Marker>();
        for (var i = 0; i < model.Steps.Count; i++)
        {
            var step = model.Steps[i];
            var x = GridPlan.SlotLeft(plan.StepSlot[i]) + (LayoutMetrics.SlotWidth / 2) + (twoSeries ? -LayoutMetrics.SeriesOffset : 0);
            var y = LayoutMetrics.ExperienceY(Valid(step.Experience) ?? 0);
            if (!string.IsNullOrWhiteSpace(step.PainPoint))
            {
                markers.Add(new Marker(MarkerKind.PainPoint, new MapPoint(x, y + LayoutMetrics.MarkerDistance), LayoutMetrics.MarkerSize, i + 1));
            }

            if (!string.IsNullOrWhiteSpace(step.BrightSpot))
            {
                markers.Add(new Marker(MarkerKind.BrightSpot, new MapPoint(x, y - LayoutMetrics.MarkerDistance), LayoutMetrics.MarkerSize, i + 1));
            }
        }

        var numbers = model.Steps
            .Select((_, i) => new TextLine(
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                GridPlan.SlotLeft(plan.StepSlot[i]) + (LayoutMetrics.SlotWidth / 2),
                bounds.Bottom - 8,
                MapTheme.StepNumber,
                TextAlign.Center))
            .ToList();
        return new HartslagBand(bounds, title, ticks, series, markers, numbers);
    }

    private static HartslagSeries Series(SeriesKind kind, IReadOnlyList<int?> values, GridPlan plan, double offset)
    {
        var runs = new List<IReadOnlyList<HartslagPoint>>();
        var run = new List<HartslagPoint>();
        for (var i = 0; i < values.Count; i++)
        {
            if (Valid(values[i]) is not { } experience)
            {
                Close();
                continue;
            }

            var x = GridPlan.SlotLeft(plan.StepSlot[i]) + (LayoutMetrics.SlotWidth / 2) + offset;
            run.Add(new HartslagPoint(i + 1, experience, new MapPoint(x, LayoutMetrics.ExperienceY(experience))));
        }

        Close();
        return new HartslagSeries(kind, runs);

        void Close()
        {
            if (run.Count > 0)
            {
                runs.Add(run);
                run = [];
            }
        }
    }

    /// <summary>Values outside −2 … +2 come from hand-built models; they are treated as unknown, not clamped.</summary>
    private static int? Valid(int? experience) => experience is >= -2 and <= 2 ? experience : null;
}
