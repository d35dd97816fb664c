using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data.Setup;
using InBeeld.Data.Studies;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Studies;

public sealed class StudyOverviewQueryTests
{
    /// <summary>
    /// Hand-built study: interview 1 (consent) A/P1 −2 warm, B/P1 0 koud, B/P2 +2;
    /// interview 2 (consent) A/P1 +1 geen, (no organisation)/P2 no experience;
    /// interview 3 (no consent) A/P1 +2 warm — must not count.
    /// </summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Overview_CountsStepsPerGroupWithTheirInterviews(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (studyId, a, b, p1, p2) = await SeedAsync(database);
        await using var db = database.CreateContext();

        var overview = (await new StudyOverviewQuery(db).GetAsync(studyId, CancellationToken.None))!;

        overview.Participants.ShouldBe(3);
        overview.Interviews.ShouldBe(3);
        overview.InterviewsWithoutConsent.ShouldBe(1);
        overview.InterviewsCounted.ShouldBe(2);
        overview.Steps.ShouldBe(5);
        overview.StepsPerOrganization.ShouldBe([
            new GroupCount(a, "Gemeente", 0, 2, 2),
            new GroupCount(b, "UWV", 1, 2, 1),
            new GroupCount(null, null, int.MaxValue, 1, 1),
        ]);
        overview.StepsPerPhase.ShouldBe([
            new GroupCount(p1, "School", 0, 3, 2),
            new GroupCount(p2, "Werk", 1, 2, 2),
        ]);
        overview.StepsPerOrganizationAndPhase.OrderBy(c => c.Steps).ThenBy(c => c.OrganizationId).ThenBy(c => c.PhaseId).ShouldBe(
            new[]
            {
                new CellCount(b, p1, 1), new CellCount(b, p2, 1), new CellCount(null, p2, 1), new CellCount(a, p1, 2),
            }.OrderBy(c => c.Steps).ThenBy(c => c.OrganizationId).ThenBy(c => c.PhaseId));
        overview.ExperiencePerPhase.Count.ShouldBe(2);
        overview.ExperiencePerPhase[0].Mean!.Value.ShouldBe(-1.0 / 3, 1e-9);
        overview.ExperiencePerPhase[0].N.ShouldBe(3);
        overview.ExperiencePerPhase[1].Mean.ShouldBe(2.0);
        overview.ExperiencePerPhase[1].N.ShouldBe(1);
        overview.Handovers.ShouldBe([
            new HandoverCount(HandoverKind.NotRecorded, 2),
            new HandoverCount(HandoverKind.Warm, 1),
            new HandoverCount(HandoverKind.Cold, 1),
            new HandoverCount(HandoverKind.None, 1),
        ]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Overview_OfUnknownStudy_IsNull(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);

        (await new StudyOverviewQuery(db).GetAsync(Guid.NewGuid(), CancellationToken.None)).ShouldBeNull();
    }

    private static async Task<(Guid Study, Guid A, Guid B, Guid P1, Guid P2)> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = new Study { Title = "Overzichtstest", CreatedAt = DateTimeOffset.UnixEpoch };
        var a = new Organization { Name = "Gemeente", Type = OrganizationType.MunicipalityYouth, Order = 0 };
        var b = new Organization { Name = "UWV", Type = OrganizationType.Uwv, Order = 1 };
        var p1 = new Phase { Name = "School", Order = 0 };
        var p2 = new Phase { Name = "Werk", Order = 1 };
        study.Organizations.AddRange([a, b]);
        study.Phases.AddRange([p1, p2]);
        db.Studies.Add(study);

        // A second study whose steps must not leak into the first one's figures.
        var other = new Study { Title = "Ander onderzoek", CreatedAt = DateTimeOffset.UnixEpoch };
        db.Studies.Add(other);
        var stranger = new Participant { StudyId = other.Id, Code = "X-1" };
        db.Participants.Add(stranger);
        db.Interviews.Add(Interview(other.Id, stranger.Id, true, Step(0, null, null, 1, HandoverKind.Warm)));

        var people = Enumerable.Range(1, 3).Select(n => new Participant { StudyId = study.Id, Code = $"P-{n}" }).ToList();
        db.Participants.AddRange(people);
        db.Interviews.Add(Interview(study.Id, people[0].Id, true,
            Step(0, a.Id, p1.Id, -2, HandoverKind.Warm), Step(1, b.Id, p1.Id, 0, HandoverKind.Cold), Step(2, b.Id, p2.Id, 2, HandoverKind.NotRecorded)));
        db.Interviews.Add(Interview(study.Id, people[1].Id, true,
            Step(0, a.Id, p1.Id, 1, HandoverKind.None), Step(1, null, p2.Id, null, HandoverKind.NotRecorded)));
        db.Interviews.Add(Interview(study.Id, people[2].Id, false, Step(0, a.Id, p1.Id, 2, HandoverKind.Warm)));
        await db.SaveChangesAsync();
        return (study.Id, a.Id, b.Id, p1.Id, p2.Id);
    }

    private static Interview Interview(Guid studyId, Guid participantId, bool consent, params Step[] steps) => new()
    {
        StudyId = studyId,
        ParticipantId = participantId,
        Date = new DateOnly(2020, 5, 1),
        Consent = new Consent { Given = consent },
        Steps = steps.ToList(),
    };

    private static Step Step(int order, Guid? organization, Guid? phase, int? experience, HandoverKind handover) => new()
    {
        Order = order,
        OrganizationId = organization,
        PhaseId = phase,
        Experience = experience,
        Handover = handover,
        Description = $"Stap {order + 1}",
    };
}
