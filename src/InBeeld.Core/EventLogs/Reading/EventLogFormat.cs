namespace InBeeld.Core.EventLogs.Reading;

/// <summary>The file formats InBeeld reads event logs from.</summary>
public enum EventLogFormat
{
    Xes,
    Csv,
    OcelJson,
    OcelXml,
}
