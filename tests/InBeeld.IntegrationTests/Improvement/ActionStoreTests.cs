using System.Globalization;
using InBeeld.Core.Actions;
using InBeeld.Core.Validation;
using InBeeld.Data.Actions;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Improvement;

public sealed class ActionStoreTests
{
    // Monday 2 November 2026, 10:00 in Amsterdam.
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public ActionStoreTests() => CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");

    [Theory, ClassData(typeof(Providers))]
    public async Task StatusChanges_AreKeptAsHistory_AcrossSaves(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        ImprovementSeed seed;
        Guid actionId;
        await using (var db = database.CreateContext())
        {
            await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
            seed = await ImprovementSeed.AddAsync(db);
            var input = new ActionInput { Title = "Warme overdracht school → RMC", OwnerOrganizationId = seed.School, OwnerPerson = "zorgcoördinator", OwnerUserId = seed.Researcher, Status = ActionStatus.Proposed, DueDate = new DateOnly(2026, 12, 1) };
            var action = await new ActionStore(db, clock).CreateAsync(seed.StudyId, input,
                [new ActionMotivation { Kind = MotivationKind.Gap, FromOrganizationId = seed.School, ToOrganizationId = seed.Rmc }, new ActionMotivation { Kind = MotivationKind.Step, StepId = seed.Step1 }],
                null, seed.Coordinator, CancellationToken.None);
            actionId = action.Id;
        }

        foreach (var (status, days) in new[] { (ActionStatus.Agreed, 7), (ActionStatus.InProgress, 14), (ActionStatus.InProgress, 15), (ActionStatus.Realised, 30) })
        {
            clock.Advance(TimeSpan.FromDays(days) - (clock.GetUtcNow() - Start));
            await using var db = database.CreateContext();
            var input = new ActionInput { Title = "Warme overdracht school → RMC", OwnerOrganizationId = seed.School, OwnerPerson = "zorgcoördinator", Status = status, DueDate = new DateOnly(2026, 12, 1) };
            (await new ActionStore(db, clock).UpdateAsync(seed.StudyId, actionId, input, $"dag {days}", seed.Coordinator, CancellationToken.None)).ShouldNotBeNull();
        }

        await using var check = database.CreateContext();
        var stored = await new ActionStore(check, clock).GetAsync(seed.StudyId, actionId, CancellationToken.None);
        stored!.Status.ShouldBe(ActionStatus.Realised);
        var history = stored.History.OrderBy(h => h.At).ToList();
        history.Select(h => (h.From, h.To)).ShouldBe(
        [
            (null, ActionStatus.Proposed),
            (ActionStatus.Proposed, ActionStatus.Agreed),
            (ActionStatus.Agreed, ActionStatus.InProgress),
            (ActionStatus.InProgress, ActionStatus.Realised),
        ], "setting the same status again (day 15) adds nothing");
        history[3].At.ShouldBe(Start.AddDays(30));
        history[3].Note.ShouldBe("dag 30");
        stored.Motivations.Count.ShouldBe(2);
        stored.OwnerUserId.ShouldBeNull("the last edit left the account out");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task BadInput_IsRefusedWithDutchMessages_AndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var seed = await ImprovementSeed.AddAsync(db);
        var other = await ImprovementSeed.AddAsync(db, "Ander onderzoek");
        var store = new ActionStore(db, clock);

        var noTitle = await Should.ThrowAsync<InputRejectedException>(() => store.CreateAsync(seed.StudyId, new ActionInput { Title = "" }, [], null, null, CancellationToken.None));
        noTitle.Errors.Single().Message.ShouldBe("Geef de actie een titel.");

        var outside = await Should.ThrowAsync<InputRejectedException>(() => store.CreateAsync(seed.StudyId,
            new ActionInput { Title = "x", OwnerOrganizationId = other.School, NextReviewDate = new DateOnly(2026, 11, 1) }, [], null, null, CancellationToken.None));
        outside.Errors.Select(e => e.Location).ShouldBe(["OwnerOrganizationId", "NextReviewDate"], ignoreOrder: true);

        var foreignStep = await Should.ThrowAsync<InputRejectedException>(() => store.CreateAsync(seed.StudyId,
            new ActionInput { Title = "x" }, [new ActionMotivation { Kind = MotivationKind.Step, StepId = other.Step1 }], null, null, CancellationToken.None));
        foreignStep.Errors.Single().Location.ShouldBe("Motivation");

        (await db.ImprovementActions.CountAsync()).ShouldBe(0);
        (await db.ActionStatusChanges.CountAsync()).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ReviewMeeting_RecordsDecisions_ReviewDates_AndStatusWithTheMeeting(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var seed = await ImprovementSeed.AddAsync(db);
        var store = new ActionStore(db, clock);
        var a = await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Eén contactpersoon", OwnerOrganizationId = seed.Rmc, OwnerPerson = "teamleider", Status = ActionStatus.Agreed }, [], null, null, CancellationToken.None);
        var b = await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Wachtlijst delen", OwnerOrganizationId = seed.School, OwnerPerson = "mentor", Status = ActionStatus.Proposed }, [], null, null, CancellationToken.None);

        // Six weeks + 1 day later both are past the default cadence of 42 days.
        clock.Advance(TimeSpan.FromDays(43));
        (await ActionsNeedingReview(db, seed.StudyId, clock)).ShouldBe(2);

        var meetings = new ReviewMeetingStore(db, clock);
        var future = await Should.ThrowAsync<InputRejectedException>(() => meetings.RecordAsync(seed.StudyId, new DateOnly(2026, 12, 20), "werkgroep", null,
            [new DecisionInput(a.Id, "door", null, null)], seed.Coordinator, CancellationToken.None));
        future.Errors.Single().Location.ShouldBe("HeldOn");

        await meetings.RecordAsync(seed.StudyId, new DateOnly(2026, 12, 14), "School, RMC, gemeente", "goed overleg",
            [new DecisionInput(a.Id, "Start in januari", ActionStatus.InProgress, new DateOnly(2027, 1, 15)), new DecisionInput(b.Id, "Afgesproken met de mentoren", ActionStatus.Agreed, null)],
            seed.Coordinator, CancellationToken.None);

        await using var check = database.CreateContext();
        (await ActionsNeedingReview(check, seed.StudyId, clock)).ShouldBe(0);
        var stored = await new ActionStore(check, clock).GetAsync(seed.StudyId, a.Id, CancellationToken.None);
        stored!.LastReviewedOn.ShouldBe(new DateOnly(2026, 12, 14));
        stored.NextReviewDate.ShouldBe(new DateOnly(2027, 1, 15));
        var last = stored.History.OrderBy(h => h.At).Last();
        (last.From, last.To, last.Note).ShouldBe((ActionStatus.Agreed, ActionStatus.InProgress, "Start in januari"));
        last.ReviewMeetingId.ShouldNotBeNull();
        (await check.ReviewDecisions.CountAsync(d => d.ReviewMeetingId == last.ReviewMeetingId)).ShouldBe(2);
    }

    private static async Task<int> ActionsNeedingReview(InBeeld.Data.InBeeldDbContext db, Guid studyId, TimeProvider clock)
    {
        var today = ActionMonitor.Today(clock);
        var actions = await new ActionStore(db, clock).ListAsync(studyId, CancellationToken.None);
        return actions.Count(x => ActionMonitor.Assess(x, today, null).NotReviewed);
    }
}
