using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Studies;
using InBeeld.Data;
using InBeeld.Data.EventLogs;
using InBeeld.Data.EventLogs.Sql;
using InBeeld.Data.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InBeeld.Benchmarks.EventLogs;

/// <summary>
/// Storing a generated log of 1M events in a study (bulk paths: multi-row inserts on SQLite,
/// binary COPY on PostgreSQL), loading it back, and mining it inside PostgreSQL against mining in
/// memory. PostgreSQL needs <c>INBEELD_BENCH_POSTGRES</c> (an admin connection string, e.g. the
/// throwaway cluster of ./test.sh); a database is created and dropped per run.
/// Run: <c>--filter '*StoredLog*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class StoredLogBenchmarks
{
    private EventLog _log = null!;
    private DatabaseOptions _options = null!;
    private string? _sqlitePath;
    private string? _postgresName;
    private Guid _studyId;
    private Guid _storedId;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    /// <summary>With 2 case and 3 event attributes (<see cref="LogWithAttributes"/>): about 2.3M more rows.</summary>
    [Params(false, true)]
    public bool WithAttributes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _log = SyntheticLogGenerator.Build(new SyntheticLogOptions { Events = 1_000_000, Seed = 1 }, CaseIdPseudonymizer.WithRandomSecret());
        if (WithAttributes)
        {
            _log = LogWithAttributes.Add(_log);
        }
        if (Provider == DatabaseProvider.Sqlite)
        {
            _sqlitePath = Path.Combine(Path.GetTempPath(), $"inbeeld-bench-log-{Guid.NewGuid():N}.db");
            _options = new DatabaseOptions { Provider = Provider, ConnectionString = $"Data Source={_sqlitePath}" };
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable("INBEELD_BENCH_POSTGRES")
                ?? throw new InvalidOperationException("Set INBEELD_BENCH_POSTGRES to an admin connection string.");
            _postgresName = $"inbeeld_bench_{Guid.NewGuid():N}";
            Admin(admin, $"CREATE DATABASE \"{_postgresName}\"");
            _options = new DatabaseOptions { Provider = Provider, ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _postgresName }.ConnectionString };
        }

        using var db = Context();
        SchemaUpgrader.UpgradeAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        var study = new Study { Title = "Benchmark", CreatedAt = DateTimeOffset.UnixEpoch, IsFictitious = true };
        db.Studies.Add(study);
        db.SaveChanges();
        _studyId = study.Id;
        _storedId = new EventLogStore(db, TimeProvider.System).SaveAsync(Import(), _log, null, CancellationToken.None).GetAwaiter().GetResult();
        if (Provider == DatabaseProvider.PostgreSql)
        {
            db.Database.ExecuteSqlRaw("ANALYZE");
        }

        Console.WriteLine($"// {_log.EventCount:N0} events, {_log.CaseCount:N0} cases");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqlitePath + suffix);
            }
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Admin(Environment.GetEnvironmentVariable("INBEELD_BENCH_POSTGRES")!, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
        }
    }

    /// <summary>One more copy of the log in the study per call; the copy is removed after each iteration.</summary>
    [Benchmark]
    public async Task<Guid> Store()
    {
        await using var db = Context();
        return await new EventLogStore(db, TimeProvider.System).SaveAsync(Import(), _log, null, CancellationToken.None);
    }

    [IterationCleanup(Target = nameof(Store))]
    public void RemoveCopies()
    {
        using var db = Context();
        foreach (var id in db.EventLogs.Where(l => l.Id != _storedId).Select(l => l.Id).ToList())
        {
            new EventLogStore(db, TimeProvider.System).DeleteAsync(_studyId, id, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [Benchmark]
    public async Task<EventLog?> Load()
    {
        await using var db = Context();
        return await new EventLogStore(db, TimeProvider.System).LoadAsync(_studyId, _storedId, CancellationToken.None);
    }

    /// <summary>Load from the database, then DFG and variants in memory (the web pages' path).</summary>
    [Benchmark]
    public async Task<(DirectlyFollowsGraph, VariantSet)> LoadAndMineInMemory()
    {
        await using var db = Context();
        var log = (await new EventLogStore(db, TimeProvider.System).LoadAsync(_studyId, _storedId, CancellationToken.None))!;
        return (DfgMiner.Mine(log), VariantMiner.Mine(log));
    }

    /// <summary>DFG and variants computed inside PostgreSQL (window functions); only PostgreSQL.</summary>
    [Benchmark]
    public async Task<(DirectlyFollowsGraph, IReadOnlyList<Variant>)?> MineInPostgres()
    {
        if (Provider != DatabaseProvider.PostgreSql)
        {
            return null;
        }

        await using var db = Context();
        var miner = new PostgresLogMiner(db);
        return (await miner.DfgAsync(_storedId, CancellationToken.None), await miner.VariantsAsync(_storedId, CancellationToken.None));
    }

    private InBeeldDbContext Context() => new(DbContextOptionsFactory.Create(_options));

    private EventLogImport Import() => new()
    {
        StudyId = _studyId, Name = "Benchmark", Format = EventLogFormat.Xes, SourceName = "gen.xes", ImportedBy = "benchmark",
    };

    private static void Admin(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
