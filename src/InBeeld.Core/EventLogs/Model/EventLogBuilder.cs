namespace InBeeld.Core.EventLogs.Model;

/// <summary>
/// Collects events in file order — cases may interleave, as in a CSV export sorted by time — and
/// builds the compact <see cref="EventLog"/>: grouped by case (cases in order of first appearance),
/// sorted stably by timestamp within each case, start/complete pairs folded into occurrences.
/// Case ids arrive already pseudonymised. Not thread-safe; use once.
/// </summary>
/// <param name="sourceName">The file name, kept in the log for messages and exports.</param>
/// <param name="expectedEvents">A guess of the number of events, to allocate once instead of growing.</param>
public sealed class EventLogBuilder(string sourceName, int expectedEvents = 4096)
{
    private readonly Dictionary<Guid, int> _caseIndex = [];
    private readonly List<Guid> _caseIds = [];
    private readonly ColumnBuffer<int> _case = new(expectedEvents);
    private readonly ColumnBuffer<int> _activity = new(expectedEvents);
    private readonly ColumnBuffer<int> _resource = new(expectedEvents);
    private readonly ColumnBuffer<int> _organization = new(expectedEvents);
    private readonly ColumnBuffer<long> _time = new(expectedEvents);
    private readonly ColumnBuffer<LifecycleTransition> _lifecycle = new(expectedEvents);
    private readonly List<AttributeColumnBuilder> _caseAttributes = [];
    private readonly List<AttributeColumnBuilder> _eventAttributes = [];
    private long _starts;
    private long _others;

    public NameIndex Activities { get; } = new();

    public NameIndex Resources { get; } = new();

    public NameIndex Organizations { get; } = new();

    public int CaseCount => _caseIds.Count;

    public int EventCount => _activity.Count;

    /// <summary>The index of the case with this pseudonym; a pseudonym seen before gives the same case.</summary>
    public int AddCase(Guid pseudonym)
    {
        if (!_caseIndex.TryGetValue(pseudonym, out var index))
        {
            index = _caseIds.Count;
            _caseIndex.Add(pseudonym, index);
            _caseIds.Add(pseudonym);
        }

        return index;
    }

    /// <summary>Adds an event; <paramref name="resource"/> and <paramref name="organization"/> may be <see cref="EventLog.None"/>.</summary>
    public void AddEvent(int @case, int activity, int resource, int organization, long utcTicks, LifecycleTransition lifecycle)
    {
        if ((uint)@case >= (uint)_caseIds.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(@case), @case, "Add the case first.");
        }

        _case.Add(@case);
        _activity.Add(activity);
        _resource.Add(resource);
        _organization.Add(organization);
        _time.Add(utcTicks);
        _lifecycle.Add(lifecycle);
        if (lifecycle == LifecycleTransition.Start)
        {
            _starts++;
        }
        else if (lifecycle == LifecycleTransition.Other)
        {
            _others++;
        }
    }

    /// <summary>
    /// Adds many events at once, all <see cref="LifecycleTransition.Complete"/> — the bulk path for
    /// readers that merge parallel work. Indexes are the builder's own (cases already added).
    /// </summary>
    public void AddCompleteEvents(ReadOnlySpan<int> cases, ReadOnlySpan<int> activities, ReadOnlySpan<int> resources, ReadOnlySpan<int> organizations, ReadOnlySpan<long> utcTicks)
    {
        foreach (var @case in cases)
        {
            if ((uint)@case >= (uint)_caseIds.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(cases), @case, "Add the case first.");
            }
        }

        _case.AddRange(cases);
        _activity.AddRange(activities);
        _resource.AddRange(resources);
        _organization.AddRange(organizations);
        _time.AddRange(utcTicks);
        _lifecycle.PadTo(_lifecycle.Count + cases.Length, LifecycleTransition.Complete);
    }

    /// <summary>The column index for a case attribute key (created on first use).</summary>
    public int CaseAttributeKey(string key) => KeyIndex(_caseAttributes, key);

    /// <summary>The column index for an event attribute key (created on first use).</summary>
    public int EventAttributeKey(string key) => KeyIndex(_eventAttributes, key);

    public void SetCaseAttribute(int @case, int key, AttributeValue value) => _caseAttributes[key].Set(@case, value);

    /// <summary>Sets an attribute of the event added last.</summary>
    public void SetEventAttribute(int key, AttributeValue value) => _eventAttributes[key].Set(_activity.Count - 1, value);

    /// <summary>Sets an attribute of the event with number <paramref name="eventNumber"/> (0 = the first added).</summary>
    public void SetEventAttributeAt(int eventNumber, int key, AttributeValue value)
    {
        if ((uint)eventNumber >= (uint)_activity.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(eventNumber), eventNumber, "No such event.");
        }

        _eventAttributes[key].Set(eventNumber, value);
    }

    public EventLog Build(CancellationToken cancellationToken = default)
    {
        var eventCount = _activity.Count;
        var caseCount = _caseIds.Count;
        var offsets = new int[caseCount + 1];
        var caseOf = _case.Span;
        foreach (var c in caseOf)
        {
            offsets[c + 1]++;
        }

        for (var c = 0; c < caseCount; c++)
        {
            offsets[c + 1] += offsets[c];
        }

        if (_starts == 0 && _others == 0 && IsGroupedAndSorted(caseOf, offsets))
        {
            // The common case for XES and case-sorted exports: nothing to reorder, copy the columns.
            return Assemble(offsets, null, null, null);
        }

        // Counting sort by case keeps file order within each case (stable).
        var order = new int[eventCount];
        var next = offsets[..^1];
        for (var e = 0; e < eventCount; e++)
        {
            order[next[caseOf[e]]++] = e;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var time = _time.Span;
        for (var c = 0; c < caseCount; c++)
        {
            StableSortByTime(order.AsSpan(offsets[c], offsets[c + 1] - offsets[c]), time);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return _starts == 0 && _others == 0
            ? Assemble(offsets, order, null, null)
            : Fold(offsets, order);
    }

    /// <summary>True when each case's events are together, cases in order of first appearance, and each case sorted by time.</summary>
    private bool IsGroupedAndSorted(ReadOnlySpan<int> caseOf, int[] offsets)
    {
        var time = _time.Span;
        for (var e = 0; e < caseOf.Length; e++)
        {
            // Event e must be the next slot of its case; a case's first event must follow the previous case's last.
            if (e < offsets[caseOf[e]] || e >= offsets[caseOf[e] + 1])
            {
                return false;
            }

            if (e > offsets[caseOf[e]] && time[e] < time[e - 1])
            {
                return false;
            }
        }

        return true;
    }

    private EventLog Fold(int[] offsets, int[] order)
    {
        var lifecycle = _lifecycle.Span;
        var activity = _activity.Span;
        var newOffsets = new int[offsets.Length];
        var startEvent = new ColumnBuffer<int>(order.Length);
        var completeEvent = new ColumnBuffer<int>(order.Length);
        var open = new List<(int Activity, int Occurrence)>();
        for (var c = 0; c + 1 < offsets.Length; c++)
        {
            open.Clear();
            for (var i = offsets[c]; i < offsets[c + 1]; i++)
            {
                var e = order[i];
                switch (lifecycle[e])
                {
                    case LifecycleTransition.Start:
                        open.Add((activity[e], startEvent.Count));
                        startEvent.Add(e);
                        completeEvent.Add(EventLog.None);
                        break;
                    case LifecycleTransition.Complete:
                        var match = FindOpen(open, activity[e]);
                        if (match >= 0)
                        {
                            completeEvent[open[match].Occurrence] = e;
                            open.RemoveAt(match);
                        }
                        else
                        {
                            startEvent.Add(EventLog.None);
                            completeEvent.Add(e);
                        }

                        break;
                }
            }

            newOffsets[c + 1] = startEvent.Count;
        }

        // Each occurrence takes its resource, organisation and attributes from the complete event,
        // or from the start event when the case ended before it completed.
        var source = new int[startEvent.Count];
        var starts = new long[startEvent.Count];
        var time = _time.Span;
        for (var o = 0; o < source.Length; o++)
        {
            var s = startEvent[o];
            var k = completeEvent[o];
            source[o] = k >= 0 ? k : s;
            starts[o] = time[s >= 0 ? s : k];
        }

        return Assemble(newOffsets, source, _starts > 0 ? starts : null, startEvent.ToArray());
    }

    /// <param name="rows">For each occurrence, the event it takes its values and attributes from.</param>
    /// <param name="fallback">For each occurrence, the start event whose resource and organisation fill gaps, or null.</param>
    private EventLog Assemble(int[] offsets, int[]? rows, long[]? starts, int[]? fallback)
    {
        if (rows is null)
        {
            return Parts(offsets, _activity.ToArray(), _resource.ToArray(), _organization.ToArray(), _time.ToArray(), null, null);
        }

        var eventCount = rows.Length;
        var activity = new int[eventCount];
        var resource = new int[eventCount];
        var organization = new int[eventCount];
        var complete = new long[eventCount];
        var sourceActivity = _activity.Span;
        var sourceResource = _resource.Span;
        var sourceOrganization = _organization.Span;
        var sourceTime = _time.Span;
        for (var i = 0; i < eventCount; i++)
        {
            var e = rows[i];
            activity[i] = sourceActivity[e];
            resource[i] = sourceResource[e];
            organization[i] = sourceOrganization[e];
            complete[i] = sourceTime[e];
            if (fallback is not null && fallback[i] >= 0)
            {
                var s = fallback[i];
                resource[i] = resource[i] == EventLog.None ? sourceResource[s] : resource[i];
                organization[i] = organization[i] == EventLog.None ? sourceOrganization[s] : organization[i];
            }
        }

        return Parts(offsets, activity, resource, organization, complete, starts, rows);
    }

    /// <param name="rows">The source event of each row, for event attributes; null when rows are events in order.</param>
    private EventLog Parts(int[] offsets, int[] activity, int[] resource, int[] organization, long[] complete, long[]? starts, int[]? rows) =>
        new(new EventLogParts
        {
            SourceName = sourceName,
            CaseIds = [.. _caseIds],
            CaseOffsets = offsets,
            Activity = activity,
            Resource = resource,
            Organization = organization,
            Complete = complete,
            Start = starts,
            ActivityNames = Activities.ToArray(),
            ResourceNames = Resources.ToArray(),
            OrganizationNames = Organizations.ToArray(),
            CaseAttributes = [.. _caseAttributes.Select(b => b.Build(_caseIds.Count, default, reorder: false))],
            EventAttributes = [.. _eventAttributes.Select(b => b.Build(_activity.Count, rows, reorder: rows is not null))],
            SkippedLifecycleEvents = _others,
        });

    /// <summary>
    /// Sorts one case's event numbers by timestamp; equal timestamps keep file order because the
    /// event number (file order) breaks ties. Most cases arrive sorted and cost one check.
    /// </summary>
    private static void StableSortByTime(Span<int> events, ReadOnlySpan<long> time)
    {
        var sorted = true;
        for (var i = 1; i < events.Length && sorted; i++)
        {
            sorted = time[events[i - 1]] <= time[events[i]];
        }

        if (sorted)
        {
            return;
        }

        if (events.Length <= 32)
        {
            for (var i = 1; i < events.Length; i++)
            {
                var e = events[i];
                var j = i - 1;
                while (j >= 0 && time[events[j]] > time[e])
                {
                    events[j + 1] = events[j];
                    j--;
                }

                events[j + 1] = e;
            }

            return;
        }

        // Larger cases: sort (time, event number) pairs; the pair order is total, so the result
        // does not depend on the sort being stable.
        var pairs = new (long Time, int Event)[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            pairs[i] = (time[events[i]], events[i]);
        }

        Array.Sort(pairs);
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = pairs[i].Event;
        }
    }

    private static int FindOpen(List<(int Activity, int Occurrence)> open, int activity)
    {
        for (var i = 0; i < open.Count; i++)
        {
            if (open[i].Activity == activity)
            {
                return i;
            }
        }

        return -1;
    }

    private static int KeyIndex(List<AttributeColumnBuilder> columns, string key)
    {
        var index = columns.FindIndex(c => c.Key == key);
        if (index < 0)
        {
            index = columns.Count;
            columns.Add(new AttributeColumnBuilder(key));
        }

        return index;
    }
}
