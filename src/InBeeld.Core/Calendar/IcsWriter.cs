using System.Globalization;
using System.Text;

namespace InBeeld.Core.Calendar;

/// <summary>
/// Writes an iCalendar (RFC 5545) feed of all-day events. Lines end in CRLF and are folded at 75
/// octets without splitting a UTF-8 character (section 3.1); text values escape backslash, semicolon,
/// comma and newlines (section 3.3.11). All-day events use DATE values, which calendars show on that
/// day in every time zone: a due date is a day, not a moment.
/// </summary>
public static class IcsWriter
{
    private const int MaxOctets = 75;

    public static string Write(string calendarName, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        var builder = new StringBuilder();
        Line(builder, "BEGIN:VCALENDAR");
        Line(builder, "VERSION:2.0");
        Line(builder, "PRODID:-//InBeeld//Verbeteracties//NL");
        Line(builder, "CALSCALE:GREGORIAN");
        Line(builder, "METHOD:PUBLISH");
        Line(builder, "X-WR-CALNAME:" + Escape(calendarName));
        var dtStamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events.OrderBy(e => e.Date).ThenBy(e => e.Uid, StringComparer.Ordinal))
        {
            Line(builder, "BEGIN:VEVENT");
            Line(builder, "UID:" + e.Uid);
            Line(builder, "DTSTAMP:" + dtStamp);
            Line(builder, "DTSTART;VALUE=DATE:" + Date(e.Date));
            Line(builder, "DTEND;VALUE=DATE:" + Date(e.Date.AddDays(1)));
            Line(builder, "SUMMARY:" + Escape(e.Summary));
            if (!string.IsNullOrEmpty(e.Description))
            {
                Line(builder, "DESCRIPTION:" + Escape(e.Description));
            }

            if (!string.IsNullOrEmpty(e.Url))
            {
                Line(builder, "URL:" + e.Url);
            }

            Line(builder, "TRANSP:TRANSPARENT");
            Line(builder, "END:VEVENT");
        }

        Line(builder, "END:VCALENDAR");
        return builder.ToString();
    }

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Appends one content line, folded: continuation lines start with a space, which counts toward their 75 octets.</summary>
    private static void Line(StringBuilder builder, string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > MaxOctets)
            {
                builder.Append("\r\n ");
                octets = 1;
            }

            builder.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        builder.Append("\r\n");
    }
}
