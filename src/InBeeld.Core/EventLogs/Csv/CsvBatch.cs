using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Csv;

/// <summary>
/// The rows of one chunk, converted by one worker: values interned per column by their bytes
/// (decoded, and for case ids pseudonymised, only when new), times in UTC. Merged into the
/// builder in file order by <see cref="FlushTo"/>. A problem stops the chunk and is kept in
/// <see cref="Error"/>, to be reported when the merge reaches it — so the first problem in the file wins.
/// </summary>
internal sealed class CsvBatch
{
    private readonly Column _case = new();
    private readonly Column _activity = new();
    private readonly Column _organization = new();
    private readonly Column _resource = new();
    private readonly List<Guid> _pseudonyms = [];
    private readonly ColumnBuffer<int> _caseOf = new(16384);
    private readonly ColumnBuffer<int> _activityOf = new(16384);
    private readonly ColumnBuffer<int> _organizationOf = new(16384);
    private readonly ColumnBuffer<int> _resourceOf = new(16384);
    private readonly ColumnBuffer<long> _time = new(16384);
    private readonly ColumnBuffer<long> _start = new(16384);
    private readonly ColumnBuffer<LifecycleTransition> _lifecycle = new(16384);
    private readonly List<(int Row, int Attribute, string Value)> _attributes = [];
    private char[] _chars = new char[256];
    private bool _hasStartOrLifecycle;

    public CsvBatch(TimeZoneInfo zone)
    {
        Times = new TimeNormalizer(zone);
    }

    public TimeNormalizer Times { get; }

    public InputRejectedException? Error { get; set; }

    public int Rows => _time.Count;

    /// <summary>Empties the batch for the next chunk (names are per chunk: the merge maps them anyway).</summary>
    public void Clear()
    {
        foreach (var column in new[] { _case, _activity, _organization, _resource })
        {
            column.Keys.Clear();
            column.Names.Clear();
        }

        _pseudonyms.Clear();
        _caseOf.Clear();
        _activityOf.Clear();
        _organizationOf.Clear();
        _resourceOf.Clear();
        _time.Clear();
        _start.Clear();
        _lifecycle.Clear();
        _attributes.Clear();
        _hasStartOrLifecycle = false;
        Error = null;
    }

    /// <summary>Converts every row of <paramref name="rows"/>; stops at the first problem (kept in <see cref="Error"/>).</summary>
    public void Convert(CsvRowReader rows, CsvColumns columns, CsvDialect dialect, EventLogReadOptions options, string sourceName)
    {
        try
        {
            while (rows.ReadRow())
            {
                if (rows.FieldCount == 1 && rows.Field(0).Length == 0)
                {
                    continue;
                }

                if (rows.FieldCount != columns.Header.Length)
                {
                    throw new InputRejectedException(ReadLocation.Line(sourceName, rows.Line), EventLogText.Get(
                        "Csv_WrongFieldCount", rows.FieldCount, columns.Header.Length, dialect.DelimiterName));
                }

                ConvertRow(rows, columns, dialect, options, sourceName);
            }
        }
        catch (InputRejectedException rejected)
        {
            Error = rejected;
        }
        catch (CsvSyntaxException syntax)
        {
            Error = new InputRejectedException(ReadLocation.Line(sourceName, syntax.Line), EventLogText.Get(syntax.TextKey, CsvRowReader.MaxRowBytes >> 20));
        }
    }

    /// <summary>Adds the rows to <paramref name="builder"/> (in their order), mapping local numbers to the builder's.</summary>
    public void FlushTo(EventLogBuilder builder, int[] attributeKeys)
    {
        var cases = _pseudonyms.Select(builder.AddCase).ToArray();
        var activities = _activity.Names.Select(builder.Activities.Intern).ToArray();
        var organizations = _organization.Names.Select(builder.Organizations.Intern).ToArray();
        var resources = _resource.Names.Select(builder.Resources.Intern).ToArray();
        var eventOfRow = new int[Rows];
        if (!_hasStartOrLifecycle)
        {
            // Bulk: map local numbers to the builder's in tight loops, then append whole columns.
            var first = builder.EventCount;
            var caseColumn = new int[Rows];
            var activityColumn = new int[Rows];
            var organizationColumn = new int[Rows];
            var resourceColumn = new int[Rows];
            for (var r = 0; r < Rows; r++)
            {
                caseColumn[r] = cases[_caseOf[r]];
                activityColumn[r] = activities[_activityOf[r]];
                organizationColumn[r] = _organizationOf[r] < 0 ? EventLog.None : organizations[_organizationOf[r]];
                resourceColumn[r] = _resourceOf[r] < 0 ? EventLog.None : resources[_resourceOf[r]];
                eventOfRow[r] = first + r;
            }

            builder.AddCompleteEvents(caseColumn, activityColumn, resourceColumn, organizationColumn, _time.Span);
        }
        else
        {
            for (var r = 0; r < Rows; r++)
            {
                var @case = cases[_caseOf[r]];
                var activity = activities[_activityOf[r]];
                var organization = _organizationOf[r] < 0 ? EventLog.None : organizations[_organizationOf[r]];
                var resource = _resourceOf[r] < 0 ? EventLog.None : resources[_resourceOf[r]];
                if (_start[r] != long.MinValue)
                {
                    builder.AddEvent(@case, activity, resource, organization, _start[r], LifecycleTransition.Start);
                }

                eventOfRow[r] = builder.EventCount;
                builder.AddEvent(@case, activity, resource, organization, _time[r], _lifecycle[r]);
            }
        }

        foreach (var (row, attribute, value) in _attributes)
        {
            builder.SetEventAttributeAt(eventOfRow[row], attributeKeys[attribute], AttributeValue.FromText(value));
        }
    }

    private void ConvertRow(CsvRowReader rows, CsvColumns columns, CsvDialect dialect, EventLogReadOptions options, string sourceName)
    {
        var @case = Intern(_case, rows, columns.Case, required: true, "Csv_Role_Case", columns, dialect, sourceName);
        if (@case == _pseudonyms.Count)
        {
            _pseudonyms.Add(options.Pseudonymizer.Pseudonymize(_case.Names[@case]));
        }

        var activity = Intern(_activity, rows, columns.Activity, required: true, "Csv_Role_Activity", columns, dialect, sourceName);
        var organization = columns.Organization < 0 ? EventLog.None : Intern(_organization, rows, columns.Organization, required: false, null, columns, dialect, sourceName);
        var resource = columns.Resource < 0 ? EventLog.None : Intern(_resource, rows, columns.Resource, required: false, null, columns, dialect, sourceName);
        var lifecycle = columns.Lifecycle < 0 ? LifecycleTransition.Complete : Lifecycle(Text(rows, columns.Lifecycle, dialect));
        var complete = Time(rows, columns.Timestamp, columns, dialect, sourceName) ?? throw new InputRejectedException(
            ReadLocation.LineColumn(sourceName, rows.Line, columns.Header[columns.Timestamp]), EventLogText.Get("Time_Missing"));
        var start = columns.StartTimestamp >= 0 ? Time(rows, columns.StartTimestamp, columns, dialect, sourceName) : null;
        _caseOf.Add(@case);
        _activityOf.Add(activity);
        _organizationOf.Add(organization);
        _resourceOf.Add(resource);
        _time.Add(complete);
        _start.Add(start ?? long.MinValue);
        _lifecycle.Add(lifecycle);
        _hasStartOrLifecycle |= start is not null || lifecycle != LifecycleTransition.Complete;
        for (var i = 0; i < columns.Attributes.Length; i++)
        {
            var text = Text(rows, columns.Attributes[i], dialect);
            if (!text.IsEmpty)
            {
                _attributes.Add((Rows - 1, i, text.ToString()));
            }
        }
    }

    private static int Intern(
        Column column, CsvRowReader rows, int field, bool required, string? role, CsvColumns columns, CsvDialect dialect, string sourceName)
    {
        var bytes = rows.Field(field).Trim(" \t"u8);
        if (bytes.IsEmpty)
        {
            return !required ? EventLog.None : throw new InputRejectedException(
                ReadLocation.LineColumn(sourceName, rows.Line, columns.Header[field]), EventLogText.Get("Csv_EmptyValue", EventLogText.Get(role!)));
        }

        var found = column.Keys.Find(bytes);
        if (found >= 0)
        {
            return found;
        }

        column.Names.Add(dialect.Encoding.GetString(bytes).Trim());
        return column.Keys.Add(bytes);
    }

    private long? Time(CsvRowReader rows, int field, CsvColumns columns, CsvDialect dialect, string sourceName)
    {
        var bytes = rows.Field(field).Trim((byte)' ');
        if (bytes.IsEmpty)
        {
            return null;
        }

        if (!TimestampParser.TryParse(bytes, out var ticks, out var hasZone))
        {
            throw new InputRejectedException(
                ReadLocation.LineColumn(sourceName, rows.Line, columns.Header[field]), EventLogText.Get("Time_Invalid", Text(rows, field, dialect).ToString()));
        }

        if (Times.IsFirstOfItsForm(hasZone))
        {
            Times.Record(hasZone, new TimeSample(
                ReadLocation.LineColumn(sourceName, rows.Line, columns.Header[field]), Text(rows, field, dialect).ToString(), (rows.Line << 20) + field));
        }

        return Times.ToUtc(ticks, hasZone);
    }

    /// <summary>The field decoded into a reused buffer, trimmed; valid until the next call.</summary>
    private ReadOnlySpan<char> Text(CsvRowReader rows, int field, CsvDialect dialect)
    {
        var bytes = rows.Field(field);
        if (bytes.Length > _chars.Length)
        {
            _chars = new char[bytes.Length * 2];
        }

        var length = dialect.Encoding.GetChars(bytes, _chars);
        return _chars.AsSpan(0, length).Trim();
    }

    private static LifecycleTransition Lifecycle(ReadOnlySpan<char> value) =>
        value.IsEmpty || value.Equals("complete", StringComparison.OrdinalIgnoreCase) ? LifecycleTransition.Complete
        : value.Equals("start", StringComparison.OrdinalIgnoreCase) ? LifecycleTransition.Start
        : LifecycleTransition.Other;

    private sealed class Column
    {
        public Utf8Interner Keys { get; } = new();

        public List<string> Names { get; } = [];
    }
}
