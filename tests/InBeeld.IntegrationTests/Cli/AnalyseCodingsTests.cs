using System.Globalization;
using System.Text.Json;
using InBeeld.Data.Coding;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Coding;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Cli;

/// <summary><c>inbeeld analyse</c> with codings stored through the coding services.</summary>
public sealed class AnalyseCodingsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Text_ShowsCodeFrequenciesAndCoOccurrence_FromStoredCodings(DatabaseProvider provider)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using (var db = database.CreateContext())
        {
            var codebook = new Codebook(db);
            var store = new CodingStore(db, TimeProvider.System);
            var waiting = (await codebook.CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!.Id;
            var retell = (await codebook.CreateAsync(seed.Study, new CodeInput("Opnieuw vertellen"), default)).Code!.Id;
            // Wachten in I1 and I2 (twice in I2), Opnieuw vertellen in I1; and in I4, which has no consent.
            await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[0]), waiting, "a", default);
            await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), waiting, "a", default);
            await store.ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[1]), waiting, "a", default);
            await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[0]), retell, "a", default);
            await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[3]), retell, "a", default);
        }

        var text = await new CliRunner(database).RunAsync("analyse", "Analysetest");
        var json = await new CliRunner(database).RunAsync("analyse", seed.Study.ToString(), "--format", "json");

        text.ExitCode.ShouldBe(0, text.ToString());
        var lines = text.Output.Split('\n');
        Row(lines, "Wachten").ShouldBe(["Wachten", "2 van 3 (67%)", "3"]);
        Row(lines, "Opnieuw vertellen").ShouldBe(["Opnieuw vertellen", "1 van 3 (33%)", "1"]);
        // Both codes only in I1; either in I1 and I2: Jaccard 1/2.
        Row(lines, "Wachten + Opnieuw vertellen").ShouldBe(["Wachten + Opnieuw vertellen", "1 van 2 (50%)", "0.50"]);
        text.Output.ShouldNotContain("nog geen codering");
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("frequencies").GetProperty("codesAvailable").GetBoolean().ShouldBeTrue();
        var codes = document.RootElement.GetProperty("frequencies").GetProperty("codes");
        codes[0].GetProperty("item").GetProperty("name").GetString().ShouldBe("Wachten");
        codes[0].GetProperty("interviews").GetProperty("count").GetInt32().ShouldBe(2);
    }

    private static string[] Row(string[] lines, string name) =>
        lines.Where(l => l.StartsWith('│')).Select(l => l.Split('│')[1..^1].Select(c => c.Trim()).ToArray()).First(c => c[0] == name);
}
