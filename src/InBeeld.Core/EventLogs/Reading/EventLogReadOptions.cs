using InBeeld.Core.EventLogs.Privacy;

namespace InBeeld.Core.EventLogs.Reading;

/// <summary>What every reader needs besides the file: the study's pseudonymisation and privacy choices.</summary>
public sealed record EventLogReadOptions
{
    /// <summary>Hashes case ids on read; the original ids are never stored.</summary>
    public required CaseIdPseudonymizer Pseudonymizer { get; init; }

    /// <summary>Attribute keys (or CSV columns) the user marked as identifying: never read into the log.</summary>
    public IReadOnlySet<string> IdentifyingAttributes { get; init; } = new HashSet<string>();

    /// <summary>
    /// Event attributes to keep besides activity, time, lifecycle, resource and organisation. Each
    /// costs 4 bytes per event, so they are kept only when asked for (e.g. to filter on them).
    /// Case attributes are always kept (they cost per case, not per event).
    /// </summary>
    public IReadOnlySet<string> KeepEventAttributes { get; init; } = new HashSet<string>();

    /// <summary>The zone of timestamps written without one.</summary>
    public TimeZoneInfo LocalTimeZone { get; init; } = DefaultTimeZone;

    /// <summary>Refuse logs larger than this (memory stays bounded even for a 2 GB file).</summary>
    public long MaxEvents { get; init; } = 200_000_000;

    public IProgress<EventLogReadProgress>? Progress { get; init; }

    public static TimeZoneInfo DefaultTimeZone { get; } = FindAmsterdam();

    private static TimeZoneInfo FindAmsterdam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Local;
        }
    }
}
