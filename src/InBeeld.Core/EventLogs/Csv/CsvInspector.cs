using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Csv;

/// <summary>Builds a <see cref="CsvPreview"/> from the first rows of a file, without reading it all.</summary>
public static class CsvInspector
{
    private const int TimeSampleRows = 500;

    public static CsvPreview Preview(EventLogSource source, int rows = 10)
    {
        try
        {
            var sample = CsvLogReader.ReadSample(source);
            var dialect = CsvDialect.Detect(sample);
            var reader = new CsvRowReader(source.Content, (byte)dialect.Delimiter, sample);
            var header = CsvLogReader.ReadHeader(reader, dialect, source.Name);
            var suggestion = CsvColumnGuesser.Suggest(header);
            var timeColumn = suggestion.Timestamp is null ? -1 : Array.IndexOf(header, suggestion.Timestamp);
            var shown = new List<IReadOnlyList<string>>();
            var times = new List<string>();
            while (shown.Count < rows || (timeColumn >= 0 && times.Count < TimeSampleRows))
            {
                if (!reader.ReadRow())
                {
                    break;
                }

                if (shown.Count < rows)
                {
                    shown.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.FieldText(i, dialect.Encoding))]);
                }

                if (timeColumn >= 0 && timeColumn < reader.FieldCount)
                {
                    times.Add(reader.FieldText(timeColumn, dialect.Encoding));
                }
            }

            return new CsvPreview(source.Name, dialect, header, shown, suggestion, timeColumn >= 0 ? DescribeTimes(times) : null);
        }
        catch (CsvSyntaxException syntax)
        {
            throw new InputRejectedException(ReadLocation.Line(source.Name, syntax.Line), EventLogText.Get(syntax.TextKey, CsvRowReader.MaxRowBytes >> 20));
        }
    }

    /// <summary>"ISO 8601 …, met tijdzone" or "Nederlands …, zonder tijdzone: gelezen als Europe/Amsterdam".</summary>
    internal static string DescribeTimes(IReadOnlyList<string> values)
    {
        bool iso = false, dutch = false, zone = false, local = false;
        foreach (var value in values.Where(v => v.Length > 0))
        {
            if (!TimestampParser.TryParse(value, out _, out var hasZone))
            {
                return EventLogText.Get("Csv_TimeFormat_Unknown", value);
            }

            iso |= value.Length > 4 && value[4] is '-' or '/';
            dutch |= !(value.Length > 4 && value[4] is '-' or '/');
            zone |= hasZone;
            local |= !hasZone;
        }

        var format = EventLogText.Get(iso && dutch ? "Csv_TimeFormat_Mixed" : dutch ? "Csv_TimeFormat_Dutch" : "Csv_TimeFormat_Iso");
        var zones = local
            ? EventLogText.Get("Csv_Zone_Without", EventLogReadOptions.DefaultTimeZone.Id)
            : EventLogText.Get("Csv_Zone_With");
        return zone && local ? $"{format}; {EventLogText.Get("Csv_Zone_With")} + {zones}" : $"{format}, {zones}";
    }
}
