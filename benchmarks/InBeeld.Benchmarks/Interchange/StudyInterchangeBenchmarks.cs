using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.Generation;
using InBeeld.Core.Interchange;
using InBeeld.Data;
using InBeeld.Data.Interchange;
using InBeeld.Data.Setup;
using Microsoft.Data.Sqlite;

namespace InBeeld.Benchmarks.Interchange;

/// <summary>
/// Import and export of a generated study of 10,000 interviews (~150,000 steps) on a SQLite file,
/// the embedded default. Targets: import under 10 s, export under 3 s on a 2-core machine.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class StudyInterchangeBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inbeeld-bench-").FullName;
    private string _jsonPath = "";
    private string _importDatabase = "";
    private string _exportDatabase = "";
    private Guid _exportStudy;

    [Params(10_000)]
    public int Interviews { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _jsonPath = Path.Combine(_folder, "study.json");
        await using (var file = File.Create(_jsonPath))
        {
            await StudyJson.SerializeAsync(StudyGenerator.Generate(new GenerationOptions { Interviews = Interviews, Seed = 1 }), file, CancellationToken.None);
        }

        _exportDatabase = Path.Combine(_folder, "export.db");
        await using var db = await OpenAsync(_exportDatabase);
        _exportStudy = await new StudyImporter(db, TimeProvider.System).ImportFileAsync(_jsonPath, null, CancellationToken.None);
    }

    [IterationSetup(Target = nameof(ImportFile))]
    public void FreshImportDatabase()
    {
        _importDatabase = Path.Combine(_folder, $"import-{Guid.NewGuid():N}.db");
        using var db = OpenAsync(_importDatabase).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<Guid> ImportFile()
    {
        await using var db = await OpenAsync(_importDatabase);
        return await new StudyImporter(db, TimeProvider.System).ImportFileAsync(_jsonPath, null, CancellationToken.None);
    }

    [Benchmark]
    public async Task<bool> Export()
    {
        await using var db = await OpenAsync(_exportDatabase);
        return await new StudyExporter(db).ExportAsync(_exportStudy, Stream.Null, null, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<InBeeldDbContext> OpenAsync(string path)
    {
        var db = new InBeeldDbContext(DbContextOptionsFactory.Create(new DatabaseOptions { ConnectionString = $"Data Source={path}" }));
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        return db;
    }
}
