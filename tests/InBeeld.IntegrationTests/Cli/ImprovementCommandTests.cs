using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Data.Actions;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Improvement;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Maps;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Cli;

/// <summary><c>inbeeld actions</c> and <c>inbeeld plan</c> on a seeded study; the CLI's clock stands at 17 March 2026.</summary>
public sealed class ImprovementCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inbeeld-plan-").FullName;

    private static async Task<(TestDatabase Database, CliRunner Cli)> SeedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var cli = new CliRunner(database);
        (await cli.RunAsync("studies", "list")).ExitCode.ShouldBe(0, "creates the CLI account");
        await using var db = database.CreateContext();
        var seed = await ImprovementSeed.AddAsync(db, "Verzuim");
        var user = await db.Users.SingleAsync(u => u.UserName == CliRunner.UserName);
        db.StudyMembers.Add(new StudyMember { StudyId = seed.StudyId, UserId = user.Id, Role = StudyRole.Researcher });
        await db.SaveChangesAsync();

        // Made on 1 March 2026: one due 10 March (7 days overdue on the 17th), one due 1 April, one done.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var store = new ActionStore(db, clock);
        await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Warme overdracht", OwnerOrganizationId = seed.School, OwnerPerson = "mentor", Status = ActionStatus.Agreed, DueDate = new DateOnly(2026, 3, 10) },
            [new ActionMotivation { Kind = MotivationKind.Gap, FromOrganizationId = seed.School, ToOrganizationId = seed.Rmc }], null, null, CancellationToken.None);
        await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Eén contactpersoon", OwnerOrganizationId = seed.Rmc, Status = ActionStatus.Proposed, DueDate = new DateOnly(2026, 4, 1) }, [], null, null, CancellationToken.None);
        await store.CreateAsync(seed.StudyId, new ActionInput { Title = "Folder vernieuwd", OwnerOrganizationId = seed.Rmc, OwnerPerson = "communicatie", Status = ActionStatus.Realised }, [], null, null, CancellationToken.None);
        return (database, cli);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Actions_Overdue_AsJson(DatabaseProvider provider)
    {
        var (database, cli) = await SeedAsync(provider);
        await using var _ = database;

        var result = await cli.RunAsync("actions", "Verzuim", "--overdue", "--format", "json");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("today").GetString().ShouldBe("2026-03-17");
        var actions = json.RootElement.GetProperty("actions").EnumerateArray().ToList();
        actions.Select(a => a.GetProperty("title").GetString()).ShouldBe(["Warme overdracht"]);
        actions[0].GetProperty("daysOverdue").GetInt32().ShouldBe(7);
        actions[0].GetProperty("motivations")[0].GetString().ShouldBe("Overdracht School → RMC");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Actions_AsText_OpenOnlyUnlessAll(DatabaseProvider provider)
    {
        var (database, cli) = await SeedAsync(provider);
        await using var _ = database;

        var open = await cli.RunAsync("actions", "Verzuim");
        open.ExitCode.ShouldBe(0, open.ToString());
        open.Output.ShouldContain("Verzuim, stand van 17-3-2026: 2 acties");
        open.Output.ShouldContain("- Warme overdracht · School, mentor · afgesproken · streefdatum 10-3-2026");
        open.Output.ShouldContain("    ! te laat (7 dagen)");
        open.Output.ShouldContain("- Eén contactpersoon · RMC · voorgesteld · streefdatum 1-4-2026");
        open.Output.ShouldNotContain("Folder vernieuwd");

        (await cli.RunAsync("actions", "Verzuim", "--all")).Output.ShouldContain("Folder vernieuwd");
        var bad = await cli.RunAsync("actions", "Verzuim", "--format", "xml");
        bad.ExitCode.ShouldBe(2);
        bad.Error.ShouldContain("Onbekend formaat \"xml\"");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Plan_AsPdfAndXlsx(DatabaseProvider provider)
    {
        var (database, cli) = await SeedAsync(provider);
        await using var _ = database;
        var pdf = Path.Combine(_folder, $"plan-{provider}.pdf");
        var xlsx = Path.Combine(_folder, $"plan-{provider}.xlsx");

        var pdfResult = await cli.RunAsync("plan", "Verzuim", "-o", pdf);
        pdfResult.ExitCode.ShouldBe(0, pdfResult.ToString());
        pdfResult.Output.ShouldBe($"Plan met 3 acties geschreven naar {pdf}.\n");
        var text = Poppler.Text(pdf);
        text.ShouldContain("Integraal plan: Verzuim");
        text.ShouldContain("Per organisatie");
        text.ShouldContain("Langs de klantreis");
        text.ShouldContain("Overdracht School → RMC");

        (await cli.RunAsync("plan", "Verzuim", "--format", "xlsx", "-o", xlsx)).ExitCode.ShouldBe(0);
        using var workbook = SpreadsheetDocument.Open(xlsx, false);
        workbook.WorkbookPart!.WorksheetParts.Count().ShouldBe(2);

        var wrong = await cli.RunAsync("plan", "Verzuim", "-o", Path.Combine(_folder, "plan.docx"));
        wrong.ExitCode.ShouldBe(2);
        File.Exists(Path.Combine(_folder, "plan.docx")).ShouldBeFalse();
        await using var db = database.CreateContext();
        (await db.AuditEntries.CountAsync(e => e.Action == "export" && e.ObjectType == "Plan")).ShouldBe(2);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
