using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.EventLogs.Ocel;

namespace InBeeld.Core.EventLogs.Reading;

/// <summary>Everything needed to read a log file of any format.</summary>
public sealed record EventLogFileOptions
{
    public required EventLogReadOptions Read { get; init; }

    /// <summary>For CSV; null: guessed from the header.</summary>
    public CsvMapping? CsvMapping { get; init; }

    /// <summary>For OCEL 2.0.</summary>
    public OcelOptions Ocel { get; init; } = new();

    /// <summary>Null: decided from the file name and, if that does not tell, from the first bytes.</summary>
    public EventLogFormat? Format { get; init; }
}
