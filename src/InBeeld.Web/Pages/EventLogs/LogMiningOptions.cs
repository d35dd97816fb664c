namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// Where the log pages compute their figures. On PostgreSQL a stored log with more occurrences than
/// <see cref="InMemoryEventLimit"/> is mined inside the database and never loaded into the web
/// server's memory (about 20–28 bytes per occurrence plus the mining arrays); smaller logs are
/// loaded, which is much faster. SQLite has no database path: there every log is loaded.
/// </summary>
public sealed record LogMiningOptions
{
    public const string SectionName = "EventLogs";

    public int InMemoryEventLimit { get; init; } = 5_000_000;

    internal bool IsValid() => InMemoryEventLimit >= 0;
}
