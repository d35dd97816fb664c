using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using InBeeld.Data.Auditing;
using InBeeld.Data.Interviews;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InBeeld.Data.Setup;

/// <summary>Configures EF Core for the chosen provider; shared by the web app, the CLI and tests.</summary>
public static class DbContextOptionsFactory
{
    private static readonly AuditAppendOnlyInterceptor AppendOnly = new();

    /// <param name="time">The clock for change stamps; <see cref="TimeProvider.System"/> when null.</param>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, TimeProvider? time = null)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(options.ConnectionString);
                builder.UseSqlite(options.ConnectionString, sqlite => sqlite.CommandTimeout(120));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.CommandTimeout(120));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }

        // Migrations are written by hand without a model snapshot (see M0001_InitialSchema);
        // SchemaConsistencyTests guard what this warning would.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        builder.AddInterceptors(new InterviewTouchInterceptor(time ?? TimeProvider.System), AppendOnly);
    }

    public static DbContextOptions<InBeeldDbContext> Create(DatabaseOptions options, TimeProvider? time = null)
    {
        var builder = new DbContextOptionsBuilder<InBeeldDbContext>();
        Configure(builder, options, time);
        return builder.Options;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
