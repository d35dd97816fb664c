using System.Text;
using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Ocel;
using InBeeld.Core.EventLogs.Xes;

namespace InBeeld.Core.EventLogs.Reading;

/// <summary>Reads a log file of any supported format, recognised by its extension or its first bytes.</summary>
public static class EventLogFiles
{
    public static EventLog Read(string path, EventLogFileOptions options, CancellationToken cancellationToken = default)
    {
        using var source = EventLogSource.Open(path);
        return Read(source, options, cancellationToken);
    }

    public static EventLog Read(EventLogSource source, EventLogFileOptions options, CancellationToken cancellationToken = default) =>
        (options.Format ?? Detect(source)) switch
        {
            EventLogFormat.Xes => XesReader.Read(source, options.Read, cancellationToken),
            EventLogFormat.OcelJson => OcelJsonReader.Read(source, options.Ocel, options.Read, cancellationToken),
            EventLogFormat.OcelXml => OcelXmlReader.Read(source, options.Ocel, options.Read, cancellationToken),
            _ => CsvLogReader.Read(source, options.CsvMapping, options.Read, cancellationToken),
        };

    /// <summary>By extension (.xes, .csv, .tsv, .jsonocel, .xmlocel, each optionally .gz), else by content.</summary>
    public static EventLogFormat Detect(EventLogSource source)
    {
        var name = source.Name.ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            name = name[..^3];
        }

        var byName = Path.GetExtension(name) switch
        {
            ".xes" => EventLogFormat.Xes,
            ".csv" or ".tsv" => EventLogFormat.Csv,
            ".jsonocel" => EventLogFormat.OcelJson,
            ".xmlocel" => EventLogFormat.OcelXml,
            _ => (EventLogFormat?)null,
        };
        return byName ?? DetectByContent(source);
    }

    private static EventLogFormat DetectByContent(EventLogSource source)
    {
        var head = new byte[8192];
        var read = source.Content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        source.Rewind();
        var text = Encoding.UTF8.GetString(head, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('{'))
        {
            return EventLogFormat.OcelJson;
        }

        if (!text.StartsWith('<'))
        {
            return EventLogFormat.Csv;
        }

        // OCEL 2.0 XML and XES both have a <log> root; OCEL declares object types first.
        return text.Contains("<object-types", StringComparison.Ordinal) || text.Contains("<events", StringComparison.Ordinal)
            ? EventLogFormat.OcelXml
            : EventLogFormat.Xes;
    }
}
