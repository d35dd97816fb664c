using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Interviews;

public sealed class InterviewTouchInterceptorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task ChangingAQuote_TouchesItsInterview(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        var (interviewId, stepId) = await SeedAsync(database, clock);

        clock.Advance(TimeSpan.FromHours(3));
        await using (var db = database.CreateContext(clock))
        {
            db.Quotes.Add(new Quote { StepId = stepId, Text = "Niemand belde terug." });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext(clock))
        {
            var interview = await db.Interviews.SingleAsync(i => i.Id == interviewId);
            interview.CreatedAt.ShouldBe(Start);
            interview.UpdatedAt.ShouldBe(Start.AddHours(3));
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task DeletingAStep_TouchesItsInterview(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        var (interviewId, stepId) = await SeedAsync(database, clock);

        clock.Advance(TimeSpan.FromMinutes(5));
        await using (var db = database.CreateContext(clock))
        {
            db.Steps.Remove(await db.Steps.SingleAsync(s => s.Id == stepId));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext(clock))
        {
            (await db.Interviews.SingleAsync(i => i.Id == interviewId)).UpdatedAt.ShouldBe(Start.AddMinutes(5));
        }
    }

    internal static async Task<(Guid Interview, Guid Step)> SeedAsync(TestDatabase database, TimeProvider clock)
    {
        await using var db = database.CreateContext(clock);
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = new Study { Title = "Wijzigingen", CreatedAt = Start };
        var participant = new Participant { StudyId = study.Id, Code = "W-01" };
        var step = new Step { Description = "Eerste gesprek", Handover = HandoverKind.Warm };
        var interview = new Interview
        {
            StudyId = study.Id, ParticipantId = participant.Id, Date = new DateOnly(2026, 10, 1),
            Consent = new Consent { Given = true }, Steps = [step],
        };
        db.AddRange(study, participant, interview);
        await db.SaveChangesAsync();
        return (interview.Id, step.Id);
    }
}
