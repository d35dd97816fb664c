namespace InBeeld.Data.Setup;

/// <summary>
/// Where the data lives. Bound from the "Database" configuration section, or the
/// INBEELD_DATABASE__PROVIDER / INBEELD_DATABASE__CONNECTIONSTRING environment variables.
/// </summary>
public sealed record DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The embedded default: one file in a data folder beside where InBeeld is started.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/inbeeld.db";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; init; } = DefaultSqliteConnectionString;
}
