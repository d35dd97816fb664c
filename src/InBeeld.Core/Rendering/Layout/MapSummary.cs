using System.Globalization;
using InBeeld.Core.Interviews;

namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// The Dutch texts that describe the map as a whole: the header lines and the accessible
/// summary a screen reader reads instead of the picture.
/// </summary>
internal static class MapSummary
{
    public const string FictitiousNote = "Fictieve persoon, echte gebeurtenissen";

    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static string Title(JourneyMapHeader header) => $"Klantreis van {header.Subject}";

    public static string Subtitle(JourneyMapHeader header, int steps)
    {
        var parts = new List<string> { header.StudyTitle };
        if (header.InterviewCount > 1)
        {
            parts.Add($"samengesteld uit {header.InterviewCount} interviews");
        }

        if (header.Date is { } date)
        {
            parts.Add((header.InterviewCount > 1 ? "gemaakt op " : "interview van ") + DutchDate(date));
        }

        parts.Add(Count(steps, "stap", "stappen"));
        return string.Join(" \u00B7 ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    public static string Describe(JourneyMapModel model, GridPlan plan)
    {
        var steps = model.Steps;
        if (steps.Count == 0)
        {
            var empty = $"Klantreis van {model.Header.Subject}: nog geen stappen.";
            return model.Header.IsFictitiousPerson ? $"{empty} {FictitiousNote}." : empty;
        }

        var text = $"Klantreis van {model.Header.Subject}: {Count(steps.Count, "stap", "stappen")} bij "
            + $"{Count(plan.LaneNames.Count - 1, "organisatie", "organisaties")}, in "
            + $"{Count(plan.PhasesVisited, "fase", "fasen")}.";
        {
            text += $" Beleving per stap: {Experiences(steps.Select(s => s.Experience))}.";
            if (model.DesiredExperience is { } desired)
            {
                text += $" Gewenste beleving: {Experiences(desired)}.";
            }

            text += $" {Count(steps.Count(s => !string.IsNullOrWhiteSpace(s.PainPoint)), "knelpunt", "knelpunten")}, "
                + $"{steps.Count(s => !string.IsNullOrWhiteSpace(s.BrightSpot))} keer ging iets goed.";
            var kinds = new[] { HandoverKind.Warm, HandoverKind.Cold, HandoverKind.None }
                .Select(k => $"{steps.Take(steps.Count - 1).Count(s => s.Handover == k)} {HandoverLayouter.KindLabel(k)}");
            text += $" Overdrachten: {string.Join(", ", kinds)}.";
        }

        return model.Header.IsFictitiousPerson ? $"{text} {FictitiousNote}." : text;
    }

    private static string Experiences(IEnumerable<int?> values) =>
        string.Join(", ", values.Select(v => v switch
        {
            null or < -2 or > 2 => "onbekend",
            > 0 => "+" + v.Value.ToString(CultureInfo.InvariantCulture),
            < 0 => "\u2212" + (-v.Value).ToString(CultureInfo.InvariantCulture),
            _ => "0",
        }));

    private static string DutchDate(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    private static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
