namespace InBeeld.Core.EventLogs.Reading;

/// <summary>The "where" of a read error, in the user's language: file, line and position or column.</summary>
public static class ReadLocation
{
    public static string File(string source) => EventLogText.Get("Location_File", source);

    public static string Line(string source, long line) => EventLogText.Get("Location_Line", source, line);

    public static string LinePosition(string source, long line, long position) =>
        position > 0 ? EventLogText.Get("Location_LinePosition", source, line, position) : Line(source, line);

    public static string LineColumn(string source, long line, string column) => EventLogText.Get("Location_LineColumn", source, line, column);
}
