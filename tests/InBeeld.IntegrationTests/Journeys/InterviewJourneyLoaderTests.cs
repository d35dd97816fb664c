using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data.Journeys;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Journeys;

public sealed class InterviewJourneyLoaderTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Load_KeepsRouteOrderEmptyInterviewsAndVocabularyIndexes_AndLeavesOutInterviewsWithoutConsent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = new Study { Title = "Laden", CreatedAt = DateTimeOffset.UnixEpoch };
        var uwv = new Organization { Name = "UWV", Order = 0 };
        var school = new Organization { Name = "School", Order = 1 };
        var phase = new Phase { Name = "Werk" };
        var phone = new Channel { Name = "Telefoon" };
        study.Organizations.AddRange([uwv, school]);
        study.Phases.Add(phase);
        study.Channels.Add(phone);
        db.Studies.Add(study);
        var people = Enumerable.Range(1, 4).Select(n => new Participant { StudyId = study.Id, Code = $"L-{n}" }).ToList();
        db.Participants.AddRange(people);

        // Fixed ids: version-7 ids made within one millisecond need not sort in creation order.
        var first = Interview(1, study.Id, people[0].Id, true,
            Step(1, school.Id, null, null, 2, HandoverKind.Cold, 7), Step(0, uwv.Id, phase.Id, phone.Id, -1, HandoverKind.Warm, null));
        var empty = Interview(2, study.Id, people[1].Id, true);
        var withoutConsent = Interview(3, study.Id, people[2].Id, false, Step(0, uwv.Id, null, null, 0, HandoverKind.None, null));
        var last = Interview(4, study.Id, people[3].Id, true, Step(0, null, null, null, null, HandoverKind.NotRecorded, null));
        db.Interviews.AddRange(first, empty, withoutConsent, last);
        await db.SaveChangesAsync();

        var set = await InterviewJourneyLoader.LoadAsync(db, study.Id, CancellationToken.None);

        set.JourneyIds.ToArray().ShouldBe([first.Id, empty.Id, last.Id]);
        set.Offsets.ToArray().ShouldBe([0, 2, 2, 3]);
        set.OrganizationIds.ToArray().ShouldBe([uwv.Id, school.Id]);
        set.Organization.ToArray().ShouldBe([0, 1, JourneySet.None]);
        set.Phase.ToArray().ShouldBe([0, JourneySet.None, JourneySet.None]);
        set.Channel.ToArray().ShouldBe([0, JourneySet.None, JourneySet.None]);
        set.Experience.ToArray().ShouldBe([(sbyte)-1, (sbyte)2, JourneySet.NoExperience]);
        set.Handover.ToArray().ShouldBe([HandoverKind.Warm, HandoverKind.Cold, HandoverKind.NotRecorded]);
        set.WaitingDays.ToArray().ShouldBe([JourneySet.None, 7, JourneySet.None]);
    }

    private static Interview Interview(int number, Guid studyId, Guid participantId, bool consent, params Step[] steps) => new()
    {
        Id = Guid.Parse($"00000000-0000-7000-8000-{number:D12}"),
        StudyId = studyId, ParticipantId = participantId, Date = new DateOnly(2026, 1, 5),
        Consent = new Consent { Given = consent }, Steps = steps.ToList(),
    };

    private static Step Step(int order, Guid? organization, Guid? phase, Guid? channel, int? experience, HandoverKind handover, int? waiting) => new()
    {
        Order = order, OrganizationId = organization, PhaseId = phase, ChannelId = channel,
        Experience = experience, Handover = handover, WaitingDays = waiting, Description = $"Stap {order}",
    };
}
