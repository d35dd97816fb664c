using System.Globalization;
using InBeeld.Core.Actions;
using InBeeld.Data.Actions;
using InBeeld.Data.Calendar;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Improvement;

public sealed class CalendarFeedTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public CalendarFeedTests() => CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");

    [Theory, ClassData(typeof(Providers))]
    public async Task Token_OpensOnlyItsOwnFeed_AndRenewingRevokesTheOld(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var seed = await ImprovementSeed.AddAsync(db);
        var feeds = new CalendarFeedService(db, clock);

        var token = await feeds.RenewAsync(seed.Researcher, CancellationToken.None);
        (await feeds.IsValidAsync(seed.Researcher, token, CancellationToken.None)).ShouldBeTrue();
        (await feeds.IsValidAsync(seed.Coordinator, token, CancellationToken.None)).ShouldBeFalse("another user's feed");
        var renewed = await feeds.RenewAsync(seed.Researcher, CancellationToken.None);
        renewed.ShouldNotBe(token);
        (await feeds.IsValidAsync(seed.Researcher, token, CancellationToken.None)).ShouldBeFalse();
        (await feeds.IsValidAsync(seed.Researcher, renewed, CancellationToken.None)).ShouldBeTrue();
        (await db.CalendarFeeds.FindAsync(seed.Researcher))!.TokenHash.ShouldNotContain(renewed);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Feed_HasTheOwnersDates_AndTheCoordinatorsReviewDays(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var seed = await ImprovementSeed.AddAsync(db);
        var store = new ActionStore(db, clock);
        var mine = await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Warme overdracht", OwnerOrganizationId = seed.School, OwnerUserId = seed.Researcher, Status = ActionStatus.Agreed, DueDate = new DateOnly(2026, 12, 1), NextReviewDate = new DateOnly(2026, 11, 16) }, [], null, null, CancellationToken.None);
        await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Klaar", OwnerUserId = seed.Researcher, Status = ActionStatus.Realised, DueDate = new DateOnly(2026, 12, 2) }, [], null, null, CancellationToken.None);

        var researcher = await new CalendarFeedService(db, clock).WriteAsync(seed.Researcher, (s, a) => $"https://inbeeld.example/studies/{s}/actions/{a}", CancellationToken.None);
        researcher.ShouldContain("DTSTART;VALUE=DATE:20261201");
        researcher.ShouldContain("SUMMARY:Streefdatum: Warme overdracht");
        researcher.ShouldContain("DTSTART;VALUE=DATE:20261116");
        researcher.ShouldNotContain("Klaar", customMessage: "closed actions are not in the feed");
        researcher.ShouldContain($"UID:{mine.Id:N}-due@inbeeld");

        var coordinator = await new CalendarFeedService(db, clock).WriteAsync(seed.Coordinator, (s, a) => "x", CancellationToken.None);
        coordinator.ShouldNotContain("Streefdatum", customMessage: "the coordinator does not own it");
        // The planned review (16 November) comes before the cadence (2 Nov + 42 = 14 December).
        coordinator.ShouldContain("SUMMARY:Bespreken volgens ritme: Warme overdracht");
        coordinator.ShouldContain("DTSTART;VALUE=DATE:20261116");
    }
}
