using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Data;
using InBeeld.Data.EventLogs;
using InBeeld.Data.EventLogs.Sql;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.EventLogs.Sql;

/// <summary>A log stored in a fresh PostgreSQL database, loaded back (the in-memory path's input) and its header (the database path's).</summary>
internal sealed class StoredLogFixture : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private StoredLogFixture(TestDatabase database, InBeeldDbContext db, EventLog loaded, LogHeader header)
    {
        _database = database;
        Db = db;
        Loaded = loaded;
        Header = header;
    }

    public InBeeldDbContext Db { get; }

    public EventLog Loaded { get; }

    public LogHeader Header { get; }

    public static async Task<StoredLogFixture> StoreAsync(EventLog log)
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var store = new EventLogStore(db, TimeProvider.System);
        var import = new EventLogImport
        {
            StudyId = study.Id, Name = "Databasepad", Format = Core.EventLogs.Reading.EventLogFormat.Xes, SourceName = "test.xes", ImportedBy = "test",
        };
        var id = await store.SaveAsync(import, log, null, CancellationToken.None);
        var loaded = (await store.LoadAsync(study.Id, id, CancellationToken.None))!;
        var header = await new LogHeaderQuery(db).GetAsync(id, CancellationToken.None);
        return new StoredLogFixture(database, db, loaded, header!);
    }

    /// <summary>The in-memory path's filters, in the log page's order: time window (intersecting), then top variants.</summary>
    public static EventLog Filter(EventLog log, LogCaseFilter filter)
    {
        if (filter.HasTimeWindow)
        {
            log = EventLogFilters.TimeWindow(log, filter.From, filter.To, TimeWindowMode.Intersecting);
        }

        return filter.HasTopVariants ? EventLogFilters.TopVariants(log, filter.TopVariants!.Value) : log;
    }

    /// <summary>Windows at a third and two thirds of the log's period, open ends, and top variants alone and together with a window.</summary>
    public IEnumerable<LogCaseFilter> Filters()
    {
        var low = long.MaxValue;
        var high = long.MinValue;
        for (var e = 0; e < Loaded.EventCount; e++)
        {
            low = Math.Min(low, Loaded.Start[e]);
            high = Math.Max(high, Loaded.Complete[e]);
        }

        var from = new DateTime(low + ((high - low) / 3), DateTimeKind.Utc);
        var to = new DateTime(low + (2 * (high - low) / 3), DateTimeKind.Utc);
        yield return LogCaseFilter.None;
        yield return new LogCaseFilter { From = from };
        yield return new LogCaseFilter { To = to };
        yield return new LogCaseFilter { From = from, To = to };
        yield return new LogCaseFilter { TopVariants = 1 };
        yield return new LogCaseFilter { TopVariants = 4 };
        yield return new LogCaseFilter { From = from, To = to, TopVariants = 3 };
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await _database.DisposeAsync();
    }
}
