namespace InBeeld.Core.EventLogs.Model;

/// <summary>The arrays an <see cref="EventLog"/> is made of, handed over without copying.</summary>
internal sealed class EventLogParts
{
    public required string SourceName { get; init; }
    public required Guid[] CaseIds { get; init; }
    public required int[] CaseOffsets { get; init; }
    public required int[] Activity { get; init; }
    public required int[] Resource { get; init; }
    public required int[] Organization { get; init; }
    public required long[] Complete { get; init; }

    /// <summary>Null when no occurrence has its own start time (then start equals complete).</summary>
    public required long[]? Start { get; init; }
    public required IReadOnlyList<string> ActivityNames { get; init; }
    public required IReadOnlyList<string> ResourceNames { get; init; }
    public required IReadOnlyList<string> OrganizationNames { get; init; }
    public required IReadOnlyList<AttributeColumn> CaseAttributes { get; init; }
    public required IReadOnlyList<AttributeColumn> EventAttributes { get; init; }
    public long SkippedLifecycleEvents { get; init; }
}
