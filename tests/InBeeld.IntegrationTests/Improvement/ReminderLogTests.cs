using System.Globalization;
using InBeeld.Core.Actions;
using InBeeld.Data;
using InBeeld.Data.Actions;
using InBeeld.Data.Reminders;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using InBeeld.Web.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InBeeld.IntegrationTests.Improvement;

/// <summary>
/// The reminder log: at most one digest per account and Dutch calendar day, a refused send is sent by
/// the next run that day, the next day sends again, and the coordinator sees when the last one went out.
/// </summary>
public sealed class ReminderLogTests
{
    // Monday 2 November 2026, 07:00 in Amsterdam (UTC+1); the action below is due the same day a week later.
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);

    public ReminderLogTests() => CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");

    [Theory, ClassData(typeof(Providers))]
    public async Task TwoRunsOnOneDay_SendOneMail(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = new FakeSmtpServer();
        var clock = new ManualTimeProvider(Start);
        var researcher = await SeedAsync(database, clock);

        var first = await RunAsync(database, smtp, clock);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await RunAsync(database, smtp, clock);

        first.ShouldBe(new ReminderRunResult(Sent: 1, Failed: 0, Skipped: 0));
        second.ShouldBe(new ReminderRunResult(Sent: 0, Failed: 0, Skipped: 1));
        smtp.Messages.Count.ShouldBe(1);
        await using var db = database.CreateContext();
        var row = await db.ReminderDeliveries.SingleAsync();
        (row.UserId, row.Day, row.Attempts, row.SentAt, row.Failure).ShouldBe((researcher, new DateOnly(2026, 11, 2), 1, (DateTimeOffset?)Start, (string?)null));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task RefusedSend_IsSentByTheNextRunThatDay(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = new FakeSmtpServer { RefuseNext = 1 };
        var clock = new ManualTimeProvider(Start);
        await SeedAsync(database, clock);

        var first = await RunAsync(database, smtp, clock);
        first.ShouldBe(new ReminderRunResult(Sent: 0, Failed: 1, Skipped: 0));
        smtp.Messages.ShouldBeEmpty();
        await using (var db = database.CreateContext())
        {
            var failed = await db.ReminderDeliveries.SingleAsync();
            failed.SentAt.ShouldBeNull();
            failed.Failure.ShouldNotBeNull().ShouldStartWith("SMTP 451");
        }

        clock.Advance(TimeSpan.FromMinutes(30));
        var retry = await RunAsync(database, smtp, clock);

        retry.ShouldBe(new ReminderRunResult(Sent: 1, Failed: 0, Skipped: 0));
        smtp.Messages.Count.ShouldBe(1);
        await using var check = database.CreateContext();
        var row = await check.ReminderDeliveries.SingleAsync();
        (row.Attempts, row.SentAt, row.Failure).ShouldBe((2, (DateTimeOffset?)Start.AddMinutes(30), (string?)null));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task NextDay_SendsAgain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = new FakeSmtpServer();
        var clock = new ManualTimeProvider(Start);
        await SeedAsync(database, clock);

        await RunAsync(database, smtp, clock);
        clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await RunAsync(database, smtp, clock);

        nextDay.Sent.ShouldBe(1);
        smtp.Messages.Count.ShouldBe(2);
        await using var db = database.CreateContext();
        (await db.ReminderDeliveries.OrderBy(d => d.Day).Select(d => d.Day).ToListAsync())
            .ShouldBe([new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3)]);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Claim_WaitsForAnAttemptInProgress_UntilItIsStale(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        var user = await SeedAsync(database, clock);
        var day = new DateOnly(2026, 11, 2);

        await using var db = database.CreateContext();
        var log = new ReminderLog(db);
        (await log.TryClaimAsync(user, day, Start, CancellationToken.None)).ShouldBeTrue();
        // A second instance at the same moment, and ten minutes on: the first may still be sending.
        await using var other = database.CreateContext();
        (await new ReminderLog(other).TryClaimAsync(user, day, Start, CancellationToken.None)).ShouldBeFalse();
        (await new ReminderLog(other).TryClaimAsync(user, day, Start.AddMinutes(10), CancellationToken.None)).ShouldBeFalse();
        // Past the stale limit the attempt is taken for dead, and only one run gets it.
        (await new ReminderLog(other).TryClaimAsync(user, day, Start.AddMinutes(16), CancellationToken.None)).ShouldBeTrue();
        (await log.TryClaimAsync(user, day, Start.AddMinutes(16), CancellationToken.None)).ShouldBeFalse();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AttentionPage_ShowsWhenTheLastDigestWentOut_AndWhatFails(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await Scenario.CreateStudyWithVocabularyAsync(app.Browser);
        var before = await app.GetAsync($"/studies/{study}/actions/attention");
        var status = before.QuerySelector("[data-testid='reminder-status']")!.TextContent;
        status.ShouldContain("Herinneringsmails staan uit");

        await using (var db = app.CreateContext())
        {
            // 13 November 07:00 UTC is 08:00 in Amsterdam; the next day one send failed twice, last at 08:30 Dutch time.
            db.ReminderDeliveries.AddRange(
                new ReminderDelivery { UserId = app.Account!.Id, Day = new DateOnly(2026, 11, 13), AttemptedAt = new DateTimeOffset(2026, 11, 13, 7, 0, 0, TimeSpan.Zero), Attempts = 1, SentAt = new DateTimeOffset(2026, 11, 13, 7, 0, 5, TimeSpan.Zero) },
                new ReminderDelivery { UserId = app.Account!.Id, Day = new DateOnly(2026, 11, 14), AttemptedAt = new DateTimeOffset(2026, 11, 14, 7, 30, 0, TimeSpan.Zero), Attempts = 2, Failure = "SMTP 451 (LocalErrorInProcessing)" });
            await db.SaveChangesAsync();
        }

        var after = await app.GetAsync($"/studies/{study}/actions/attention");
        status = after.QuerySelector("[data-testid='reminder-status']")!.TextContent;
        status.ShouldContain("De laatste herinneringsmail aan een lid van dit onderzoek is verstuurd op 13-11-2026 08:00.");
        status.ShouldContain("Op 14-11-2026 is het versturen van 1 herinneringsmail(s) mislukt, het laatst om 08:30 (SMTP 451 (LocalErrorInProcessing)).");
    }

    [Fact]
    public void Job_CatchesUpAfterTheHour_SoARestartDoesNotSkipADay()
    {
        ReminderJob.HasRunHourPassed(new DateTimeOffset(2026, 11, 22, 5, 59, 0, TimeSpan.Zero), 6).ShouldBeFalse();
        ReminderJob.HasRunHourPassed(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero), 6).ShouldBeTrue();
        // 08:30 in Amsterdam is 07:30 UTC: past a 06:00 UTC run.
        ReminderJob.HasRunHourPassed(new DateTimeOffset(2026, 11, 22, 8, 30, 0, TimeSpan.FromHours(1)), 6).ShouldBeTrue();
    }

    /// <summary>A researcher with an address who owns an action due in seven days: one line in each day's digest.</summary>
    private static async Task<Guid> SeedAsync(TestDatabase database, TimeProvider clock)
    {
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var seed = await ImprovementSeed.AddAsync(db, "Verzuim");
        await db.Users.Where(u => u.Id == seed.Researcher).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "onderzoeker@gemeente.test"));
        await new ActionStore(db, clock).CreateAsync(seed.StudyId,
            new ActionInput { Title = "Warme overdracht", OwnerOrganizationId = seed.School, OwnerUserId = seed.Researcher, Status = ActionStatus.Agreed, DueDate = new DateOnly(2026, 11, 9) },
            [], null, null, CancellationToken.None);
        return seed.Researcher;
    }

    private static async Task<ReminderRunResult> RunAsync(TestDatabase database, FakeSmtpServer smtp, TimeProvider clock)
    {
        await using var db = database.CreateContext();
        var sender = new SmtpReminderSender(Options.Create(new ReminderOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, UseTls = false, From = "inbeeld@gemeente.test" }));
        var run = new ReminderRun(new ReminderDigest(db, clock), new ReminderLog(db), sender, clock, NullLogger<ReminderRun>.Instance);
        return await run.RunAsync(study => $"https://inbeeld.test/studies/{study}/actions/attention", CancellationToken.None);
    }
}
