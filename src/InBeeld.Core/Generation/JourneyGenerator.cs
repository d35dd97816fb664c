using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using V = InBeeld.Core.Generation.GeneratorVocabulary;

namespace InBeeld.Core.Generation;

/// <summary>One fictitious route: phases move forward, the experience line wanders, handovers vary.</summary>
internal sealed class JourneyGenerator(Random random, int minSteps, int maxSteps)
{
    public List<StepItem> Steps(DateOnly interviewDate)
    {
        var count = random.Next(minSteps, maxSteps + 1);
        var date = interviewDate.AddDays(-random.Next(200, 900));
        int? experience = random.Next(-1, 2);
        var steps = new List<StepItem>(count);
        for (var s = 0; s < count; s++)
        {
            date = date.AddDays(random.Next(3, 45));
            experience = Walk(experience);
            var last = s == count - 1;
            steps.Add(new StepItem
            {
                Phase = V.Phases[Math.Min(V.Phases.Length - 1, (s * V.Phases.Length / count) + (random.Next(4) == 0 ? 1 : 0))].Name,
                Organization = V.Organizations[random.Next(V.Organizations.Length)].Name,
                Channel = V.Channels[random.Next(V.Channels.Length)],
                TurningPoint = random.Next(10) == 0 ? V.TurningPoints[random.Next(V.TurningPoints.Length)].Name : null,
                Description = V.Activities[random.Next(V.Activities.Length)],
                Date = random.Next(5) switch
                {
                    0 => StepDate.Format(date, DatePrecision.Year),
                    1 or 2 => StepDate.Format(date, DatePrecision.Month),
                    _ => StepDate.Format(date, DatePrecision.Day),
                },
                Experience = random.Next(10) == 0 ? null : experience,
                PainPoint = experience < 0 && random.Next(2) == 0 ? V.PainPoints[random.Next(V.PainPoints.Length)] : null,
                BrightSpot = experience > 0 && random.Next(2) == 0 ? V.BrightSpots[random.Next(V.BrightSpots.Length)] : null,
                Handover = last ? HandoverKind.NotRecorded : Handover(),
                WaitingDays = !last && random.Next(5) < 3 ? random.Next(0, 91) : null,
                Quotes = random.Next(5) == 0 ? [V.Quotes[random.Next(V.Quotes.Length)]] : [],
            });
        }

        return steps;
    }

    private int? Walk(int? experience) =>
        Math.Clamp((experience ?? 0) + random.Next(-1, 2), InterviewRules.MinExperience, InterviewRules.MaxExperience);

    private HandoverKind Handover() => random.Next(20) switch
    {
        < 7 => HandoverKind.Warm,
        < 14 => HandoverKind.Cold,
        < 17 => HandoverKind.None,
        _ => HandoverKind.NotRecorded,
    };
}
