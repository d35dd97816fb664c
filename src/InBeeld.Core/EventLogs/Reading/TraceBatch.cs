using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Reading;

/// <summary>
/// Whole cases read by one reader (or one worker) with names interned locally, handed to the
/// <see cref="EventLogBuilder"/> in file order by <see cref="FlushTo"/>. Lets a reader parse parts of a
/// file in parallel and still build the same log as a sequential read.
/// </summary>
internal sealed class TraceBatch
{
    private readonly List<Guid> _cases = [];
    private readonly ColumnBuffer<int> _caseEnd = new(256);
    private readonly ColumnBuffer<int> _activity = new(4096);
    private readonly ColumnBuffer<int> _resource = new(4096);
    private readonly ColumnBuffer<int> _organization = new(4096);
    private readonly ColumnBuffer<long> _time = new(4096);
    private readonly ColumnBuffer<LifecycleTransition> _lifecycle = new(4096);
    private readonly List<(int Row, int Key, AttributeValue Value)> _caseAttributes = [];
    private readonly List<(int Row, int Key, AttributeValue Value)> _eventAttributes = [];
    private Utf8NameIndex? _activityBytes;
    private Utf8NameIndex? _resourceBytes;
    private Utf8NameIndex? _organizationBytes;

    public NameIndex Activities { get; } = new();
    public NameIndex Resources { get; } = new();
    public NameIndex Organizations { get; } = new();
    public NameIndex CaseAttributeKeys { get; } = new();
    public NameIndex EventAttributeKeys { get; } = new();

    /// <summary>The same indexes looked up by UTF-8 bytes (for the byte-level XES scanner), made on first use.</summary>
    public Utf8NameIndex ActivityBytes => _activityBytes ??= new(Activities);

    public Utf8NameIndex ResourceBytes => _resourceBytes ??= new(Resources);

    public Utf8NameIndex OrganizationBytes => _organizationBytes ??= new(Organizations);

    public int EventCount => _activity.Count;

    public int CaseCount => _cases.Count;

    /// <summary>Index of the case being filled (the last one begun).</summary>
    public int CurrentCase => _cases.Count - 1;

    public void BeginCase() => _cases.Add(Guid.Empty);

    /// <summary>Sets the pseudonym of the current case, which may become known after its events.</summary>
    public void SetCaseId(Guid pseudonym) => _cases[^1] = pseudonym;

    public void EndCase() => _caseEnd.Add(_activity.Count);

    public void AddEvent(int activity, int resource, int organization, long utcTicks, LifecycleTransition lifecycle)
    {
        _activity.Add(activity);
        _resource.Add(resource);
        _organization.Add(organization);
        _time.Add(utcTicks);
        _lifecycle.Add(lifecycle);
    }

    public void AddCaseAttribute(int key, AttributeValue value) => _caseAttributes.Add((_cases.Count - 1, key, value));

    /// <summary>Adds an attribute to the event added last.</summary>
    public void AddEventAttribute(int key, AttributeValue value) => _eventAttributes.Add((_activity.Count - 1, key, value));

    /// <summary>Moves every case into <paramref name="builder"/> (mapping local names to its names) and empties the batch.</summary>
    public void FlushTo(EventLogBuilder builder)
    {
        var activity = Map(Activities, builder.Activities);
        var resource = Map(Resources, builder.Resources);
        var organization = Map(Organizations, builder.Organizations);
        var caseKeys = CaseAttributeKeys.Names.Select(builder.CaseAttributeKey).ToArray();
        var eventKeys = EventAttributeKeys.Names.Select(builder.EventAttributeKey).ToArray();
        var firstEvent = builder.EventCount;
        var caseIndex = new int[_cases.Count];
        var allComplete = !_lifecycle.Span.ContainsAnyExcept(LifecycleTransition.Complete);
        var caseColumn = allComplete ? new int[_activity.Count] : [];
        var e = 0;
        for (var c = 0; c < _cases.Count; c++)
        {
            var @case = caseIndex[c] = builder.AddCase(_cases[c]);
            for (; e < _caseEnd[c]; e++)
            {
                if (allComplete)
                {
                    caseColumn[e] = @case;
                }
                else
                {
                    builder.AddEvent(
                        @case, activity[_activity[e]], Lookup(resource, _resource[e]), Lookup(organization, _organization[e]), _time[e], _lifecycle[e]);
                }
            }
        }

        if (allComplete)
        {
            // Bulk: map the name columns in tight loops and append them whole.
            var activityColumn = _activity.Span;
            var resourceColumn = _resource.Span;
            var organizationColumn = _organization.Span;
            for (var i = 0; i < activityColumn.Length; i++)
            {
                activityColumn[i] = activity[activityColumn[i]];
                resourceColumn[i] = Lookup(resource, resourceColumn[i]);
                organizationColumn[i] = Lookup(organization, organizationColumn[i]);
            }

            builder.AddCompleteEvents(caseColumn, activityColumn, resourceColumn, organizationColumn, _time.Span);
        }

        foreach (var (row, key, value) in _caseAttributes)
        {
            builder.SetCaseAttribute(caseIndex[row], caseKeys[key], value);
        }

        foreach (var (row, key, value) in _eventAttributes)
        {
            builder.SetEventAttributeAt(firstEvent + row, eventKeys[key], value);
        }

        Clear();
    }

    private void Clear()
    {
        _cases.Clear();
        _caseEnd.Clear();
        _activity.Clear();
        _resource.Clear();
        _organization.Clear();
        _time.Clear();
        _lifecycle.Clear();
        _caseAttributes.Clear();
        _eventAttributes.Clear();
    }

    private static int Lookup(int[] map, int index) => index == EventLog.None ? EventLog.None : map[index];

    private static int[] Map(NameIndex local, NameIndex global)
    {
        var map = new int[local.Count];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = global.Intern(local[i]);
        }

        return map;
    }
}
