using System.Globalization;
using InBeeld.Data.EventLogs;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Analysis;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Cli;

/// <summary><c>inbeeld log handovers</c>: the hand-counted interviews of <see cref="AnalysisSeed"/> beside a small log.</summary>
public sealed class LogHandoversCommandTests
{
    // Log: C1 Aanmelding (school-x) 1 Jan → Intake (uwv-x) 11 Jan — no outcome, drops out after School→UWV.
    //      C2 Aanmelding (school-x) 1 Jan → Intake (uwv-x) 5 Jan → Besluit (gem-x) 6 Jan — outcome.
    // School→UWV: 2 cases, waits 10 and 4 days → median 7 days; 1 dropped out after it.
    // Interviews (with consent): School→UWV koud in I1 and I2 (2 of 2), told waits 10 and 30 days → median 20.
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Handovers_ShowInterviewGapsBesideLogWaitsAndDropOuts(DatabaseProvider provider)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await AnalysisSeed.CreateAsync(database);
        await using (var db = database.CreateContext())
        {
            (await new LogMappingStore(db).SaveAsync(seed.Study,
            [
                new(LogMappingKind.Organization, "school-x", seed.School, null),
                new(LogMappingKind.Organization, "uwv-x", seed.Uwv, null),
                new(LogMappingKind.Organization, "gem-x", seed.Gemeente, null),
            ], CancellationToken.None)).ShouldBeTrue();
        }

        var file = Path.Combine(Path.GetTempPath(), $"inbeeld-handovers-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file,
            "zaak;activiteit;tijdstip;organisatie\nC1;Aanmelding;2024-01-01;school-x\nC1;Intake;2024-01-11;uwv-x\nC2;Aanmelding;2024-01-01;school-x\nC2;Intake;2024-01-05;uwv-x\nC2;Besluit;2024-01-06;gem-x\n");
        try
        {
            var runner = new CliRunner(database);
            var result = await runner.RunAsync("log", "handovers", file, "--study", "Analysetest statushouders", "--outcome", "Besluit", "--format", "csv");

            result.ExitCode.ShouldBe(0, result.ToString());
            var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
            rows[0].ShouldBe("van;naar;interviews;interviews_koud_of_geen;interviews_wachttijd_mediaan_dagen;logboek_overgangen;logboek_zaken;logboek_wachttijd_mediaan_s;logboek_uitval_na");
            rows.ShouldContain($"School;UWV;2;2;20;2;2;{7 * 86_400};1", result.Output);
            rows.ShouldContain($"UWV;Gemeente;2;1;20;1;1;{86_400};0", result.Output);

            var text = await runner.RunAsync("log", "handovers", file, "--study", "Analysetest statushouders", "--outcome", "Besluit");
            text.ExitCode.ShouldBe(0, text.ToString());
            text.Output.ShouldContain("Analysetest statushouders: 3 interviews naast 2 zaken (1 uitgevallen).");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
