using System.Text;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Csv;

/// <summary>
/// Reads an event log from CSV (optionally gzip-compressed) with a column mapping — given, or
/// guessed from the header (<see cref="CsvColumnGuesser"/>). Delimiter and character set are
/// detected (<see cref="CsvDialect"/>); timestamps may be ISO 8601 or Dutch (day first), see
/// <see cref="TimestampParser"/>. Rows of one case may be spread over the file. Streams with
/// a fixed buffer and never turns a field into a string unless it is a new name. Any problem
/// refuses the whole file with line and column.
/// </summary>
public static class CsvLogReader
{
    /// <summary>Bytes looked at to detect the delimiter and character set.</summary>
    public const int SampleBytes = 64 * 1024;

    private const int ReportEvery = 1 << 16;

    public static EventLog ReadFile(string path, CsvMapping? mapping, EventLogReadOptions options, CancellationToken cancellationToken = default)
    {
        using var source = EventLogSource.Open(path);
        return Read(source, mapping, options, cancellationToken);
    }

    public static EventLog Read(EventLogSource source, CsvMapping? mapping, EventLogReadOptions options, CancellationToken cancellationToken = default)
    {
        try
        {
            var sample = ReadSample(source);
            var dialect = CsvDialect.Detect(sample);
            var rows = new CsvRowReader(source.Content, (byte)dialect.Delimiter, sample);
            var header = ReadHeader(rows, dialect, source.Name);
            var resolved = mapping ?? CsvColumnGuesser.Suggest(header).ToMapping() ?? throw Incomplete(header, source.Name);
            var columns = CsvColumns.Resolve(header, resolved, options.IdentifyingAttributes, source.Name);
            return new RowConverter(source, rows, dialect, columns, options, ExpectedRows(source, sample)).Run(cancellationToken);
        }
        catch (InputRejectedException) when (source.IsCompressed && source.IsTruncated())
        {
            // A cut-off .gz file often shows as a broken last row or event; say what really happened.
            throw source.GzipBroken();
        }
        catch (CsvSyntaxException syntax)
        {
            if (source.IsTruncated())
            {
                throw source.GzipBroken();
            }

            var text = syntax.TextKey == "Csv_RowTooLong"
                ? EventLogText.Get(syntax.TextKey, CsvRowReader.MaxRowBytes >> 20)
                : EventLogText.Get(syntax.TextKey);
            throw new InputRejectedException(ReadLocation.Line(source.Name, syntax.Line), text);
        }
        catch (InvalidDataException)
        {
            throw source.GzipBroken();
        }
        catch (IOException exception)
        {
            throw new InputRejectedException(ReadLocation.File(source.Name), EventLogText.Get("Read_FileUnreadable", exception.Message));
        }
    }

    internal static byte[] ReadSample(EventLogSource source)
    {
        var sample = new byte[SampleBytes];
        var read = source.Content.ReadAtLeast(sample, SampleBytes, throwOnEndOfStream: false);
        if (read == 0)
        {
            throw new InputRejectedException(ReadLocation.File(source.Name), EventLogText.Get("Read_Empty"));
        }

        return sample[..read];
    }

    internal static string[] ReadHeader(CsvRowReader rows, CsvDialect dialect, string sourceName)
    {
        if (!rows.ReadRow())
        {
            throw new InputRejectedException(ReadLocation.File(sourceName), EventLogText.Get("Csv_NoHeader"));
        }

        var header = new string[rows.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = rows.FieldText(i, dialect.Encoding);
        }

        return header;
    }

    /// <summary>Rows the file will have, judged by the sample, so the builder allocates once (capped; a guess may be off).</summary>
    private static int ExpectedRows(EventLogSource source, byte[] sample)
    {
        var lines = Math.Max(1, sample.AsSpan().Count((byte)'\n'));
        var bytes = source.IsCompressed ? source.TotalBytes * 8 : source.TotalBytes;
        return (int)Math.Clamp(bytes / Math.Max(1, sample.Length / lines), 4096, 32 << 20);
    }

    private static InputRejectedException Incomplete(string[] header, string sourceName)
    {
        var suggestion = CsvColumnGuesser.Suggest(header);
        var role = suggestion.Case is null ? "Csv_Role_Case" : suggestion.Activity is null ? "Csv_Role_Activity" : "Csv_Role_Timestamp";
        return new InputRejectedException(ReadLocation.Line(sourceName, 1), EventLogText.Get(
            "Csv_MappingIncomplete", EventLogText.Get(role), string.Join(", ", header.Select(h => $"'{h}'"))));
    }

    /// <summary>One read: turns rows into events for the builder.</summary>
    private sealed class RowConverter
    {
        private readonly EventLogSource _source;
        private readonly CsvRowReader _rows;
        private readonly CsvDialect _dialect;
        private readonly CsvColumns _columns;
        private readonly EventLogReadOptions _options;
        private readonly EventLogBuilder _builder;
        private readonly TimeNormalizer _times;
        private readonly InternedColumn _case = new();
        private readonly InternedColumn _activity = new();
        private readonly InternedColumn _organization = new();
        private readonly InternedColumn _resource = new();
        private readonly int[] _attributeKeys;
        private char[] _chars = new char[1024];

        public RowConverter(EventLogSource source, CsvRowReader rows, CsvDialect dialect, CsvColumns columns, EventLogReadOptions options, int expectedRows)
        {
            _source = source;
            _rows = rows;
            _dialect = dialect;
            _columns = columns;
            _options = options;
            _builder = new EventLogBuilder(source.Name, expectedRows);
            _times = new TimeNormalizer(options.LocalTimeZone);
            _attributeKeys = [.. columns.Attributes.Select(c => _builder.EventAttributeKey(columns.Header[c]))];
        }

        public EventLog Run(CancellationToken cancellationToken)
        {
            long rowCount = 0;
            while (_rows.ReadRow())
            {
                if (_rows.FieldCount == 1 && _rows.Field(0).Length == 0)
                {
                    continue;
                }

                if (_rows.FieldCount != _columns.Header.Length)
                {
                    throw new InputRejectedException(ReadLocation.Line(_source.Name, _rows.Line), EventLogText.Get(
                        "Csv_WrongFieldCount", _rows.FieldCount, _columns.Header.Length, _dialect.DelimiterName));
                }

                ConvertRow();
                if (++rowCount % ReportEvery == 0)
                {
                    Report(cancellationToken);
                }
            }

            Report(cancellationToken);
            _source.EnsureComplete();
            TimeNormalizer.CheckNotMixed([_times]);
            return _builder.Build(cancellationToken);
        }

        private void Report(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_builder.EventCount > _options.MaxEvents)
            {
                throw new InputRejectedException(ReadLocation.File(_source.Name), EventLogText.Get("Read_TooManyEvents", _options.MaxEvents));
            }

            _options.Progress?.Report(new EventLogReadProgress(_source.BytesRead, _source.TotalBytes, _builder.EventCount));
        }

        private void ConvertRow()
        {
            var @case = Interned(_case, _columns.Case, Role.Case);
            var activity = Interned(_activity, _columns.Activity, Role.Activity);
            var organization = _columns.Organization < 0 ? EventLog.None : Interned(_organization, _columns.Organization, Role.Organization);
            var resource = _columns.Resource < 0 ? EventLog.None : Interned(_resource, _columns.Resource, Role.Resource);
            var lifecycle = _columns.Lifecycle >= 0 ? Lifecycle(Text(_columns.Lifecycle)) : LifecycleTransition.Complete;
            var complete = Time(_columns.Timestamp, required: true)!.Value;
            if (_columns.StartTimestamp >= 0 && Time(_columns.StartTimestamp, required: false) is { } start)
            {
                _builder.AddEvent(@case, activity, resource, organization, start, LifecycleTransition.Start);
            }

            _builder.AddEvent(@case, activity, resource, organization, complete, lifecycle);
            for (var i = 0; i < _attributeKeys.Length; i++)
            {
                if (Text(_columns.Attributes[i]) is { Length: > 0 } value)
                {
                    _builder.SetEventAttribute(_attributeKeys[i], AttributeValue.FromText(value.ToString()));
                }
            }
        }

        /// <summary>
        /// The builder's number for the value in <paramref name="column"/>, found by its bytes; only a
        /// new value is decoded (and, for a case id, pseudonymised). Empty: an error for case and
        /// activity, else <see cref="EventLog.None"/>.
        /// </summary>
        private int Interned(InternedColumn interned, int column, Role role)
        {
            var bytes = _rows.Field(column).Trim(" \t"u8);
            if (bytes.IsEmpty)
            {
                return role is Role.Organization or Role.Resource ? EventLog.None : throw new InputRejectedException(
                    ReadLocation.LineColumn(_source.Name, _rows.Line, _columns.Header[column]),
                    EventLogText.Get("Csv_EmptyValue", EventLogText.Get(role == Role.Case ? "Csv_Role_Case" : "Csv_Role_Activity")));
            }

            var found = interned.Keys.Find(bytes);
            if (found >= 0)
            {
                return interned.Numbers[found];
            }

            interned.Keys.Add(bytes);
            var text = _dialect.Encoding.GetString(bytes).Trim();
            var number = role switch
            {
                Role.Case => _builder.AddCase(_options.Pseudonymizer.Pseudonymize(text)),
                Role.Activity => _builder.Activities.Intern(text),
                Role.Organization => _builder.Organizations.Intern(text),
                _ => _builder.Resources.Intern(text),
            };
            interned.Numbers.Add(number);
            return number;
        }

        private long? Time(int column, bool required)
        {
            var bytes = _rows.Field(column).Trim((byte)' ');
            if (bytes.IsEmpty)
            {
                return required ? throw new InputRejectedException(
                    ReadLocation.LineColumn(_source.Name, _rows.Line, _columns.Header[column]), EventLogText.Get("Time_Missing")) : null;
            }

            if (!TimestampParser.TryParse(bytes, out var ticks, out var hasZone))
            {
                throw new InputRejectedException(
                    ReadLocation.LineColumn(_source.Name, _rows.Line, _columns.Header[column]), EventLogText.Get("Time_Invalid", Text(column).ToString()));
            }

            if (_times.IsFirstOfItsForm(hasZone))
            {
                _times.Record(hasZone, new TimeSample(
                    ReadLocation.LineColumn(_source.Name, _rows.Line, _columns.Header[column]), Text(column).ToString(), (_rows.Line << 20) + column));
            }

            return _times.ToUtc(ticks, hasZone);
        }

        /// <summary>The field decoded into a reused buffer, trimmed; valid until the next call.</summary>
        private ReadOnlySpan<char> Text(int column)
        {
            var bytes = _rows.Field(column);
            if (bytes.Length > _chars.Length)
            {
                _chars = new char[bytes.Length * 2];
            }

            var length = _dialect.Encoding.GetChars(bytes, _chars);
            return _chars.AsSpan(0, length).Trim();
        }

        private enum Role
        {
            Case,
            Activity,
            Organization,
            Resource,
        }

        private sealed class InternedColumn
        {
            public Utf8Interner Keys { get; } = new();

            public List<int> Numbers { get; } = [];
        }

        private static LifecycleTransition Lifecycle(ReadOnlySpan<char> value) =>
            value.IsEmpty || value.Equals("complete", StringComparison.OrdinalIgnoreCase) ? LifecycleTransition.Complete
            : value.Equals("start", StringComparison.OrdinalIgnoreCase) ? LifecycleTransition.Start
            : LifecycleTransition.Other;
    }
}
