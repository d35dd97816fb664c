using InBeeld.Core.EventLogs.Reading;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// An event log imported into a study: where it came from, who imported it, its size, and which
/// identifying attributes were dropped on import. Its cases and occurrences are in
/// <see cref="StoredLogCase"/> and <see cref="StoredLogEvent"/>; case ids are pseudonyms only.
/// </summary>
public sealed class StoredEventLog
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }

    /// <summary>The name the user gave (defaults to the file name).</summary>
    public required string Name { get; set; }
    public EventLogFormat SourceFormat { get; set; }

    /// <summary>The uploaded file's name, without folders.</summary>
    public required string SourceName { get; set; }
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The account (user name) or "cli".</summary>
    public required string ImportedBy { get; set; }
    public int CaseCount { get; set; }

    /// <summary>Occurrences (start/complete pairs count once).</summary>
    public int EventCount { get; set; }

    /// <summary>True when occurrences carry their own start times (lifecycle start/complete pairs).</summary>
    public bool HasStartTimes { get; set; }

    /// <summary>Events with other lifecycle transitions (schedule, suspend, …), left out on import.</summary>
    public long SkippedLifecycleEvents { get; set; }

    /// <summary>Attribute keys the user marked as identifying, one per line: never read, never stored.</summary>
    public string DroppedAttributes { get; set; } = "";
}
