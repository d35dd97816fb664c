using System.Xml.Linq;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Maps;

namespace InBeeld.IntegrationTests.Cli;

public sealed class MapCommandTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly string _folder = Directory.CreateTempSubdirectory("inbeeld-map-").FullName;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Svg_ByParticipantCode_WritesTheMapFile(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await MapSamples.ImportAsync(db);
        }

        var path = Path.Combine(_folder, "kaart.svg");
        var result = await new CliRunner(database).RunAsync("map", "kaarten", "ach-07", "-o", path);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldBe($"Klantreiskaart van ACH-07 (svg) geschreven naar {path}.\n");
        var svg = XDocument.Load(path).Root!;
        svg.Element(Svg + "title")!.Value.ShouldBe("Klantreis van ACH-07 – Kaarten in de Achterhoek");
        svg.Descendants().Where(e => (string?)e.Attribute("class") == "card").Count().ShouldBe(3);
        svg.Descendants().Where(e => e.Attribute("data-lane") is not null)
            .Select(e => (string?)e.Attribute("data-lane")).ShouldBe(["Cliënt", "School", "UWV", "Gemeente"]);
        string.Join(" ", svg.Descendants(Svg + "text").Select(t => t.Value)).ShouldContain("“Ze zei: kijk maar op internet.”");
    }

    [Theory]
    [InlineData("a3", "1190.55 x 841.89 pts (A3)")]
    [InlineData("a4", "841.89 x 595.276 pts (A4)")]
    public async Task Pdf_OnEitherPaper_HoldsTheMapsTextInEveryScript(string paper, string pageSize)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await MapSamples.ImportAsync(db);
        }

        var path = Path.Combine(_folder, $"kaart-{paper}.pdf");
        var result = await new CliRunner(database).RunAsync("map", MapSamples.Title, "ACH-07", "--format", "pdf", "--paper", paper, "-o", path);

        result.ExitCode.ShouldBe(0, result.ToString());
        Poppler.Info(path)["Page size"].ShouldBe(pageSize);
        var text = Poppler.Text(path);
        text.ShouldContain("Klantreis van ACH-07");
        text.ShouldContain(MapSamples.Arabic);
        text.ShouldContain(MapSamples.Tigrinya);
        if (paper == "a4")
        {
            text.ShouldContain("Stappen");
            text.ShouldContain("“Niemand belde terug.”"); // the booklet lists quotes that are not on the map
        }
    }

    [Fact]
    public async Task Mermaid_GoesToStandardOutput_OrToAFileNamedByExtension()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await MapSamples.ImportAsync(db);
        }

        var cli = new CliRunner(database);
        var stdout = await cli.RunAsync("map", "kaarten", "ACH-07", "--format", "mermaid");
        var path = Path.Combine(_folder, "kaart.mmd");
        var file = await cli.RunAsync("map", "kaarten", "ACH-07", "-o", path);

        stdout.ExitCode.ShouldBe(0, stdout.ToString());
        stdout.Output.ShouldStartWith("journey\n    title Klantreis van ACH-07 – Kaarten in de Achterhoek\n    section Oriëntatie\n      Mentor bespreekt wat na het examen komt.: 4: School\n");
        file.ExitCode.ShouldBe(0, file.ToString());
        (await File.ReadAllTextAsync(path)).ShouldBe(stdout.Output);
    }

    [Fact]
    public async Task InterviewWithoutConsent_GetsNoMap()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await MapSamples.ImportAsync(db);
        }

        var path = Path.Combine(_folder, "geen.svg");
        var result = await new CliRunner(database).RunAsync("map", "kaarten", "ACH-08", "-o", path);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldBe("Voor het interview met ACH-08 van 2024-03-15 is geen toestemming vastgelegd. Een klantreiskaart is om te delen, dus die wordt niet gemaakt; leg eerst de toestemming vast.\n");
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public async Task AmbiguousOrUnknownInterview_SaysWhatToGive()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Guid first;
        await using (var db = database.CreateContext())
        {
            await MapSamples.ImportAsync(db);
            first = await MapSamples.InterviewIdAsync(db, "ACH-09");
        }

        var cli = new CliRunner(database);
        var twice = await cli.RunAsync("map", "kaarten", "ACH-09");
        var unknown = await cli.RunAsync("map", "kaarten", "ACH-99");
        var byId = await cli.RunAsync("map", "kaarten", first.ToString(), "--format", "mermaid");

        twice.ExitCode.ShouldBe(1);
        twice.Error.ShouldStartWith("Deelnemer 'ACH-09' heeft meer dan één interview; geef het id:");
        twice.Error.ShouldContain("  2024-04-01");
        twice.Error.ShouldContain("  2024-06-01");
        unknown.ExitCode.ShouldBe(1);
        unknown.Error.ShouldBe("Geen interview gevonden met id of deelnemerscode 'ACH-99' in onderzoek 'Kaarten in de Achterhoek'.\n");
        byId.ExitCode.ShouldBe(0, byId.ToString());
        byId.Output.ShouldContain("gesprek");
    }

    [Theory]
    [InlineData(new[] { "--format", "pdf" }, "Een pdf kan niet naar de standaarduitvoer: geef een bestand met -o, bijvoorbeeld -o kaart.pdf.")]
    [InlineData(new[] { "--format", "png" }, "Onbekend formaat 'png': kies svg, pdf of mermaid.")]
    [InlineData(new[] { "--paper", "a4" }, "--paper geldt alleen voor --format pdf.")]
    [InlineData(new[] { "--format", "pdf", "--paper", "a5", "-o", "x.pdf" }, "Onbekend papierformaat 'a5': kies a3 of a4.")]
    public async Task WrongUsage_ExitsWithTwoAndADutchMessage(string[] options, string message)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var result = await new CliRunner(database).RunAsync(["map", "kaarten", "ACH-07", .. options]);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe(message + "\n");
    }

    [Fact]
    public async Task MissingFonts_NameTheFileAndLeaveNoPdf()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await MapSamples.ImportAsync(db);
        }

        var path = Path.Combine(_folder, "kaart.pdf");
        var result = await new CliRunner(database).RunAsync("map", "kaarten", "ACH-07", "-o", path, "--fonts", _folder);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldBe($"Het lettertype 'NotoSans-Regular.ttf' ontbreekt in de map '{_folder}'. Installeer het Debian-pakket fonts-noto-core (sudo apt-get install fonts-noto-core) of wijs een map met de Noto-lettertypen aan.\n");
        Directory.GetFiles(_folder).ShouldBeEmpty();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
