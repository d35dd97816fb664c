using System.Globalization;
using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using static InBeeld.Core.Demo.DemoVocabulary;

namespace InBeeld.Core.Demo;

/// <summary>
/// Turns a story arc into one fictitious participant and interview. All variation is index
/// arithmetic (no <see cref="Random"/>, whose sequence may change between .NET versions), so the
/// demo study is byte-for-byte the same on every machine and every run.
/// </summary>
internal static class DemoInterviewBuilder
{
    /// <summary>The Dutch lockdown of 16 March 2020 moved interviews from face to face to the phone.</summary>
    private static readonly DateOnly Lockdown = new(2020, 3, 16);

    private static readonly DateOnly FirstInterview = new(2020, 2, 10);

    public static string Code(int index) => $"ACH-{index + 1:00}";

    public static ParticipantItem Participant(int index, StoryArc arc)
    {
        var round = Round(index);
        return new ParticipantItem
        {
            Code = Code(index),
            Attributes = new Dictionary<string, string>
            {
                [Attributes.AgeGroup] = Pick(arc.AgeGroups, round),
                [Attributes.Municipality] = AchterhoekNames[index % AchterhoekNames.Count],
                [Attributes.Education] = Pick(arc.Education, round),
                [Attributes.Living] = Pick(arc.Living, round),
            },
        };
    }

    public static InterviewItem Interview(int index, StoryArc arc)
    {
        var date = InterviewDate(index);
        var interviewer = index % 2 == 0 ? "Onderzoeker A" : "Onderzoeker B";
        return new InterviewItem
        {
            Participant = Code(index),
            Date = date,
            Mode = Mode(index, date),
            Interviewer = interviewer,
            Consent = new ConsentItem { Given = true, Date = date, RecordedBy = interviewer },
            Steps = Steps(index, arc, date),
        };
    }

    /// <summary>Which retelling of its arc this interview is: 0 for the first participant on the arc, then 1, 2, 3.</summary>
    private static int Round(int index) => index / DemoArcs.All.Count;

    private static string Pick(IReadOnlyList<string> options, int round) => options[round % options.Count];

    private static DateOnly InterviewDate(int index)
    {
        var date = FirstInterview.AddDays(index * 8);
        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => date.AddDays(2),
            DayOfWeek.Sunday => date.AddDays(1),
            _ => date,
        };
    }

    private static InterviewMode Mode(int index, DateOnly date)
    {
        if (date < Lockdown)
        {
            return InterviewMode.FaceToFace;
        }

        var summer = date.Month is >= 6 and <= 9;
        return summer && index % 3 == 0 ? InterviewMode.FaceToFace : InterviewMode.Phone;
    }

    private static List<StepItem> Steps(int index, StoryArc arc, DateOnly interviewDate)
    {
        var round = Round(index);
        var included = arc.Steps
            .Select((template, position) => (Template: template, Position: position))
            .Where(s => !s.Template.Optional || (round + s.Position) % 2 == 0)
            .ToList();

        // Stretch the arc's time line a little per retelling, so the same story does not happen on the same days.
        var stretch = 0.8 + (0.15 * round);
        var gaps = included.Select(s => Math.Max(1, (int)Math.Round(s.Template.DaysToNext * stretch))).ToList();
        var routeEnd = interviewDate.AddDays(-(10 + (index * 13 % 50)));
        var day = routeEnd.AddDays(-gaps.Take(included.Count - 1).Sum());

        var handovers = PlaceHandovers(included.Select(s => s.Template).ToList());
        var steps = new List<StepItem>(included.Count);
        for (var i = 0; i < included.Count; i++)
        {
            var (template, position) = included[i];
            var last = i == included.Count - 1;
            steps.Add(new StepItem
            {
                Phase = template.Phase,
                Organization = template.Organization,
                Channel = template.Channel,
                TurningPoint = template.TurningPoint,
                Description = template.Texts[round % template.Texts.Length],
                Date = FormatDate(day, Precision(template.Precision, day, interviewDate, round)),
                Experience = Experience(template, index, position),
                PainPoint = template.PainPoint,
                BrightSpot = template.BrightSpot,
                Handover = handovers[i],
                WaitingDays = template.Waiting && !last ? gaps[i] : null,
                Quotes = Quotes(template, round, position),
            });
            day = day.AddDays(gaps[i]);
        }

        return steps;
    }

    /// <summary>
    /// A handover belongs to the step before the person moves to another organisation (or to none).
    /// The arcs were written from the person's side and often note how they <em>arrived</em>; such a
    /// note moves to the step before, and one that stands inside a single organisation is dropped.
    /// </summary>
    private static HandoverKind[] PlaceHandovers(IReadOnlyList<StepTemplate> templates)
    {
        var placed = new HandoverKind[templates.Count];
        for (var i = 0; i < templates.Count - 1; i++)
        {
            var kind = templates[i].Handover;
            if (kind == HandoverKind.NotRecorded)
            {
                continue;
            }

            if (!SameOrganization(templates[i], templates[i + 1]))
            {
                placed[i] = kind;
            }
            else if (i > 0 && !SameOrganization(templates[i - 1], templates[i]) && placed[i - 1] == HandoverKind.NotRecorded)
            {
                placed[i - 1] = kind;
            }
        }

        return placed;
    }

    private static bool SameOrganization(StepTemplate a, StepTemplate b) =>
        a.Organization is not null && a.Organization == b.Organization;

    /// <summary>People remember the month of recent events but often only the year of older ones.</summary>
    private static DatePrecision Precision(DatePrecision intended, DateOnly day, DateOnly interviewDate, int round) =>
        intended == DatePrecision.Month && round % 2 == 1 && interviewDate.DayNumber - day.DayNumber > 540
            ? DatePrecision.Year
            : intended;

    private static string FormatDate(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => day.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    private static int Experience(StepTemplate template, int index, int position)
    {
        if (!template.Varies)
        {
            return template.Experience;
        }

        var shifted = template.Experience + ((index + position) % 3) - 1;
        return Math.Clamp(shifted, InterviewRules.MinExperience, InterviewRules.MaxExperience);
    }

    private static List<string> Quotes(StepTemplate template, int round, int position) =>
        template.Quotes.Count == 0 || (round + position) % 3 == 2
            ? []
            : [template.Quotes[round % template.Quotes.Count]];
}
