using System.Globalization;
using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using V = InBeeld.Core.Generation.GeneratorVocabulary;

namespace InBeeld.Core.Generation;

/// <summary>
/// Makes fictitious studies of any size for demos, load tests and benchmarks. Deterministic: the
/// same <see cref="GenerationOptions"/> give the same document on every machine (System.Random
/// with a seed has a fixed algorithm). Studies are marked fictitious and use pseudonyms only.
/// </summary>
public static class StudyGenerator
{
    /// <summary>The nine Achterhoek municipalities with their CBS codes.</summary>
    internal static readonly (string Code, string Name)[] Municipalities =
    [
        ("GM0197", "Aalten"), ("GM1859", "Berkelland"), ("GM1876", "Bronckhorst"),
        ("GM0222", "Doetinchem"), ("GM0262", "Lochem"), ("GM1955", "Montferland"),
        ("GM1586", "Oost Gelre"), ("GM1509", "Oude IJsselstreek"), ("GM0294", "Winterswijk"),
    ];

    public static StudyDocument Generate(GenerationOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Interviews);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MinSteps, options.MaxSteps);
        var random = new Random(options.Seed);

        // About one in ten participants is interviewed twice (a follow-up a few months later).
        var participantCount = options.Interviews - options.Interviews / 10;
        var participants = Enumerable.Range(0, participantCount).Select(i => Participant(i, random, options.Start)).ToList();
        var journeys = new JourneyGenerator(random, options.MinSteps, options.MaxSteps);
        var interviews = new List<InterviewItem>(options.Interviews);
        for (var i = 0; i < options.Interviews; i++)
        {
            var date = options.Start.AddDays(i * 365 / Math.Max(1, options.Interviews));
            var participant = participants[i < participantCount ? i : i - participantCount];
            interviews.Add(new InterviewItem
            {
                Participant = participant.Code,
                Date = date,
                Mode = (InterviewMode)random.Next(3),
                Interviewer = $"Onderzoeker {random.Next(1, 5)}",
                Consent = new ConsentItem { Given = true, Date = date, RecordedBy = "Onderzoeksteam" },
                Steps = journeys.Steps(date),
            });
        }

        return new StudyDocument
        {
            Format = StudyDocument.FormatName,
            FormatVersion = StudyDocument.CurrentFormatVersion,
            Study = new StudyInfo
            {
                Title = $"Gegenereerd onderzoek ({options.Interviews} interviews, seed {options.Seed})",
                TargetGroup = "Jongeren van 16 tot 27 jaar in de Achterhoek (fictief)",
                CentralQuestion = "Hoe vinden jongeren en instanties elkaar, en waar gaat het mis bij de overdracht?",
                PeriodStart = options.Start,
                PeriodEnd = options.Start.AddYears(1),
                Fictitious = true,
                Municipalities = Municipalities.Select(m => m.Code).Order(StringComparer.Ordinal).ToList(),
            },
            Organizations = V.Organizations.Select(o => new OrganizationItem { Name = o.Name, Type = o.Type }).ToList(),
            Phases = V.Phases.Select(p => new PhaseItem { Name = p.Name, Description = p.Description }).ToList(),
            TurningPoints = V.TurningPoints.Select(t => new TurningPointItem { Name = t.Name, Description = t.Description }).ToList(),
            Channels = V.Channels.Select(c => new ChannelItem { Name = c }).ToList(),
            Attributes =
            [
                new AttributeItem { Key = "leeftijdsgroep", Label = "Leeftijdsgroep", Type = AttributeType.Choice, Choices = V.AgeBands },
                new AttributeItem { Key = "gemeente", Label = "Gemeente", Type = AttributeType.Choice, Choices = Municipalities.Select(m => m.Name).ToList() },
                new AttributeItem { Key = "eerste-contact", Label = "Eerste contact met een instantie", Type = AttributeType.Date },
            ],
            Participants = participants,
            Interviews = interviews,
        };
    }

    private static ParticipantItem Participant(int index, Random random, DateOnly start) => new()
    {
        Code = $"GEN-{index + 1:D5}",
        Attributes = new Dictionary<string, string>
        {
            ["leeftijdsgroep"] = V.AgeBands[random.Next(V.AgeBands.Length)],
            ["gemeente"] = Municipalities[random.Next(Municipalities.Length)].Name,
            ["eerste-contact"] = start.AddDays(-random.Next(60, 1500)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
    };
}
