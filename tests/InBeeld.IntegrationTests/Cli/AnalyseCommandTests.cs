using System.Globalization;
using System.Text.Json;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Analysis;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Cli;

/// <summary><c>inbeeld analyse</c> on the hand-counted study of <see cref="AnalysisSeed"/>.</summary>
public sealed class AnalyseCommandTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Text_ShowsPatternsHartslagGapsAndSubgroups_WithDenominators(DatabaseProvider provider)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        await using var database = await TestDatabase.CreateAsync(provider);
        await AnalysisSeed.CreateAsync(database);

        var result = await new CliRunner(database).RunAsync("analyse", "Analysetest");

        result.ExitCode.ShouldBe(0, result.ToString());
        var lines = result.Output.Split('\n');
        result.Output.ShouldStartWith("Analysetest statushouders");
        result.Output.ShouldContain("3 interviews geanalyseerd, 8 stappen.");
        result.Output.ShouldContain("1 interview(s) zonder toestemming tellen niet mee.");
        Row(lines, "School").ShouldContain("2 van 3 (67%)");
        Row(lines, "Nazorg").ShouldContain("1 van 3 (33%)");
        // Hartslag, Ondersteuning: −2, +1, −1, +1 → n 4, mean −0.25, median 0; low point of I1, bright spot of I1.
        // Quartiles (type 7) of −2, −1, +1, +1: −1.25 and +1.
        var hartslag = lines.Where(l => l.StartsWith('│') && Cells(l)[0] == "Ondersteuning").Select(Cells).Single(c => c.Length == 8);
        hartslag[1..6].ShouldBe(["4", "-0.25", "0.00", "1.50", "-1.25 … +1.00"]);
        hartslag[6..].ShouldBe(["1 van 3 (33%)", "1 van 3 (33%)"]);
        // Gaps ranked: UWV → Gemeente (geen + a route stopping after it), School → UWV (two koud), Gemeente → UWV.
        var gaps = lines.SkipWhile(l => !l.Contains("Van → naar", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('│')).ToList();
        gaps.Select(l => Cells(l)[0]).ShouldBe(["UWV → Gemeente", "School → UWV", "Gemeente → UWV"]);
        gaps[1].ShouldContain("20 / 20 (2)"); // waiting 10 and 30 days
        result.Output.ShouldContain("Uitkomst: de laatste stap ligt in fase 'Nazorg' (standaard");
        result.Output.ShouldContain("Routes die stoppen zonder uitkomst (de persoon raakt uit beeld): 2 van 3 (67%).");
        result.Output.ShouldContain("Naar Land van herkomst");
        result.Output.ShouldContain("Groep 'Eritrea' telt 1 interview(s): te weinig om iets te concluderen (minimaal 10).");
        result.Output.ShouldContain("Niet vergeleken: 'Leeftijd' is een getal of datum");
        result.Output.ShouldContain("Codes: nog geen codering vastgelegd.");
    }

    [Fact]
    public async Task Json_HasCountsWithTotals_AndEvidenceIdsOnRequest()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var seed = await AnalysisSeed.CreateAsync(database);

        var result = await new CliRunner(database).RunAsync("analyse", seed.Study.ToString(), "--format", "json", "--evidence");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("format").GetString().ShouldBe("inbeeld-analysis");
        root.GetProperty("interviews").GetProperty("analysed").GetInt32().ShouldBe(3);
        var school = root.GetProperty("frequencies").GetProperty("organisations")[2];
        school.GetProperty("item").GetProperty("name").GetString().ShouldBe("School");
        school.GetProperty("interviews").GetProperty("count").GetInt32().ShouldBe(2);
        school.GetProperty("interviews").GetProperty("total").GetInt32().ShouldBe(3);
        school.GetProperty("evidence").GetProperty("interviewIds").EnumerateArray().Select(e => e.GetGuid())
            .ShouldBe([seed.Interviews[0], seed.Interviews[1]], ignoreOrder: true);
        var first = root.GetProperty("gaps").GetProperty("handovers")[0];
        first.GetProperty("from").GetProperty("name").GetString().ShouldBe("UWV");
        first.GetProperty("none").GetInt32().ShouldBe(1);
        first.GetProperty("stoppedAfter").GetInt32().ShouldBe(1);
        first.GetProperty("stoppedEvidence").GetProperty("interviewIds").EnumerateArray().Select(e => e.GetGuid()).ShouldBe([seed.Interviews[0]]);
        var land = root.GetProperty("subgroups")[0];
        land.GetProperty("hasSmallGroups").GetBoolean().ShouldBeTrue();
        land.GetProperty("differences").EnumerateArray().ShouldAllBe(d => d.GetProperty("test").GetProperty("method").GetString() == "FisherExact");
    }

    [Fact]
    public async Task OutcomeOptions_ChooseWhatCountsAsAnOutcome()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await AnalysisSeed.CreateAsync(database);
        var cli = new CliRunner(database);

        // Ending at UWV (I3) or in Nazorg (I2) is an outcome: only I1 is left without one.
        var result = await cli.RunAsync("analyse", "Analysetest", "--outcome-phase", "nazorg", "--outcome-organisation", "uwv");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("Uitkomst: de laatste stap is fase 'Nazorg' of organisatie 'UWV'.");
        result.Output.ShouldContain("Routes die stoppen zonder uitkomst (de persoon raakt uit beeld): 1 van 3 (33%).");
    }

    [Fact]
    public async Task BadInput_GivesADutchMessage_AndNoTrace()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await AnalysisSeed.CreateAsync(database);
        var cli = new CliRunner(database);

        var phase = await cli.RunAsync("analyse", "Analysetest", "--outcome-phase", "Werk");
        var format = await cli.RunAsync("analyse", "Analysetest", "--format", "xml");
        var top = await cli.RunAsync("analyse", "Analysetest", "--top", "0");

        phase.ExitCode.ShouldBe(1);
        phase.Error.Trim().ShouldBe("--outcome-phase: 'Werk' komt in dit onderzoek niet voor. Kies uit: 'Aanmelden', 'Ondersteuning', 'Nazorg'.");
        format.ExitCode.ShouldBe(2);
        format.Error.Trim().ShouldBe("Onbekend formaat 'xml': kies text of json.");
        top.ExitCode.ShouldBe(2);
        top.Error.ShouldContain("--top moet tussen 1 en 1000 liggen, niet 0.");
        phase.Output.ShouldBeEmpty();
    }

    private static string Row(string[] lines, string name) =>
        lines.First(l => l.StartsWith('│') && Cells(l)[0] == name);

    private static string[] Cells(string tableLine) => [.. tableLine.Split('│')[1..^1].Select(c => c.Trim())];
}
