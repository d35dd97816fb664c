using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Studies;
using InBeeld.Data;
using InBeeld.Data.EventLogs;
using InBeeld.Data.EventLogs.Sql;
using InBeeld.Data.Setup;
using InBeeld.Web.Pages.EventLogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace InBeeld.Benchmarks.EventLogs;

/// <summary>
/// The whole log page for the generated 1M-event log (seed 1) computed inside PostgreSQL through
/// <see cref="LogMining"/> — statistics, process map and its drawing, variants, waits between
/// organisations, drop-out for one outcome and the handovers for *beside the interviews* — unfiltered and with the page's filters (a year's
/// window and the 10 most frequent variants); the statistics and drop-out queries alone; and, for
/// comparison, the same page in memory from a cold cache (load + compute). Needs
/// <c>INBEELD_BENCH_POSTGRES</c> (an admin connection string); a database is made and dropped per run.
/// Run: <c>--filter '*LargeLogPage*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class LargeLogPageBenchmarks
{
    private static readonly LogFilterInput Unfiltered = new() { Outcomes = ["Afsluiting"], QuietDays = 30 };
    private static readonly LogFilterInput Filtered = new() { From = "2022-07-01", To = "2023-06-30", TopVariants = 10, Outcomes = ["Afsluiting"], QuietDays = 30 };

    private string _admin = null!;
    private string _name = null!;
    private DatabaseOptions _options = null!;
    private Guid _studyId;
    private Guid _logId;

    [GlobalSetup]
    public void Setup()
    {
        _admin = Environment.GetEnvironmentVariable("INBEELD_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set INBEELD_BENCH_POSTGRES to an admin connection string.");
        _name = $"inbeeld_bench_{Guid.NewGuid():N}";
        Admin($"CREATE DATABASE \"{_name}\"");
        _options = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString };
        var log = SyntheticLogGenerator.Build(new SyntheticLogOptions { Events = 1_000_000, Seed = 1 }, CaseIdPseudonymizer.WithRandomSecret());
        using var db = Context();
        SchemaUpgrader.UpgradeAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        var study = new Study { Title = "Benchmark", CreatedAt = DateTimeOffset.UnixEpoch, IsFictitious = true };
        db.Studies.Add(study);
        db.SaveChanges();
        _studyId = study.Id;
        var import = new EventLogImport { StudyId = _studyId, Name = "Benchmark", Format = EventLogFormat.Xes, SourceName = "gen.xes", ImportedBy = "benchmark" };
        _logId = new EventLogStore(db, TimeProvider.System).SaveAsync(import, log, null, CancellationToken.None).GetAwaiter().GetResult();
        db.Database.ExecuteSqlRaw("ANALYZE");
        Console.WriteLine($"// {log.EventCount:N0} events, {log.CaseCount:N0} cases");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    [Benchmark]
    public Task<LogAnalysis?> LogPageInDatabase() => PageAsync(Unfiltered, limit: 0);

    [Benchmark]
    public Task<LogAnalysis?> LogPageInDatabaseFiltered() => PageAsync(Filtered, limit: 0);

    /// <summary>The page's in-memory path with an empty cache: load the log, then compute.</summary>
    [Benchmark]
    public Task<LogAnalysis?> LogPageInMemoryCold() => PageAsync(Unfiltered, limit: int.MaxValue);

    [Benchmark]
    public async Task<LogStatistics> StatisticsInDatabase()
    {
        await using var db = Context();
        var header = (await new LogHeaderQuery(db).GetAsync(_logId, CancellationToken.None))!;
        return await new PostgresLogFigures(db).StatisticsAsync(header, LogCaseFilter.None, 0, CancellationToken.None);
    }

    [Benchmark]
    public async Task<DropOutReport> DropOutInDatabase()
    {
        await using var db = Context();
        var header = (await new LogHeaderQuery(db).GetAsync(_logId, CancellationToken.None))!;
        return await new PostgresLogFigures(db).DropOutAsync(header, LogCaseFilter.None, ["Afsluiting"], TimeSpan.FromDays(30), CancellationToken.None);
    }

    private async Task<LogAnalysis?> PageAsync(LogFilterInput filters, int limit)
    {
        await using var db = Context();
        var mining = new LogMining(
            db, new EventLogStore(db, TimeProvider.System), new StoredLogCache(), new LogHeaderQuery(db), new PostgresLogMiner(db), new PostgresLogFigures(db),
            new PostgresVariantCases(db), new PostgresHandovers(db), Options.Create(new LogMiningOptions { InMemoryEventLimit = limit }));
        var opened = (await mining.OpenAsync(_studyId, _logId, CancellationToken.None))!;
        var problems = new List<(string Field, string Value)>();
        var analysis = await mining.AnalyseAsync(opened, "Benchmark", filters, problems, null, CancellationToken.None);
        return problems.Count == 0 ? analysis : throw new InvalidOperationException(string.Join(", ", problems));
    }

    private InBeeldDbContext Context() => new(DbContextOptionsFactory.Create(_options));

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
