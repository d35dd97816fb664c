using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.Analysis.Hartslag;
using InBeeld.Core.Analysis.Patterns;
using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Core.Generation;
using InBeeld.Data;
using InBeeld.Data.Analysis;
using InBeeld.Data.Interchange;
using InBeeld.Data.Setup;
using Microsoft.Data.Sqlite;

namespace InBeeld.Benchmarks.Analysis;

/// <summary>
/// Every pattern, hartslag, gap and subgroup table of a generated study of 10,000 interviews
/// (~150,000 steps) on SQLite. <see cref="AllTablesFromSqlite"/> is the target (under 1 s,
/// loading included); the in-memory runs show the share of the counting itself, once without codes
/// (as the database has none yet) and once with 40 codes on about 30,000 steps.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
public class StudyAnalysisBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inbeeld-bench-").FullName;
    private string _database = "";
    private Guid _study;
    private OutcomeDefinition _outcome = new();
    private AnalysisData _loaded = null!;
    private AnalysisData _coded = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = Path.Combine(_folder, "analysis.db");
        await using var db = Open();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var document = StudyGenerator.Generate(new GenerationOptions { Interviews = 10_000, Seed = 1 });
        _study = await new StudyImporter(db, TimeProvider.System).ImportAsync(document, null, CancellationToken.None);
        var names = await StudyVocabularyNames.LoadAsync(db, _study, CancellationToken.None);
        _outcome = new OutcomeDefinition { Phases = [names.Phases[^1].Id] };
        _loaded = (await new StudyAnalysisQuery(db).GetAsync(_study, _outcome, CancellationToken.None))!.Data;
        _coded = _loaded with { Codings = GeneratedCodings.For(_loaded.Journeys, codes: 40, seed: 1) };
    }

    [Benchmark]
    public async Task<int> AllTablesFromSqlite()
    {
        await using var db = Open();
        var analysis = await new StudyAnalysisQuery(db).GetAsync(_study, _outcome, CancellationToken.None);
        return analysis!.Gaps.Gaps.Count;
    }

    [Benchmark]
    public int AllTablesInMemory() => AllTables(_loaded);

    [Benchmark]
    public int AllTablesWithCodingsInMemory() => AllTables(_coded);

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static int AllTables(AnalysisData data)
    {
        var frequencies = Frequencies.Compute(data);
        var pairs = CoOccurrence.Compute(data);
        var phases = HartslagAnalysis.Compute(data, HartslagDimension.Phase);
        var organizations = HartslagAnalysis.Compute(data, HartslagDimension.Organization);
        var gaps = GapAnalysis.Compute(data);
        var subgroups = data.Attributes.Select(a => SubgroupAnalysis.Compare(data, a)).ToList();
        return frequencies.Codes.Rows.Count + pairs.Count + phases.Rows.Count + organizations.Rows.Count + gaps.Gaps.Count + subgroups.Sum(s => s.Differences.Count);
    }

    private InBeeldDbContext Open() =>
        new(DbContextOptionsFactory.Create(new DatabaseOptions { ConnectionString = $"Data Source={_database}" }));
}
