using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.Json;
using System.Xml.Linq;
using InBeeld.Core.EventLogs.Generation;

namespace InBeeld.IntegrationTests.Cli;

/// <summary><c>inbeeld log …</c> on files only (no database): formats, filters, errors and exit codes.</summary>
public sealed class LogCommandTests : IDisposable
{
    private const string Secret = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private readonly string _folder = Directory.CreateTempSubdirectory("inbeeld-log-").FullName;

    [Fact]
    public async Task Stats_AsJson_CountsTheGeneratedLog()
    {
        var path = GeneratedXes(3000);
        var expectedCases = SyntheticLogGenerator.Cases(new SyntheticLogOptions { Events = 3000 }).Count();

        var result = await CliRunner.RunRawAsync("log", "stats", path, "--format", "json", "--secret", Secret);

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("cases").GetInt32().ShouldBe(expectedCases);
        json.RootElement.GetProperty("events").GetInt32().ShouldBeGreaterThanOrEqualTo(3000);
        json.RootElement.GetProperty("pseudonymKey").GetString().ShouldBe("given");
    }

    [Fact]
    public async Task Stats_AsText_IsDutch()
    {
        var result = await CliRunner.RunRawAsync("log", "stats", Csv());

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("Zaken");
        result.Output.ShouldContain("Gebeurtenissen (activiteiten)");
        result.Output.ShouldContain("willekeurige sleutel");
    }

    [Fact]
    public async Task Dfg_WritesCsvAndSvg()
    {
        var csv = await CliRunner.RunRawAsync("log", "dfg", Csv(), "--format", "csv");
        var svgPath = Path.Combine(_folder, "kaart", "proces.svg");
        var svg = await CliRunner.RunRawAsync("log", "dfg", Csv(), "--format", "svg", "-o", svgPath);

        csv.ExitCode.ShouldBe(0, csv.ToString());
        csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "van;naar;aantal;wachttijd_gemiddeld_s;wachttijd_mediaan_s;wachttijd_p90_s;wachttijd_min_s;wachttijd_max_s",
            "Aanmelding;Intake;2;5400;5400;6840;3600;7200",
            "Intake;Afsluiting;1;86400;86400;86400;86400;86400",
        ]);
        svg.ExitCode.ShouldBe(0, svg.ToString());
        XDocument.Load(svgPath).Root!.Name.LocalName.ShouldBe("svg");
    }

    [Fact]
    public async Task Variants_AndFilters()
    {
        var all = await CliRunner.RunRawAsync("log", "variants", Csv(), "--format", "csv");
        var filtered = await CliRunner.RunRawAsync("log", "variants", Csv(), "--format", "csv", "--where", "organisatie=Gemeente");
        var early = await CliRunner.RunRawAsync("log", "variants", Csv(), "--format", "csv", "--to", "01-03-2024", "--window", "started");

        all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "rang;aantal;aandeel;stappen;route",
            "1;1;0.3333;1;Aanmelding",
            "2;1;0.3333;2;Aanmelding → Intake",
            "3;1;0.3333;3;Aanmelding → Intake → Afsluiting",
        ]);
        filtered.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ShouldBe(["1;1;1.0000;3;Aanmelding → Intake → Afsluiting"]);
        early.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3, early.ToString());
    }

    [Fact]
    public async Task Dropout_CountsCasesWithoutOutcome()
    {
        var result = await CliRunner.RunRawAsync("log", "dropout", Csv(), "--outcome", "Afsluiting", "--outcome", "Afsluting", "--format", "json");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("droppedOut").GetInt32().ShouldBe(2);
        json.RootElement.GetProperty("withOutcome").GetInt32().ShouldBe(1);
        result.Error.ShouldContain("Let op: de uitkomst 'Afsluting' komt als activiteit niet voor in het logboek.");
    }

    [Fact]
    public async Task Preview_ShowsDelimiterAndMapping()
    {
        var result = await CliRunner.RunRawAsync("log", "preview", Csv());

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("Scheidingsteken: puntkomma (;)");
        result.Output.ShouldContain("--case          zaak");
        result.Output.ShouldContain("Nederlands, dag eerst");
    }

    [Theory]
    [InlineData(new[] { "log", "dfg", "FILE", "--format", "pdf" }, "De uitvoer 'pdf' kan hier niet; kies text, json, csv, svg.")]
    [InlineData(new[] { "log", "dropout", "FILE" }, "Geef met --outcome aan welke activiteit(en) als uitkomst tellen")]
    [InlineData(new[] { "log", "stats", "FILE", "--secret", "kort" }, "De sleutel uit --secret is geen hex of base64 van minstens 32 bytes.")]
    [InlineData(new[] { "log", "stats", "FILE", "--where", "kleur" }, "'kleur' is geen filter; schrijf kenmerk=waarde")]
    [InlineData(new[] { "log", "stats", "FILE", "--from", "morgen" }, "'morgen' (--from) is geen datum")]
    public async Task WrongUsage_ExitsWithTwo(string[] args, string message)
    {
        var result = await CliRunner.RunRawAsync([.. args.Select(a => a == "FILE" ? Csv() : a)]);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldStartWith(message);
    }

    [Fact]
    public async Task BadFile_ExitsWithOne_DutchMessageWithLineAndColumn_NoStackTrace()
    {
        var path = Path.Combine(_folder, "fout.csv");
        await File.WriteAllTextAsync(path, "zaak;activiteit;tijdstip\nZ1;A;01-02-2024 10:00\nZ1;B;31-02-2024 10:00\n");

        var result = await CliRunner.RunRawAsync("log", "stats", path);

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldBe("""
            Het logboek kan niet worden gelezen; er is niets ingelezen. Gevonden problemen (1):
              fout.csv, regel 3, kolom 'tijdstip': '31-02-2024 10:00' is geen tijdstip dat InBeeld herkent. Gebruik bijvoorbeeld 2024-03-12T14:05:00+01:00, 2024-03-12 14:05 of 12-03-2024 14:05.

            """.ReplaceLineEndings());
    }

    [Fact]
    public async Task UnknownFilterAttribute_ExitsWithOne()
    {
        var result = await CliRunner.RunRawAsync("log", "stats", Csv(), "--where", "kleur=rood");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("Het kenmerk 'kleur' komt niet voor in het logboek.");
    }

    [Fact]
    public async Task MissingFile_ExitsWithOne()
    {
        var result = await CliRunner.RunRawAsync("log", "stats", Path.Combine(_folder, "bestaat-niet.xes"));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("bestaat niet.");
    }

    [Fact]
    public async Task Conformance_AgainstABpmnRoute_RanksTheSkippedStep()
    {
        // Route: Aanmelding, Intake, Afsluiting. Z1 stops after Intake, Z3 after Aanmelding: both skip the rest.
        var model = Path.Combine(_folder, "route.bpmn");
        await File.WriteAllTextAsync(model, """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">
              <startEvent id="s"/><task id="a" name="Aanmelding"/><task id="i" name="Intake"/><task id="z" name="Afsluiting"/><endEvent id="e"/>
              <sequenceFlow id="f1" sourceRef="s" targetRef="a"/><sequenceFlow id="f2" sourceRef="a" targetRef="i"/>
              <sequenceFlow id="f3" sourceRef="i" targetRef="z"/><sequenceFlow id="f4" sourceRef="z" targetRef="e"/>
            </process></definitions>
            """);

        var json = await CliRunner.RunRawAsync("log", "conformance", Csv(), "--model", model, "--format", "json");
        var csv = await CliRunner.RunRawAsync("log", "conformance", Csv(), "--model", model, "--format", "csv");
        var text = await CliRunner.RunRawAsync("log", "conformance", Csv(), "--model", model);

        json.ExitCode.ShouldBe(0, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var alignments = document.RootElement.GetProperty("alignments");
        // Costs 1 (Z1), 0 (Z2), 2 (Z3); worst costs 2+3, 3+3, 1+3 → 1 − 3/15 = 0.8.
        alignments.GetProperty("fitness").GetDouble().ShouldBe(0.8, 1e-6);
        alignments.GetProperty("fittingCases").GetInt32().ShouldBe(1);
        csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "activiteit;zaken_geraakt;zaken_overgeslagen;zaken_ingevoegd;keer_overgeslagen;keer_ingevoegd",
            "Afsluiting;2;2;0;2;0",
            "Intake;1;1;0;1;0",
        ]);
        text.Output.ShouldContain("Uitlijning (optimaal): fitness 0,800");
        text.Output.ShouldContain("−Afsluiting");
    }

    [Fact]
    public async Task Conformance_WithABrokenModel_ExitsWithOne()
    {
        var model = Path.Combine(_folder, "kapot.bpmn");
        await File.WriteAllTextAsync(model, "<definitions>\n<process>\n</definitions>");

        var result = await CliRunner.RunRawAsync("log", "conformance", Csv(), "--model", model);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldStartWith("Het procesmodel kan niet worden gelezen. Gevonden problemen (1):");
        result.Error.ShouldContain("kapot.bpmn, regel 3, positie 3: Dit is geen goed gevormde XML.");
    }

    [Fact]
    public async Task Generate_WritesALogThatReadsBack()
    {
        var path = Path.Combine(_folder, "oefen.xes.gz");

        var generate = await CliRunner.RunRawAsync("log", "generate", "--events", "500", "--seed", "4", "-o", path);
        var stats = await CliRunner.RunRawAsync("log", "stats", path, "--format", "json");

        generate.ExitCode.ShouldBe(0, generate.ToString());
        using var json = JsonDocument.Parse(stats.Output);
        json.RootElement.GetProperty("events").GetInt32().ShouldBe(
            SyntheticLogGenerator.Cases(new SyntheticLogOptions { Events = 500, Seed = 4 }).Sum(c => c.Events.Count));
    }

    [Fact]
    public void EveryDutchCliText_HasAnEnglishTranslation()
    {
        var resources = new ResourceManager("InBeeld.Cli.Commands.EventLogs.LogText", typeof(InBeeld.Cli.CliApp).Assembly);
        static List<string> Keys(ResourceSet set) => [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];

        var dutch = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var english = Keys(resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), true, false)!);

        dutch.Count.ShouldBeGreaterThan(100);
        english.ShouldBe(dutch, ignoreOrder: true);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Three cases: Aanmelding→Intake (1 h), Aanmelding→Intake (2 h)→Afsluiting (1 day), Aanmelding alone.</summary>
    private string Csv()
    {
        var path = Path.Combine(_folder, "zaken.csv");
        File.WriteAllText(path, """
            zaak;activiteit;tijdstip;organisatie
            Z1;Aanmelding;01-02-2024 09:00;Wijkteam
            Z2;Aanmelding;01-02-2024 09:00;Wijkteam
            Z1;Intake;01-02-2024 10:00;Wijkteam
            Z2;Intake;01-02-2024 11:00;Wijkteam
            Z2;Afsluiting;02-02-2024 11:00;Gemeente
            Z3;Aanmelding;05-03-2024 09:00;Wijkteam
            """);
        return path;
    }

    private string GeneratedXes(int events)
    {
        var path = Path.Combine(_folder, "gegenereerd.xes");
        using var file = File.Create(path);
        SyntheticLogGenerator.WriteXes(new SyntheticLogOptions { Events = events }, file);
        return path;
    }
}
