using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Analysis;

/// <summary>
/// A study small enough to count by hand; every expected figure in the analysis tests follows from it.
/// <code>
///  I1 (Syrië):  School/Aanmelden −1 koud 10d → UWV/Ondersteuning −2 warm 20d → Gemeente/Ondersteuning +1
///  I2 (Eritrea): School/Aanmelden 0 koud 30d → UWV/Ondersteuning −1 geen → Gemeente/Nazorg −2
///  I3 (Syrië):  Gemeente/Aanmelden +2 warm 0d → UWV/Ondersteuning +1
///  I4 (Eritrea, no consent): School/Aanmelden −2 koud → UWV/Ondersteuning −2 — never counted
/// </code>
/// Attributes: land (choice: Syrië, Eritrea) and leeftijd (number, so not compared).
/// </summary>
internal sealed record AnalysisSeed(Guid Study, Guid Gemeente, Guid Uwv, Guid School, Guid[] Interviews)
{
    public static async Task<AnalysisSeed> CreateAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = new Study { Title = "Analysetest statushouders", CreatedAt = DateTimeOffset.UnixEpoch };
        var (gemeente, uwv, school) = (Organization("Gemeente", 0), Organization("UWV", 1), Organization("School", 2));
        var (aanmelden, ondersteuning, nazorg) = (new Phase { Name = "Aanmelden", Order = 0 }, new Phase { Name = "Ondersteuning", Order = 1 }, new Phase { Name = "Nazorg", Order = 2 });
        var land = new AttributeDefinition { Key = "land", Label = "Land van herkomst", Type = AttributeType.Choice, Choices = ["Syrië", "Eritrea"], Order = 0 };
        var age = new AttributeDefinition { Key = "leeftijd", Label = "Leeftijd", Type = AttributeType.Number, Order = 1 };
        study.Organizations.AddRange([gemeente, uwv, school]);
        study.Phases.AddRange([aanmelden, ondersteuning, nazorg]);
        study.AttributeDefinitions.AddRange([land, age]);
        db.Studies.Add(study);
        string[] countries = ["Syrië", "Eritrea", "Syrië", "Eritrea"];
        var people = countries.Select((c, n) => new Participant
        {
            StudyId = study.Id,
            Code = $"P-{n + 1}",
            Attributes = [new() { AttributeDefinitionId = land.Id, Value = c }, new() { AttributeDefinitionId = age.Id, Value = (20 + n).ToString(System.Globalization.CultureInfo.InvariantCulture) }],
        }).ToList();
        db.Participants.AddRange(people);
        Interview[] interviews =
        [
            Interview(study.Id, people[0].Id, true,
                Step(0, school.Id, aanmelden.Id, -1, HandoverKind.Cold, 10), Step(1, uwv.Id, ondersteuning.Id, -2, HandoverKind.Warm, 20),
                Step(2, gemeente.Id, ondersteuning.Id, 1, HandoverKind.NotRecorded, null)),
            Interview(study.Id, people[1].Id, true,
                Step(0, school.Id, aanmelden.Id, 0, HandoverKind.Cold, 30), Step(1, uwv.Id, ondersteuning.Id, -1, HandoverKind.None, null),
                Step(2, gemeente.Id, nazorg.Id, -2, HandoverKind.NotRecorded, null)),
            Interview(study.Id, people[2].Id, true,
                Step(0, gemeente.Id, aanmelden.Id, 2, HandoverKind.Warm, 0), Step(1, uwv.Id, ondersteuning.Id, 1, HandoverKind.NotRecorded, null)),
            Interview(study.Id, people[3].Id, false,
                Step(0, school.Id, aanmelden.Id, -2, HandoverKind.Cold, null), Step(1, uwv.Id, ondersteuning.Id, -2, HandoverKind.NotRecorded, null)),
        ];
        db.Interviews.AddRange(interviews);
        await db.SaveChangesAsync();
        return new AnalysisSeed(study.Id, gemeente.Id, uwv.Id, school.Id, [.. interviews.Select(i => i.Id)]);
    }

    private static Organization Organization(string name, int order) => new() { Name = name, Type = OrganizationType.Other, Order = order };

    private static Interview Interview(Guid studyId, Guid participantId, bool consent, params Step[] steps) => new()
    {
        StudyId = studyId,
        ParticipantId = participantId,
        Date = new DateOnly(2025, 3, 1),
        Consent = new Consent { Given = consent },
        Steps = [.. steps],
    };

    private static Step Step(int order, Guid organization, Guid phase, int experience, HandoverKind handover, int? waitingDays) => new()
    {
        Order = order,
        OrganizationId = organization,
        PhaseId = phase,
        Experience = experience,
        Handover = handover,
        WaitingDays = waitingDays,
        Description = $"Stap {order + 1}",
    };
}
