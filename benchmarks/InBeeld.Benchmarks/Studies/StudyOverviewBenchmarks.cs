using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.Generation;
using InBeeld.Data;
using InBeeld.Data.Interchange;
using InBeeld.Data.Journeys;
using InBeeld.Data.Setup;
using InBeeld.Data.Studies;
using Microsoft.Data.Sqlite;

namespace InBeeld.Benchmarks.Studies;

/// <summary>
/// The study overview of a generated study of 10,000 interviews (~150,000 steps) on SQLite.
/// Uncached: every figure from the database (first view after a change). Cached: the page as the web
/// app serves it while nothing changed — the stamp query plus counting and names. Target: under 200 ms.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
public class StudyOverviewBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inbeeld-bench-").FullName;
    private readonly JourneySetCache _cache = new();
    private string _database = "";
    private Guid _study;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = Path.Combine(_folder, "overview.db");
        await using var db = Open();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var document = StudyGenerator.Generate(new GenerationOptions { Interviews = 10_000, Seed = 1 });
        _study = await new StudyImporter(db, TimeProvider.System).ImportAsync(document, null, CancellationToken.None);
        await new StudyOverviewQuery(db, _cache).GetAsync(_study, CancellationToken.None);
    }

    [Benchmark]
    public async Task<int> OverviewUncached()
    {
        await using var db = Open();
        return (await new StudyOverviewQuery(db).GetAsync(_study, CancellationToken.None))!.Steps;
    }

    [Benchmark]
    public async Task<int> OverviewCached()
    {
        await using var db = Open();
        return (await new StudyOverviewQuery(db, _cache).GetAsync(_study, CancellationToken.None))!.Steps;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private InBeeldDbContext Open() =>
        new(DbContextOptionsFactory.Create(new DatabaseOptions { ConnectionString = $"Data Source={_database}" }));
}
