using System.Globalization;
using InBeeld.Core.Actions;
using InBeeld.Core.DesiredJourneys;
using InBeeld.Core.Interviews;
using InBeeld.Core.Validation;
using InBeeld.Data.Actions;
using InBeeld.Data.DesiredJourneys;
using InBeeld.Data.Privacy;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Improvement;

public sealed class DesiredJourneyStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public DesiredJourneyStoreTests() => CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");

    [Theory, ClassData(typeof(Providers))]
    public async Task CopyOfAnInterview_ThenChanged_AddedAndRemovedSteps(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        ImprovementSeed seed;
        Guid journeyId;
        await using (var db = database.CreateContext())
        {
            await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
            seed = await ImprovementSeed.AddAsync(db);
            var store = new DesiredJourneyStore(db, clock);
            var refused = await Should.ThrowAsync<InputRejectedException>(() => store.CreateFromInterviewAsync(seed.StudyId, seed.NoConsentInterview, "Gewenst", null, CancellationToken.None));
            refused.Errors.Single().Message.ShouldContain("geen toestemming");

            var journey = await store.CreateFromInterviewAsync(seed.StudyId, seed.Interview, "Gewenst: VZ-01", seed.Coordinator, CancellationToken.None);
            journeyId = journey.Id;
            var first = journey.Steps.Single(s => s.Order == 0);
            (await store.UpdateStepAsync(seed.StudyId, journeyId, first.Id, new DesiredStepInput
            {
                Description = "Mentor meldt verzuim, RMC belt binnen een week",
                PhaseId = seed.Melden, OrganizationId = seed.School, Handover = HandoverKind.Warm, WaitingDays = 7, TargetExperience = 1,
            }, CancellationToken.None)).ShouldBeTrue();
            await store.AddStepAsync(seed.StudyId, journeyId, first.Id, new DesiredStepInput { Description = "Vaste contactpersoon RMC", OrganizationId = seed.Rmc, PhaseId = seed.Hulp, TargetExperience = 2 }, CancellationToken.None);
            var second = journey.Steps.Single(s => s.SourceStepId == seed.Step2);
            await store.RemoveStepAsync(seed.StudyId, journeyId, second.Id, restore: false, CancellationToken.None);

            var bad = await Should.ThrowAsync<InputRejectedException>(() => store.UpdateStepAsync(seed.StudyId, journeyId, first.Id,
                new DesiredStepInput { Description = "x", TargetExperience = 5, OrganizationId = Guid.NewGuid() }, CancellationToken.None));
            bad.Errors.Select(e => e.Location).ShouldBe(["OrganizationId", "TargetExperience"], ignoreOrder: true);
        }

        await using var check = database.CreateContext();
        var stored = await new DesiredJourneyStore(check, clock).GetAsync(seed.StudyId, journeyId, CancellationToken.None);
        var steps = stored!.Steps.OrderBy(s => s.Order).ToList();
        steps.Select(s => s.Change).ShouldBe([StepChange.Changed, StepChange.Added, StepChange.Removed]);
        steps[0].Description.ShouldBe("Mentor meldt verzuim, RMC belt binnen een week", "the bad edit changed nothing");
        (steps[0].CurrentHandover, steps[0].Handover, steps[0].CurrentExperience, steps[0].TargetExperience).ShouldBe((HandoverKind.Cold, HandoverKind.Warm, -1, 1));
        steps[2].CurrentDescription.ShouldBe("RMC belt na zes weken");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ErasingTheParticipant_RemovesJourneysCopiedFromThem_ButKeepsTheActions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var seed = await ImprovementSeed.AddAsync(db);
        var journey = await new DesiredJourneyStore(db, clock).CreateFromInterviewAsync(seed.StudyId, seed.Interview, "Gewenst", null, CancellationToken.None);
        var action = await new ActionStore(db, clock).CreateAsync(seed.StudyId, new ActionInput { Title = "Warm", OwnerOrganizationId = seed.School },
        [
            new ActionMotivation { Kind = MotivationKind.DesiredStep, DesiredStepId = journey.Steps[0].Id },
            new ActionMotivation { Kind = MotivationKind.Quote, QuoteId = seed.Quote },
            new ActionMotivation { Kind = MotivationKind.Gap, FromOrganizationId = seed.School, ToOrganizationId = seed.Rmc },
        ], journey.Id, null, CancellationToken.None);
        db.ChangeTracker.Clear();

        await new ParticipantEraser(db, [new ImprovementErasure()]).EraseAsync(seed.StudyId, seed.Participant, CancellationToken.None);

        db.ChangeTracker.Clear();
        (await db.DesiredJourneys.CountAsync()).ShouldBe(0);
        (await db.DesiredSteps.CountAsync()).ShouldBe(0);
        var kept = await db.ImprovementActions.Include(a => a.Motivations).SingleAsync(a => a.Id == action.Id);
        kept.DesiredJourneyId.ShouldBeNull();
        kept.Motivations.Select(m => m.Kind).ShouldBe([MotivationKind.Gap]);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Plan_GroupsByOrganisation_AndAlongTheJourney_WithoutInterviewText(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var seed = await ImprovementSeed.AddAsync(db);
        var store = new ActionStore(db, clock);
        await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Warme overdracht", OwnerOrganizationId = seed.School, OwnerPerson = "mentor", DueDate = new DateOnly(2026, 11, 20) },
            [new ActionMotivation { Kind = MotivationKind.Step, StepId = seed.Step2 }, new ActionMotivation { Kind = MotivationKind.Gap, FromOrganizationId = seed.School, ToOrganizationId = seed.Rmc }], null, null, CancellationToken.None);
        await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Patroon oppakken" },
            [new ActionMotivation { Kind = MotivationKind.Pattern, Pattern = "Verhaal opnieuw vertellen: 7 van 12 interviews" }], null, null, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(20));

        var plan = await new PlanQuery(db, clock).GetAsync(seed.StudyId, CancellationToken.None);

        plan!.ByOrganization.Select(g => g.Heading).ShouldBe(["School", "Nog zonder eigenaar"]);
        var warm = plan.ByOrganization[0].Actions.Single();
        warm.Signals.DaysOverdue.ShouldBe(2, "due 20 November, today 22 November");
        warm.Motivations.ShouldBe(["Stap: Hulp · RMC", "Overdracht School → RMC"]);
        plan.ByStep.Select(g => g.Heading).ShouldBe(["Hulp · RMC", "Overdracht School → RMC", "Niet aan een stap gekoppeld"]);
        plan.ByOrganization.SelectMany(g => g.Actions).SelectMany(a => a.Motivations).ShouldNotContain(m => m.Contains("RMC belt na zes weken"));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Retention_ClearsCopiedWords_KeepsTheGroupsOwn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var seed = await ImprovementSeed.AddAsync(db);
        await db.Studies.Where(s => s.Id == seed.StudyId).ExecuteUpdateAsync(u => u.SetProperty(s => s.RetentionMonths, 12));
        await db.Interviews.Where(i => i.Id == seed.Interview).ExecuteUpdateAsync(u => u.SetProperty(i => i.Date, new DateOnly(2025, 1, 1)));
        var store = new DesiredJourneyStore(db, clock);
        var journey = await store.CreateFromInterviewAsync(seed.StudyId, seed.Interview, "Gewenst", null, CancellationToken.None);
        var rewritten = journey.Steps.Single(s => s.Order == 0);
        await store.UpdateStepAsync(seed.StudyId, journey.Id, rewritten.Id, new DesiredStepInput { Description = "School en RMC bellen samen", OrganizationId = seed.School, Handover = HandoverKind.Warm }, CancellationToken.None);
        db.ChangeTracker.Clear();

        await new InBeeld.Data.Retention.RetentionService(db).RunAsync(Start, "test", 730, dryRun: false, CancellationToken.None);

        db.ChangeTracker.Clear();
        var steps = await db.DesiredSteps.Where(s => s.DesiredJourneyId == journey.Id).OrderBy(s => s.Order).ToListAsync();
        (steps[0].Description, steps[0].CurrentDescription).ShouldBe(("School en RMC bellen samen", null));
        (steps[1].Description, steps[1].CurrentDescription).ShouldBe(("", null));
        steps[1].CurrentExperience.ShouldBe(-2, "the shape of the route stays, as in the interview");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task CopyOfTheDemosComposite_KeepsItsStepsAndIsAComposite(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        (await InBeeld.Data.Demo.DemoSeeder.SeedIfEmptyAsync(db, new ManualTimeProvider(Start), CancellationToken.None)).ShouldBeTrue();
        var group = await db.JourneyGroups.SingleAsync(g => g.Name == InBeeld.Core.Demo.DemoPersona.GroupName);
        var composite = await db.CompositeJourneys.Include(c => c.Steps).SingleAsync(c => c.GroupId == group.Id);

        var journey = await new DesiredJourneyStore(db, new ManualTimeProvider(Start)).CreateFromCompositeAsync(group.StudyId, group.Id, "Gewenst: Sanne", null, CancellationToken.None);

        journey.SourceKind.ShouldBe(DesiredSourceKind.Composite);
        journey.SourceId.ShouldBe(composite.Id);
        var ordered = composite.Steps.OrderBy(s => s.Order).ToList();
        journey.Steps.OrderBy(s => s.Order).Select(s => (s.SourceStepId, s.OrganizationId, s.CurrentExperience, s.CurrentHandover))
            .ShouldBe(ordered.Select(s => ((Guid?)s.Id, s.OrganizationId, s.Experience, (HandoverKind?)s.Handover)));
        journey.Steps.ShouldAllBe(s => s.Description.Length > 0 && s.Change == StepChange.Unchanged);

        var elsewhere = await Should.ThrowAsync<InputRejectedException>(() => new DesiredJourneyStore(db, new ManualTimeProvider(Start))
            .CreateFromCompositeAsync(Guid.NewGuid(), group.Id, "x", null, CancellationToken.None));
        elsewhere.Errors.Single().Location.ShouldBe("SourceId");
    }
}
