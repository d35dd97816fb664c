namespace InBeeld.Core.EventLogs.Model;

/// <summary>
/// The columns of an <see cref="EventLog"/> as a store keeps them (occurrences already grouped by
/// case and ordered), so a log saved in a database can be loaded back without the reader's sorting
/// and lifecycle folding — which would not always give the same occurrences again.
/// </summary>
public sealed record EventLogColumns
{
    public required string SourceName { get; init; }
    public required Guid[] CaseIds { get; init; }

    /// <summary>Start of each case's rows, plus a final entry equal to the number of rows.</summary>
    public required int[] CaseOffsets { get; init; }
    public required int[] Activity { get; init; }

    /// <summary>Index into <see cref="ResourceNames"/>, or <see cref="EventLog.None"/>.</summary>
    public required int[] Resource { get; init; }

    /// <summary>Index into <see cref="OrganizationNames"/>, or <see cref="EventLog.None"/>.</summary>
    public required int[] Organization { get; init; }
    public required long[] Complete { get; init; }

    /// <summary>Null when the log has no separate start times.</summary>
    public long[]? Start { get; init; }
    public required IReadOnlyList<string> ActivityNames { get; init; }
    public required IReadOnlyList<string> ResourceNames { get; init; }
    public required IReadOnlyList<string> OrganizationNames { get; init; }
    public long SkippedLifecycleEvents { get; init; }

    /// <summary>One row per case each (see <see cref="AttributeColumn.FromParts"/>).</summary>
    public IReadOnlyList<AttributeColumn> CaseAttributes { get; init; } = [];

    /// <summary>One row per occurrence each.</summary>
    public IReadOnlyList<AttributeColumn> EventAttributes { get; init; } = [];

    /// <summary>The log, after checking that lengths, offsets and name indexes agree.</summary>
    /// <exception cref="ArgumentException">The columns do not describe a log.</exception>
    public EventLog ToEventLog()
    {
        var rows = Activity.Length;
        if (Resource.Length != rows || Organization.Length != rows || Complete.Length != rows || (Start is not null && Start.Length != rows))
        {
            throw new ArgumentException("All event columns need the same length.");
        }

        if (CaseOffsets.Length != CaseIds.Length + 1 || CaseOffsets[0] != 0 || CaseOffsets[^1] != rows)
        {
            throw new ArgumentException("Case offsets must start at 0, end at the number of rows and have one entry per case plus one.");
        }

        for (var c = 0; c < CaseIds.Length; c++)
        {
            if (CaseOffsets[c + 1] < CaseOffsets[c])
            {
                throw new ArgumentException($"Case offsets decrease at case {c}.");
            }
        }

        CheckIndexes(Activity, ActivityNames.Count, allowNone: false, nameof(Activity));
        CheckIndexes(Resource, ResourceNames.Count, allowNone: true, nameof(Resource));
        CheckIndexes(Organization, OrganizationNames.Count, allowNone: true, nameof(Organization));
        if (CaseAttributes.Any(a => a.Rows.Length != CaseIds.Length) || EventAttributes.Any(a => a.Rows.Length != rows))
        {
            throw new ArgumentException("Case attributes need a row per case and event attributes a row per occurrence.");
        }

        return new EventLog(new EventLogParts
        {
            SourceName = SourceName,
            CaseIds = CaseIds,
            CaseOffsets = CaseOffsets,
            Activity = Activity,
            Resource = Resource,
            Organization = Organization,
            Complete = Complete,
            Start = Start,
            ActivityNames = ActivityNames,
            ResourceNames = ResourceNames,
            OrganizationNames = OrganizationNames,
            CaseAttributes = CaseAttributes,
            EventAttributes = EventAttributes,
            SkippedLifecycleEvents = SkippedLifecycleEvents,
        });
    }

    private static void CheckIndexes(int[] column, int names, bool allowNone, string name)
    {
        foreach (var index in column)
        {
            if (index >= names || index < (allowNone ? EventLog.None : 0))
            {
                throw new ArgumentException($"{name} index {index} is outside its {names} names.");
            }
        }
    }
}
