using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data.Retention;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Retention;

public sealed class RetentionServiceTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task ExpiredInterviews_LoseTheirRawContent_KeepTheirRoute_AndTheRunIsRecorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid oldInterview, newInterview, oldParticipant, study;
        await using (var db = database.CreateContext())
        {
            await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
            var s = new Study { Title = "Bewaartermijn", RetentionMonths = 12, CreatedAt = DateTimeOffset.UnixEpoch };
            var uwv = new Organization { Name = "UWV", Type = OrganizationType.Uwv };
            s.Organizations.Add(uwv);
            var p1 = new Participant { StudyId = s.Id, Code = "R-001" };
            var p2 = new Participant { StudyId = s.Id, Code = "R-002" };
            db.AddRange(s, p1, p2);
            db.ParticipantContacts.Add(new ParticipantContact { ParticipantId = p1.Id, StudyId = s.Id, Protected = "versleuteld-1" });
            db.ParticipantContacts.Add(new ParticipantContact { ParticipantId = p2.Id, StudyId = s.Id, Protected = "versleuteld-2" });
            Interview Make(Participant p, DateOnly date) => new()
            {
                StudyId = s.Id, ParticipantId = p.Id, Date = date, Interviewer = "Onderzoeker A", Transcript = "Heel het verhaal",
                Consent = new Consent { Given = true, RecordedBy = "Onderzoeker A" },
                Steps = [new Step { Description = "Aanmelding", OrganizationId = uwv.Id, Experience = -1, Handover = HandoverKind.Cold, WaitingDays = 14, PainPoint = "Lang wachten", Quotes = [new Quote { Text = "Niemand belde terug." }] }],
            };
            // On 2026-11-22 with 12 months: 2025-11-22 is exactly expired, 2025-11-23 is not yet.
            var old = Make(p1, new DateOnly(2025, 11, 22));
            var fresh = Make(p2, new DateOnly(2025, 11, 23));
            db.Interviews.AddRange(old, fresh);
            await db.SaveChangesAsync();
            (oldInterview, newInterview, oldParticipant, study) = (old.Id, fresh.Id, p1.Id, s.Id);
        }

        var now = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
        await using (var db = database.CreateContext())
        {
            var dry = await new RetentionService(db).RunAsync(now, "test", 730, dryRun: true, CancellationToken.None);
            dry.Single().InterviewsAnonymized.ShouldBe(1);
            (await db.Interviews.CountAsync(i => i.AnonymizedAt != null)).ShouldBe(0, "a dry run changes nothing");
            (await db.RetentionRuns.CountAsync()).ShouldBe(0);
        }

        await using (var db = database.CreateContext())
        {
            var runs = await new RetentionService(db).RunAsync(now, "dagelijks", 730, dryRun: false, CancellationToken.None);
            var run = runs.Single();
            (run.InterviewsAnonymized, run.TranscriptsDeleted, run.QuotesDeleted, run.StepTextsCleared, run.ContactsDeleted).ShouldBe((1, 1, 1, 1, 1));
        }

        await using var check = database.CreateContext();
        var anonymised = await check.Interviews.Include(i => i.Steps).ThenInclude(s => s.Quotes).SingleAsync(i => i.Id == oldInterview);
        anonymised.Transcript.ShouldBeNull();
        anonymised.Interviewer.ShouldBeNull();
        anonymised.Consent.RecordedBy.ShouldBeNull();
        anonymised.Consent.Given.ShouldBeTrue();
        anonymised.AnonymizedAt.ShouldBe(now);
        var step = anonymised.Steps.Single();
        (step.Description, step.PainPoint, step.Quotes.Count).ShouldBe(("", null, 0));
        (step.Experience, step.Handover, step.WaitingDays).ShouldBe((-1, HandoverKind.Cold, 14), "the route stays for analysis");
        var kept = await check.Interviews.Include(i => i.Steps).SingleAsync(i => i.Id == newInterview);
        kept.Transcript.ShouldBe("Heel het verhaal");
        (await check.ParticipantContacts.Select(c => c.ParticipantId).ToListAsync()).ShouldNotContain(oldParticipant);
        (await check.ParticipantContacts.CountAsync()).ShouldBe(1);
        var recorded = await check.RetentionRuns.SingleAsync();
        (recorded.StudyId, recorded.TriggeredBy, recorded.InterviewsAnonymized).ShouldBe((study, "dagelijks", 1));

        // A second run the same day finds nothing more to do.
        (await new RetentionService(check).RunAsync(now, "dagelijks", 730, dryRun: false, CancellationToken.None)).ShouldBeEmpty();
    }
}
