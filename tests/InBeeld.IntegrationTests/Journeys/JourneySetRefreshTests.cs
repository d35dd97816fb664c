using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data.Journeys;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Journeys;

public sealed class JourneySetRefreshTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task RefreshedSet_AfterEditsInsertsConsentChangesAndDeletes_EqualsAFullLoad(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var cache = new JourneySetCache();
        Guid studyId;
        List<Guid> interviews;
        await using (var db = database.CreateContext(clock))
        {
            await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
            var study = new Study { Title = "Verversen", CreatedAt = clock.GetUtcNow() };
            var uwv = new Organization { Name = "UWV", Order = 0 };
            var school = new Organization { Name = "School", Order = 1 };
            study.Organizations.AddRange([uwv, school]);
            db.Studies.Add(study);
            studyId = study.Id;
            for (var n = 0; n < 6; n++)
            {
                var participant = new Participant { StudyId = study.Id, Code = $"V-{n}" };
                db.Participants.Add(participant);
                db.Interviews.Add(new Interview
                {
                    StudyId = study.Id, ParticipantId = participant.Id, Date = new DateOnly(2026, 1, 1), Consent = new Consent { Given = true },
                    Steps = Enumerable.Range(0, n % 3 + 1).Select(k => new Step
                    {
                        Order = k, Description = "Stap", OrganizationId = k % 2 == 0 ? uwv.Id : school.Id, Experience = k - 1, Handover = HandoverKind.Warm,
                    }).ToList(),
                });
            }

            await db.SaveChangesAsync();
            interviews = await db.Interviews.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
            (await cache.GetAsync(db, studyId, CancellationToken.None)).StepCount.ShouldBe(12);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await using (var db = database.CreateContext(clock))
        {
            var edited = await db.Steps.FirstAsync(s => s.InterviewId == interviews[2]);
            edited.Experience = 2;
            db.Steps.Add(new Step { InterviewId = interviews[4], Order = 9, Description = "Nazorg", Handover = HandoverKind.None });
            (await db.Interviews.SingleAsync(i => i.Id == interviews[1])).Consent.Given = false;
            db.Interviews.Remove(await db.Interviews.SingleAsync(i => i.Id == interviews[5]));
            var newcomer = new Participant { StudyId = studyId, Code = "V-new" };
            db.Participants.Add(newcomer);
            db.Interviews.Add(new Interview
            {
                StudyId = studyId, ParticipantId = newcomer.Id, Date = new DateOnly(2026, 2, 1), Consent = new Consent { Given = true },
                Steps = [new Step { Description = "Aanmelding", Experience = -2, Handover = HandoverKind.Cold }],
            });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext(clock))
        {
            var refreshed = await cache.GetAsync(db, studyId, CancellationToken.None);
            var full = await InterviewJourneyLoader.LoadAsync(db, studyId, CancellationToken.None);

            refreshed.JourneyCount.ShouldBe(5);
            refreshed.JourneyIds.ToArray().ShouldBe(full.JourneyIds.ToArray());
            refreshed.Offsets.ToArray().ShouldBe(full.Offsets.ToArray());
            refreshed.OrganizationIds.ToArray().ShouldBe(full.OrganizationIds.ToArray());
            refreshed.Organization.ToArray().ShouldBe(full.Organization.ToArray());
            refreshed.Experience.ToArray().ShouldBe(full.Experience.ToArray());
            refreshed.Handover.ToArray().ShouldBe(full.Handover.ToArray());
            refreshed.WaitingDays.ToArray().ShouldBe(full.WaitingDays.ToArray());
        }
    }
}
