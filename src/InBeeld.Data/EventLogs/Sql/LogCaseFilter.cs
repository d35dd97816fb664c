namespace InBeeld.Data.EventLogs.Sql;

/// <summary>
/// Which cases of a stored log the database path looks at: the same filters as the log page's in-memory
/// path, in the same order — first the conditions on a case itself (time window), then the
/// <see cref="TopVariants"/> of what is left.
/// </summary>
public sealed record LogCaseFilter
{
    public static LogCaseFilter None { get; } = new();

    /// <summary>Keeps cases that have an occurrence on or after this moment (UTC); with <see cref="To"/>, cases intersecting the window.</summary>
    public DateTime? From { get; init; }

    /// <summary>Keeps cases that start on or before this moment (UTC).</summary>
    public DateTime? To { get; init; }

    /// <summary>The cases of the N most frequent variants (after the time window); null or below 1 for all.</summary>
    public int? TopVariants { get; init; }

    /// <summary>True when the time window applies (it also drops cases without any occurrence, as in memory).</summary>
    public bool HasTimeWindow => From is not null || To is not null;

    public bool HasTopVariants => TopVariants is >= 1;

    public bool SelectsCases => HasTimeWindow || HasTopVariants;
}
