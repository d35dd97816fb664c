using InBeeld.Data;
using InBeeld.Data.Setup;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InBeeld.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test: a temporary SQLite file, or a new database in the
/// throwaway PostgreSQL cluster that ./test.sh starts (INBEELD_TEST_POSTGRES). PostgreSQL tests
/// fail, never skip, when that cluster is missing.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "INBEELD_TEST_POSTGRES";

    private readonly string? _sqlitePath;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseOptions options, string? sqlitePath, string? postgresName)
    {
        Options = options;
        _sqlitePath = sqlitePath;
        _postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"inbeeld-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(
                new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={path};Pooling=False" },
                path,
                null);
        }

        var admin = PostgresAdminConnectionString();
        var name = $"inbeeld_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = builder.ConnectionString }, null, name);
    }

    public static string PostgresAdminConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"PostgreSQL-tests hebben een testcluster nodig: start de tests met ./test.sh (die zet {PostgresVariable}).");

    public InBeeldDbContext CreateContext(TimeProvider? time = null) => new(DbContextOptionsFactory.Create(Options, time));

    public async ValueTask DisposeAsync()
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
            await using var connection = new NpgsqlConnection(PostgresAdminConnectionString());
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
