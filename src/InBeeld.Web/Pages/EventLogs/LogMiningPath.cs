namespace InBeeld.Web.Pages.EventLogs;

/// <summary>Where a log's figures were computed.</summary>
public enum LogMiningPath
{
    /// <summary>The log was loaded into the web server's memory (the fast path).</summary>
    InMemory,

    /// <summary>Inside PostgreSQL: the log is larger than the limit and never loaded.</summary>
    InDatabase,

    /// <summary>Loaded although larger than the limit, because SQLite has no database path.</summary>
    InMemoryAboveLimit,
}
