namespace InBeeld.Core.EventLogs.Reading;

/// <summary>How far a read has come: bytes of the file (compressed bytes for .gz) and events so far.</summary>
public readonly record struct EventLogReadProgress(long BytesRead, long TotalBytes, long Events);
