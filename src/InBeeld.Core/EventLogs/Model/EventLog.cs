namespace InBeeld.Core.EventLogs.Model;

/// <summary>
/// An event log in compact, read-only, columnar form: one row per activity occurrence, grouped by
/// case. Case <c>c</c> holds rows <c>CaseOffsets[c]</c> up to (not including) <c>CaseOffsets[c + 1]</c>.
/// Names are interned: <see cref="Activity"/>, <see cref="Resource"/> and <see cref="Organization"/>
/// hold indexes into <see cref="ActivityNames"/> and friends, or <see cref="None"/>.
/// </summary>
/// <remarks>
/// <para><b>Order within a case.</b> Events are sorted by timestamp, stably: events with the same
/// timestamp keep the order in which they appear in the file. Ties change variants (A,B and B,A are
/// two variants), so the rule is fixed and documented rather than left to a sort implementation.</para>
/// <para><b>Lifecycle.</b> A <c>start</c> event and the next <c>complete</c> event of the same
/// activity in the same case (first in, first out) form one occurrence with <see cref="Start"/> and
/// <see cref="Complete"/> times; a lone complete has equal start and complete times; other transitions
/// are counted in <see cref="SkippedLifecycleEvents"/>. Occurrences are ordered by start time, then file order.</para>
/// <para><b>Case ids</b> are pseudonyms (a keyed hash, see <c>Privacy/CaseIdPseudonymizer</c>); the
/// original ids are never held.</para>
/// <para><b>Memory.</b> 20 bytes per occurrence (activity, resource, organisation, time), 28 when the
/// log has start times, plus 4 per kept event attribute and about 20 per case; see <see cref="HeldBytes"/>.</para>
/// </remarks>
public sealed class EventLog
{
    /// <summary>Index value for "not in the log" (no resource, no organisation, no attribute value).</summary>
    public const int None = -1;

    private readonly Guid[] _caseIds;
    private readonly int[] _caseOffsets;
    private readonly int[] _activity;
    private readonly int[] _resource;
    private readonly int[] _organization;
    private readonly long[] _start;
    private readonly long[] _complete;

    internal EventLog(EventLogParts parts)
    {
        SourceName = parts.SourceName;
        _caseIds = parts.CaseIds;
        _caseOffsets = parts.CaseOffsets;
        _activity = parts.Activity;
        _resource = parts.Resource;
        _organization = parts.Organization;
        _complete = parts.Complete;
        _start = parts.Start ?? parts.Complete;
        HasStartTimes = parts.Start is not null;
        ActivityNames = parts.ActivityNames;
        ResourceNames = parts.ResourceNames;
        OrganizationNames = parts.OrganizationNames;
        CaseAttributes = parts.CaseAttributes;
        EventAttributes = parts.EventAttributes;
        SkippedLifecycleEvents = parts.SkippedLifecycleEvents;
    }

    /// <summary>The file (name only) or other source the log was read from.</summary>
    public string SourceName { get; }

    public int CaseCount => _caseIds.Length;

    public int EventCount => _activity.Length;

    public ReadOnlySpan<Guid> CaseIds => _caseIds;

    /// <summary>Start of each case's rows, plus a final entry equal to <see cref="EventCount"/>.</summary>
    public ReadOnlySpan<int> CaseOffsets => _caseOffsets;

    public ReadOnlySpan<int> Activity => _activity;

    public ReadOnlySpan<int> Resource => _resource;

    public ReadOnlySpan<int> Organization => _organization;

    /// <summary>Start of each occurrence, UTC ticks; equal to <see cref="Complete"/> without start events.</summary>
    public ReadOnlySpan<long> Start => _start;

    /// <summary>Completion of each occurrence, UTC ticks.</summary>
    public ReadOnlySpan<long> Complete => _complete;

    /// <summary>True when at least one start event was paired, so start and complete times can differ.</summary>
    public bool HasStartTimes { get; }

    public IReadOnlyList<string> ActivityNames { get; }

    public IReadOnlyList<string> ResourceNames { get; }

    public IReadOnlyList<string> OrganizationNames { get; }

    /// <summary>Attributes of cases (rows are case indexes).</summary>
    public IReadOnlyList<AttributeColumn> CaseAttributes { get; }

    /// <summary>Event attributes the reader was asked to keep (rows are occurrence indexes).</summary>
    public IReadOnlyList<AttributeColumn> EventAttributes { get; }

    /// <summary>Events with a lifecycle transition other than start or complete, left out.</summary>
    public long SkippedLifecycleEvents { get; }

    public int CaseLength(int @case) => _caseOffsets[@case + 1] - _caseOffsets[@case];

    /// <summary>Bytes held by the arrays of this log (names and attribute value tables estimated).</summary>
    public long HeldBytes
    {
        get
        {
            long bytes = (_caseIds.Length * 16L) + (_caseOffsets.Length * 4L);
            bytes += (_activity.Length + _resource.Length + _organization.Length) * 4L;
            bytes += _complete.Length * 8L;
            if (HasStartTimes)
            {
                bytes += _start.Length * 8L;
            }

            foreach (var column in CaseAttributes.Concat(EventAttributes))
            {
                bytes += column.HeldBytes;
            }

            foreach (var name in ActivityNames.Concat(ResourceNames).Concat(OrganizationNames))
            {
                bytes += 24 + (name.Length * 2L);
            }

            return bytes;
        }
    }

    /// <summary>A log with only the given cases, in the given order (case attributes follow).</summary>
    public EventLog SelectCases(ReadOnlySpan<int> cases)
    {
        var offsets = new int[cases.Length + 1];
        for (var i = 0; i < cases.Length; i++)
        {
            offsets[i + 1] = offsets[i] + CaseLength(cases[i]);
        }

        var rows = new int[offsets[^1]];
        for (var i = 0; i < cases.Length; i++)
        {
            var from = _caseOffsets[cases[i]];
            for (var r = 0; r < offsets[i + 1] - offsets[i]; r++)
            {
                rows[offsets[i] + r] = from + r;
            }
        }

        return Select(cases, offsets, rows);
    }

    /// <summary>
    /// A log with, for each case in <paramref name="cases"/>, only the rows in <paramref name="rows"/>
    /// between <paramref name="offsets"/>[i] and [i + 1]; used by filters that drop events.
    /// </summary>
    internal EventLog Select(ReadOnlySpan<int> cases, int[] offsets, int[] rows)
    {
        var caseArray = cases.ToArray();
        var caseIds = new Guid[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            caseIds[i] = _caseIds[cases[i]];
        }

        return new EventLog(new EventLogParts
        {
            SourceName = SourceName,
            CaseIds = caseIds,
            CaseOffsets = offsets,
            Activity = Gather(_activity, rows),
            Resource = Gather(_resource, rows),
            Organization = Gather(_organization, rows),
            Complete = Gather(_complete, rows),
            Start = HasStartTimes ? Gather(_start, rows) : null,
            ActivityNames = ActivityNames,
            ResourceNames = ResourceNames,
            OrganizationNames = OrganizationNames,
            CaseAttributes = [.. CaseAttributes.Select(c => c.Select(caseArray))],
            EventAttributes = [.. EventAttributes.Select(c => c.Select(rows))],
            SkippedLifecycleEvents = SkippedLifecycleEvents,
        });
    }

    public AttributeColumn? FindCaseAttribute(string key) => CaseAttributes.FirstOrDefault(c => c.Key == key);

    public AttributeColumn? FindEventAttribute(string key) => EventAttributes.FirstOrDefault(c => c.Key == key);

    private static T[] Gather<T>(T[] source, int[] rows)
    {
        var result = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = source[rows[i]];
        }

        return result;
    }
}
