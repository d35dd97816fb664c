using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Ocel;

/// <summary>
/// The format-independent part of reading OCEL 2.0: the first pass collects object types and the
/// objects of the chosen type, the second adds each event once to every case (object) it relates to.
/// </summary>
internal sealed class OcelFlattener(OcelOptions ocel, EventLogReadOptions options, string sourceName)
{
    private readonly List<string> _types = [];
    private readonly HashSet<string> _objects = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Id)> _allObjects = [];
    private readonly Dictionary<string, int> _cases = new(StringComparer.Ordinal);
    private readonly HashSet<int> _eventCases = [];
    private EventLogBuilder? _builder;
    private string? _objectType;

    public TimeNormalizer Times { get; } = new(options.LocalTimeZone);

    public void AddObjectType(string name)
    {
        if (!_types.Contains(name))
        {
            _types.Add(name);
        }
    }

    public void AddObject(string id, string type) => _allObjects.Add((type, id));

    /// <summary>After the first pass: settles the object type (or refuses) and makes the objects of it the cases.</summary>
    public void ChooseObjectType()
    {
        foreach (var (type, _) in _allObjects)
        {
            AddObjectType(type);
        }

        var listed = string.Join(", ", _types.Select(t => $"'{t}'"));
        if (_types.Count == 0)
        {
            throw new InputRejectedException(ReadLocation.File(sourceName), EventLogText.Get("Ocel_NotOcel", EventLogText.Get("Ocel_NoTypes")));
        }

        _objectType = ocel.ObjectType ?? (_types.Count == 1
            ? _types[0]
            : throw new InputRejectedException(ReadLocation.File(sourceName), EventLogText.Get("Ocel_ObjectTypeNeeded", listed)));
        if (!_types.Contains(_objectType))
        {
            throw new InputRejectedException(ReadLocation.File(sourceName), EventLogText.Get("Ocel_ObjectTypeUnknown", _objectType, listed));
        }

        foreach (var (type, id) in _allObjects)
        {
            if (type == _objectType)
            {
                _objects.Add(id);
            }
        }

        _allObjects.Clear();
        _builder = new EventLogBuilder(sourceName);
    }

    public bool IsResource(string attribute) => ocel.ResourceAttributes.Contains(attribute, StringComparer.OrdinalIgnoreCase);

    public bool IsOrganization(string attribute) => ocel.OrganizationAttributes.Contains(attribute, StringComparer.OrdinalIgnoreCase);

    public bool Keeps(string attribute) => options.KeepEventAttributes.Contains(attribute) && !options.IdentifyingAttributes.Contains(attribute);

    public bool IsIdentifying(string attribute) => options.IdentifyingAttributes.Contains(attribute);

    /// <summary>Adds one OCEL event to each case it relates to (once per case, however often it is related).</summary>
    public void AddEvent(
        string? activity, string? time, string? resource, string? organization, IReadOnlyList<string> objectIds,
        IReadOnlyList<(string Key, AttributeValue Value)> attributes, string location, long order)
    {
        var builder = _builder ?? throw new InvalidOperationException("Choose the object type first.");
        if (string.IsNullOrEmpty(activity))
        {
            throw new InputRejectedException(location, EventLogText.Get("Ocel_MissingField", "type"));
        }

        if (string.IsNullOrEmpty(time))
        {
            throw new InputRejectedException(location, EventLogText.Get("Time_Missing"));
        }

        if (!TimestampParser.TryParse(time, out var ticks, out var hasZone))
        {
            throw new InputRejectedException(location, EventLogText.Get("Time_Invalid", time));
        }

        if (Times.IsFirstOfItsForm(hasZone))
        {
            Times.Record(hasZone, new TimeSample(location, time, order));
        }

        _eventCases.Clear();
        foreach (var id in objectIds)
        {
            if (!_objects.Contains(id))
            {
                continue;
            }

            if (!_cases.TryGetValue(id, out var @case))
            {
                @case = builder.AddCase(options.Pseudonymizer.Pseudonymize(id));
                _cases.Add(id, @case);
            }

            if (!_eventCases.Add(@case))
            {
                continue;
            }

            builder.AddEvent(
                @case, builder.Activities.Intern(activity),
                string.IsNullOrEmpty(resource) ? EventLog.None : builder.Resources.Intern(resource),
                string.IsNullOrEmpty(organization) ? EventLog.None : builder.Organizations.Intern(organization),
                Times.ToUtc(ticks, hasZone), LifecycleTransition.Complete);
            foreach (var (key, value) in attributes)
            {
                builder.SetEventAttribute(builder.EventAttributeKey(key), value);
            }
        }

        if (builder.EventCount > options.MaxEvents)
        {
            throw new InputRejectedException(ReadLocation.File(sourceName), EventLogText.Get("Read_TooManyEvents", options.MaxEvents));
        }
    }

    public int EventCount => _builder?.EventCount ?? 0;

    public EventLog Build(CancellationToken cancellationToken)
    {
        var builder = _builder ?? throw new InvalidOperationException("Choose the object type first.");
        TimeNormalizer.CheckNotMixed([Times]);
        return builder.Build(cancellationToken);
    }
}
