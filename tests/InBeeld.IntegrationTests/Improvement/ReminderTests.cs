using System.Globalization;
using System.Text;
using InBeeld.Core.Actions;
using InBeeld.Data.Actions;
using InBeeld.Data.Reminders;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.Web.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InBeeld.IntegrationTests.Improvement;

public sealed class ReminderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public ReminderTests() => CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");

    [Theory, ClassData(typeof(Providers))]
    public async Task Digest_ToOwnersWithAnAddress_AndCoordinators_OverSmtp(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var seed = await ImprovementSeed.AddAsync(db, "Verzuim");
        await db.Users.Where(u => u.Id == seed.Researcher).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "onderzoeker@gemeente.test"));
        await db.Users.Where(u => u.Id == seed.Coordinator).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "coordinator@gemeente.test"));
        var store = new ActionStore(db, clock);
        await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Warme overdracht", OwnerOrganizationId = seed.School, OwnerUserId = seed.Researcher, Status = ActionStatus.Agreed, DueDate = new DateOnly(2026, 11, 10) }, [], null, null, CancellationToken.None);
        await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Later klaar", OwnerOrganizationId = seed.Rmc, OwnerUserId = seed.Researcher, Status = ActionStatus.Agreed, DueDate = new DateOnly(2026, 12, 31) }, [], null, null, CancellationToken.None);

        // 13 November: the first is 3 days overdue; the second is far off and was made 11 days ago (cadence 42).
        clock.Advance(TimeSpan.FromDays(11));
        var mails = await new ReminderDigest(db, clock).BuildAsync(study => $"https://inbeeld.test/studies/{study}/actions/attention", CancellationToken.None);

        mails.Select(m => m.To).Order().ShouldBe(["coordinator@gemeente.test", "onderzoeker@gemeente.test"]);
        var researcher = mails.Single(m => m.To.StartsWith("onderzoeker", StringComparison.Ordinal));
        researcher.Subject.ShouldBe("InBeeld: je acties op 13-11-2026");
        researcher.Body.ShouldContain("- Warme overdracht: de streefdatum is 3 dagen voorbij. (Verzuim)");
        researcher.Body.ShouldNotContain("Later klaar");
        mails.Single(m => m.To.StartsWith("coordinator", StringComparison.Ordinal)).Body
            .ShouldContain($"In \"Verzuim\" hebben 1 acties aandacht nodig: https://inbeeld.test/studies/{seed.StudyId}/actions/attention");

        await using var smtp = new FakeSmtpServer();
        var sender = new SmtpReminderSender(Options.Create(new ReminderOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, UseTls = false, From = "inbeeld@gemeente.test" }));
        await sender.SendAsync(mails, CancellationToken.None);

        smtp.Messages.Count.ShouldBe(2);
        var received = smtp.Messages.Single(m => m.To.Single() == "<onderzoeker@gemeente.test>");
        received.From.ShouldBe("<inbeeld@gemeente.test>");
        received.Data.ShouldContain("Subject: InBeeld: je acties op 13-11-2026");
        var base64 = received.Data[(received.Data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Replace("\r\n", "", StringComparison.Ordinal);
        Encoding.UTF8.GetString(Convert.FromBase64String(base64)).ShouldContain("Warme overdracht: de streefdatum is 3 dagen voorbij.");
    }

    [Fact]
    public void NextRun_IsTheConfiguredHour_TodayOrTomorrow()
    {
        ReminderJob.UntilNextRun(new DateTimeOffset(2026, 11, 22, 5, 0, 0, TimeSpan.Zero), 6).ShouldBe(TimeSpan.FromHours(1));
        ReminderJob.UntilNextRun(new DateTimeOffset(2026, 11, 22, 7, 30, 0, TimeSpan.Zero), 6).ShouldBe(TimeSpan.FromHours(22.5));
    }
}
