using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Mining;

/// <summary>The overview of a log: sizes, period, case lengths and throughput.</summary>
public sealed record LogStatistics
{
    public required string SourceName { get; init; }
    public required int Cases { get; init; }
    public required int EmptyCases { get; init; }
    public required int Events { get; init; }
    public required int Activities { get; init; }
    public required int Resources { get; init; }
    public required int Organizations { get; init; }
    public required int Variants { get; init; }
    public required DateTime? FirstEvent { get; init; }
    public required DateTime? LastEvent { get; init; }
    public required int MinEventsPerCase { get; init; }
    public required int MaxEventsPerCase { get; init; }
    public required double MeanEventsPerCase { get; init; }
    public required DurationStatistics Throughput { get; init; }
    public required long SkippedLifecycleEvents { get; init; }
    public required bool HasStartTimes { get; init; }
    public required long HeldBytes { get; init; }

    public static LogStatistics Compute(EventLog log)
    {
        int min = int.MaxValue, max = 0, empty = 0;
        for (var c = 0; c < log.CaseCount; c++)
        {
            var length = log.CaseLength(c);
            min = Math.Min(min, length);
            max = Math.Max(max, length);
            empty += length == 0 ? 1 : 0;
        }

        long first = long.MaxValue, last = long.MinValue;
        for (var e = 0; e < log.EventCount; e++)
        {
            first = Math.Min(first, log.Start[e]);
            last = Math.Max(last, log.Complete[e]);
        }

        return new LogStatistics
        {
            SourceName = log.SourceName,
            Cases = log.CaseCount,
            EmptyCases = empty,
            Events = log.EventCount,
            Activities = log.ActivityNames.Count,
            Resources = log.ResourceNames.Count,
            Organizations = log.OrganizationNames.Count,
            Variants = VariantMiner.Mine(log).Variants.Count,
            FirstEvent = log.EventCount == 0 ? null : new DateTime(first, DateTimeKind.Utc),
            LastEvent = log.EventCount == 0 ? null : new DateTime(last, DateTimeKind.Utc),
            MinEventsPerCase = log.CaseCount == 0 ? 0 : min,
            MaxEventsPerCase = max,
            MeanEventsPerCase = log.CaseCount == 0 ? 0 : log.EventCount / (double)log.CaseCount,
            Throughput = Mining.Throughput.Compute(log).Overall,
            SkippedLifecycleEvents = log.SkippedLifecycleEvents,
            HasStartTimes = log.HasStartTimes,
            HeldBytes = log.HeldBytes,
        };
    }
}
