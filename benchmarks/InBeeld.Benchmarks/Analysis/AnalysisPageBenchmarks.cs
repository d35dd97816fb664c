using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Analysis.Filtering;
using InBeeld.Core.Generation;
using InBeeld.Data;
using InBeeld.Data.Interchange;
using InBeeld.Data.Journeys;
using InBeeld.Data.Setup;
using InBeeld.Web.Pages.Analysis;
using InBeeld.Web.Resources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InBeeld.Benchmarks.Analysis;

/// <summary>
/// The analysis page's tables for the generated study of 10,000 interviews with 40 stored codes
/// and a coding on about one step in five (~30,000 codings in the Codings table): loading codings
/// under the consent rule, every table, and the rows and texts the page and exports show.
/// <see cref="PageTablesFromSqlite"/> loads the JourneySet too (a cold cache);
/// <see cref="PageTablesWithCachedSet"/> is the usual case, an unchanged study in the web app's cache.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
public class AnalysisPageBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inbeeld-bench-").FullName;
    private readonly JourneySetCache _cache = new();
    private string _database = "";
    private Guid _study;
    private Guid _phase;
    private IStringLocalizer _text = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = Path.Combine(_folder, "analysis-page.db");
        await using var db = Open();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var document = StudyGenerator.Generate(new GenerationOptions { Interviews = 10_000, Seed = 1 });
        _study = await new StudyImporter(db, TimeProvider.System).ImportAsync(document, null, CancellationToken.None);
        _phase = await db.Phases.Where(p => p.StudyId == _study).OrderBy(p => p.Order).Select(p => p.Id).FirstAsync();
        await StoreCodingsAsync(db);
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        _text = factory.Create(typeof(AnalysisPageText));
        await using var warm = Open();
        await _cache.GetAsync(warm, _study, CancellationToken.None);
    }

    [Benchmark]
    public async Task<int> PageTablesFromSqlite()
    {
        await using var db = Open();
        return await TablesAsync(db, new JourneySetCache(), JourneyFilter.None);
    }

    [Benchmark]
    public async Task<int> PageTablesWithCachedSet()
    {
        await using var db = Open();
        return await TablesAsync(db, _cache, JourneyFilter.None);
    }

    [Benchmark]
    public async Task<int> PageTablesFilteredByPhase()
    {
        await using var db = Open();
        return await TablesAsync(db, _cache, new JourneyFilter { Phase = _phase });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<int> TablesAsync(InBeeldDbContext db, JourneySetCache cache, JourneyFilter filter)
    {
        var result = await AnalysisResult.LoadAsync(db, cache, _study, filter, CancellationToken.None);
        return AnalysisTables.Build(result!, _text).Sum(t => t.Rows.Count);
    }

    /// <summary>40 codes (every fifth a parent of the four after it) and a coding of a random code on about one step in five.</summary>
    private async Task StoreCodingsAsync(InBeeldDbContext db)
    {
        var random = new Random(1);
        var codes = new List<Code>();
        for (var c = 0; c < 40; c++)
        {
            codes.Add(new Code { StudyId = _study, Name = $"Code {c + 1}", ParentId = c % 5 == 0 ? null : codes[c - (c % 5)].Id, Order = c });
        }

        db.Codes.AddRange(codes);
        await db.SaveChangesAsync();
        var steps = await db.Steps.AsNoTracking().Where(s => db.Interviews.Any(i => i.Id == s.InterviewId && i.StudyId == _study))
            .Select(s => new { s.Id, s.InterviewId }).ToListAsync();
        foreach (var step in steps.OrderBy(s => s.Id))
        {
            if (random.Next(5) == 0)
            {
                db.Codings.Add(new Coding
                {
                    CodeId = codes[random.Next(codes.Count)].Id, InterviewId = step.InterviewId, StepId = step.Id, Target = CodingTarget.Step,
                    CoderId = "benchmark", CreatedAt = DateTimeOffset.UnixEpoch,
                });
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private InBeeldDbContext Open() =>
        new(DbContextOptionsFactory.Create(new DatabaseOptions { ConnectionString = $"Data Source={_database}" }));
}
