using System.Globalization;
using InBeeld.Core.Interviews;

namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// The texts that describe the map as a whole: the header lines and the accessible summary a
/// screen reader reads instead of the picture. Wording comes from CoreText (<see cref="MapText"/>).
/// </summary>
internal static class MapSummary
{
    public static string FictitiousNote => MapText.Get("Map_Fictitious");

    public static string Title(JourneyMapHeader header) => MapText.Get("Map_Title", header.Subject);

    public static string Subtitle(JourneyMapHeader header, int steps)
    {
        var parts = new List<string> { header.StudyTitle };
        if (header.InterviewCount > 1)
        {
            parts.Add(MapText.Get("Map_Composite", header.InterviewCount.ToString(CultureInfo.InvariantCulture)));
        }

        if (header.Date is { } date)
        {
            parts.Add(MapText.Get(header.InterviewCount > 1 ? "Map_MadeOn" : "Map_InterviewOn", date.ToString(MapText.Get("Map_DateFormat"), MapText.Culture)));
        }

        parts.Add(MapText.Count(steps, "Map_Count_Step", "Map_Count_Steps"));
        return string.Join(" \u00B7 ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    public static string Describe(JourneyMapModel model, GridPlan plan)
    {
        var steps = model.Steps;
        var subject = model.Header.Subject;
        if (steps.Count == 0)
        {
            var empty = MapText.Get("Map_Summary_Empty", subject);
            return model.Header.IsFictitiousPerson ? $"{empty} {FictitiousNote}." : empty;
        }

        var parts = new List<string>
        {
            MapText.Get("Map_Summary", subject,
                MapText.Count(steps.Count, "Map_Count_Step", "Map_Count_Steps"),
                MapText.Count(plan.LaneNames.Count - 1, "Map_Count_Organization", "Map_Count_Organizations"),
                MapText.Count(plan.PhasesVisited, "Map_Count_Phase", "Map_Count_Phases")),
            MapText.Get("Map_Summary_Experience", Experiences(steps.Select(s => s.Experience))),
        };
        if (model.DesiredExperience is { } desired)
        {
            parts.Add(MapText.Get("Map_Summary_Desired", Experiences(desired)));
        }

        parts.Add(MapText.Get("Map_Summary_Notes",
            MapText.Count(steps.Count(s => !string.IsNullOrWhiteSpace(s.PainPoint)), "Map_Count_PainPoint", "Map_Count_PainPoints"),
            steps.Count(s => !string.IsNullOrWhiteSpace(s.BrightSpot)).ToString(CultureInfo.InvariantCulture)));
        var kinds = new[] { HandoverKind.Warm, HandoverKind.Cold, HandoverKind.None }
            .Select(k => $"{steps.Take(steps.Count - 1).Count(s => s.Handover == k).ToString(CultureInfo.InvariantCulture)} {HandoverLayouter.KindLabel(k)}");
        parts.Add(MapText.Get("Map_Summary_Handovers", string.Join(", ", kinds)));
        if (model.Header.IsFictitiousPerson)
        {
            parts.Add(FictitiousNote + ".");
        }

        return string.Join(" ", parts);
    }

    private static string Experiences(IEnumerable<int?> values) =>
        string.Join(", ", values.Select(v => v switch
        {
            null or < -2 or > 2 => MapText.Get("Map_ExperienceUnknown"),
            > 0 => "+" + v.Value.ToString(CultureInfo.InvariantCulture),
            < 0 => "\u2212" + (-v.Value).ToString(CultureInfo.InvariantCulture),
            _ => "0",
        }));
}
