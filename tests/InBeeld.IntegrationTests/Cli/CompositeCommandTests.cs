using System.Text.Json;
using System.Xml.Linq;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Demo;
using InBeeld.Data.Accounts;
using InBeeld.Data.Interchange;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Maps;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Cli;

public sealed class CompositeCommandTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly string _folder = Directory.CreateTempSubdirectory("inbeeld-composite-").FullName;

    private static async Task<TestDatabase> DemoAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        await new StudyImporter(db, TimeProvider.System).ImportAsync(DemoStudy.Create(), null, CancellationToken.None);
        return database;
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Cluster_PrintsTheGroupsAndTheReason_AndSavesOnlyWhenAsked(DatabaseProvider provider)
    {
        await using var database = await DemoAsync(provider);
        var cli = new CliRunner(database);

        var text = await cli.RunAsync("cluster", "Jongeren", "--k", "4");
        text.ExitCode.ShouldBe(0, text.ToString());
        text.Output.ShouldContain("4 groepen, zoals gevraagd");
        text.Output.ShouldContain("Groep 1:");
        text.Output.ShouldContain("ACH-");
        (await database.CreateContext().JourneyGroupings.AnyAsync()).ShouldBeFalse();

        var json = await cli.RunAsync("cluster", "Jongeren", "--format", "json", "--save");
        json.ExitCode.ShouldBe(0, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        root.GetProperty("format").GetString().ShouldBe("inbeeld-grouping");
        root.GetProperty("kChosen").GetBoolean().ShouldBeTrue();
        root.GetProperty("candidates").GetArrayLength().ShouldBe(9); // k = 2 … 10
        var k = root.GetProperty("k").GetInt32();
        root.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("size").GetInt32()).ShouldBe(36);
        json.Error.ShouldContain($"{k} groepen opgeslagen");
        await using (var db = database.CreateContext())
        {
            (await db.JourneyGroups.CountAsync()).ShouldBe(k);
            (await db.AuditEntries.CountAsync(a => a.Action == AuditActions.Change && a.ObjectType == "JourneyGrouping")).ShouldBe(1);
        }

        // Saving over a grouping needs --replace; nothing changes without it.
        var refused = await cli.RunAsync("cluster", "Jongeren", "--k", "2", "--save");
        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("--replace");
        (await database.CreateContext().JourneyGroups.CountAsync()).ShouldBe(k);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Cluster_RefusesBadInput_WithADutchMessage(DatabaseProvider provider)
    {
        await using var database = await DemoAsync(provider);
        var cli = new CliRunner(database);

        var k = await cli.RunAsync("cluster", "Jongeren", "--k", "0");
        k.ExitCode.ShouldBe(2);
        k.Error.ShouldContain("--k 0 kan niet");
        var attribute = await cli.RunAsync("cluster", "Jongeren", "--attribute", "schoenmaat");
        attribute.ExitCode.ShouldBe(1);
        attribute.Error.ShouldContain("Kenmerk 'schoenmaat' bestaat niet");
        var format = await cli.RunAsync("cluster", "Jongeren", "--format", "xml");
        format.ExitCode.ShouldBe(2);
        format.Error.ShouldContain("Onbekend formaat 'xml'");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Composite_WritesTheGroupsMapAsSvgAndPdf(DatabaseProvider provider)
    {
        await using var database = await DemoAsync(provider);
        var cli = new CliRunner(database);
        (await cli.RunAsync("cluster", "Jongeren", "--k", "3", "--save")).ExitCode.ShouldBe(0);

        var missing = await cli.RunAsync("composite", "Jongeren", "1", "-o", Path.Combine(_folder, "x.svg"));
        missing.ExitCode.ShouldBe(1);
        missing.Error.ShouldContain("--build");
        File.Exists(Path.Combine(_folder, "x.svg")).ShouldBeFalse();

        var path = Path.Combine(_folder, "groep-1.svg");
        var svg = await cli.RunAsync("composite", "Jongeren", "1", "--format", "svg", "-o", path, "--build");
        svg.ExitCode.ShouldBe(0, svg.ToString());
        var root = XDocument.Load(path).Root!;
        root.Descendants().Count(e => (string?)e.Attribute("class") == "card").ShouldBeGreaterThan(0);
        string groupName;
        await using (var db = database.CreateContext())
        {
            groupName = await db.JourneyGroups.Where(g => g.Number == 1).Select(g => g.Name).SingleAsync();
            (await db.CompositeJourneys.CountAsync()).ShouldBe(1);
        }

        root.Element(Svg + "title")!.Value.ShouldContain(groupName);

        var pdf = Path.Combine(_folder, "groep-1.pdf");
        var byName = await cli.RunAsync("composite", "Jongeren", groupName.ToUpperInvariant(), "--format", "pdf", "-o", pdf);
        byName.ExitCode.ShouldBe(0, byName.ToString());
        Poppler.Info(pdf)["Page size"].ShouldBe("1190.55 x 841.89 pts (A3)");

        var unknown = await cli.RunAsync("composite", "Jongeren", "99", "-o", Path.Combine(_folder, "y.svg"));
        unknown.ExitCode.ShouldBe(1);
        unknown.Error.ShouldContain("Groep '99' niet gevonden");
        (await database.CreateContext().AuditEntries.CountAsync(a => a.Action == AuditActions.Export && a.ObjectType == "CompositeJourney")).ShouldBe(2);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ChainPartner_MayDrawAComposite_ButNotGroupInterviews(DatabaseProvider provider)
    {
        await using var database = await DemoAsync(provider);
        var cli = new CliRunner(database);
        (await cli.RunAsync("cluster", "Jongeren", "--k", "3", "--save")).ExitCode.ShouldBe(0);
        (await cli.RunAsync("composite", "Jongeren", "1", "--build", "-o", Path.Combine(_folder, "a.svg"))).ExitCode.ShouldBe(0);
        await using (var db = database.CreateContext())
        {
            await using var accounts = new StandaloneAccounts(db, TimeProvider.System);
            var (partner, _) = await accounts.Creator.CreateAsync(new NewAccount("cli-ketenpartner", "Ketenpartner", false, Web.TestAccounts.Password, false));
            var study = await db.Studies.SingleAsync();
            var organization = await db.Organizations.Where(o => o.StudyId == study.Id).Select(o => o.Id).FirstAsync();
            db.StudyMembers.Add(new StudyMember { StudyId = study.Id, UserId = partner!.Id, Role = StudyRole.ChainPartner, OrganizationId = organization, AddedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var cluster = await cli.RunAsync("cluster", "Jongeren", "--user", "cli-ketenpartner");
        cluster.ExitCode.ShouldBe(1);
        cluster.Error.ShouldContain("ketenpartner");
        var map = await cli.RunAsync("composite", "Jongeren", "1", "--user", "cli-ketenpartner");
        map.ExitCode.ShouldBe(0, map.ToString());
        map.Output.ShouldStartWith("<?xml");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
