using System.Globalization;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Cli;

public sealed class StudiesCommandTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task CreateListAndShow_WorkOnEachProvider(DatabaseProvider provider)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        await using var database = await TestDatabase.CreateAsync(provider);
        var cli = new CliRunner(database);

        var empty = await cli.RunAsync("studies", "list");
        var created = await cli.RunAsync("studies", "create", "--title", "Overgang vo-mbo", "--target-group", "Jongeren 16-18", "--question", "Waar haken ze af?");
        var generated = await cli.RunAsync("generate", "--interviews", "20", "--seed", "3", "--import");
        var list = await cli.RunAsync("studies", "list");
        var show = await cli.RunAsync("studies", "show", "gegenereerd");

        empty.Output.ShouldStartWith("Er zijn nog geen onderzoeken.");
        created.ExitCode.ShouldBe(0, created.ToString());
        created.Output.ShouldStartWith("Onderzoek 'Overgang vo-mbo' aangemaakt met id ");
        generated.ExitCode.ShouldBe(0, generated.ToString());
        list.Output.ShouldContain("Overgang vo-mbo");
        list.Output.ShouldContain("Gegenereerd onderzoek (20 interviews, seed 3)");
        show.ExitCode.ShouldBe(0, show.ToString());
        show.Output.ShouldStartWith("Gegenereerd onderzoek (20 interviews, seed 3)");
        show.Output.ShouldContain($"18 deelnemers, 20 interviews, {await StepCountAsync(database)} stappen");
        show.Output.ShouldContain("Signaleren");
        show.Output.ShouldContain("Gem. beleving");
        show.Output.ShouldContain("koud");
        await using var db = database.CreateContext();
        var study = await db.Studies.SingleAsync(s => s.Title == "Overgang vo-mbo");
        study.TargetGroup.ShouldBe("Jongeren 16-18");
        study.CentralQuestion.ShouldBe("Waar haken ze af?");
        study.CreatedAt.ShouldBe(Interchange.FixedTimeProvider.Default.GetUtcNow());
    }

    [Fact]
    public async Task StudyArgument_AcceptsIdOrUnambiguousTitlePrefix()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var cli = new CliRunner(database);
        await cli.RunAsync("studies", "create", "--title", "Statushouders Aalten");
        await cli.RunAsync("studies", "create", "--title", "Statushouders Lochem");
        await using var db = database.CreateContext();
        var lochem = await db.Studies.SingleAsync(s => s.Title == "Statushouders Lochem");

        var byId = await cli.RunAsync("studies", "show", lochem.Id.ToString());
        var byPrefix = await cli.RunAsync("studies", "show", "statushouders l");
        var ambiguous = await cli.RunAsync("studies", "show", "Statushouders");
        var unknown = await cli.RunAsync("studies", "show", "Jeugdzorg");

        byId.Output.ShouldStartWith("Statushouders Lochem");
        byPrefix.Output.ShouldStartWith("Statushouders Lochem");
        ambiguous.ExitCode.ShouldBe(1);
        ambiguous.Error.ShouldStartWith("'Statushouders' past bij meer dan één onderzoek; geef het id of een langere titel:");
        ambiguous.Error.ShouldContain(lochem.Id.ToString());
        unknown.ExitCode.ShouldBe(1);
        unknown.Error.Trim().ShouldBe("Geen onderzoek gevonden met id of titel 'Jeugdzorg'. Bekijk de onderzoeken met 'inbeeld studies list'.");
    }

    [Fact]
    public async Task CreateWithoutTitle_IsAUsageError()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await new CliRunner(database).RunAsync("studies", "create");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldStartWith("Onjuist gebruik: ");
        result.Error.ShouldContain("--title");
    }

    private static async Task<int> StepCountAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Steps.CountAsync();
    }
}
