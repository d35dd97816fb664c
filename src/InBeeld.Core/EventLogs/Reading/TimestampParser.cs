namespace InBeeld.Core.EventLogs.Reading;

/// <summary>
/// Parses the timestamps found in event logs without allocating: ISO 8601 / xs:dateTime
/// (<c>2024-03-12T14:05:00.123+01:00</c>, <c>2024-03-12 14:05</c>, <c>2024-03-12</c>) and the Dutch
/// day-first form (<c>12-03-2024 14:05:00</c>, <c>2-3-2024 9:05</c>, also with '/' or '.').
/// Month-first (American) dates are never assumed. A zone may follow: <c>Z</c>, <c>+01:00</c>,
/// <c>+0100</c> or <c>+01</c>. The result is UTC ticks when a zone was given, else wall-clock ticks.
/// </summary>
public static class TimestampParser
{
    public static bool TryParse(ReadOnlySpan<char> text, out long ticks, out bool hasZone)
    {
        Span<byte> bytes = stackalloc byte[48];
        text = text.Trim();
        ticks = 0;
        hasZone = false;
        if (text.Length > bytes.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F)
            {
                return false;
            }

            bytes[i] = (byte)text[i];
        }

        return TryParse(bytes[..text.Length], out ticks, out hasZone);
    }

    public static bool TryParse(ReadOnlySpan<byte> text, out long ticks, out bool hasZone)
    {
        ticks = 0;
        hasZone = false;
        text = text.Trim((byte)' ');
        var p = 0;
        var first = Digits(text, ref p, 4, out var firstLength);
        if (firstLength == 0 || p >= text.Length)
        {
            return false;
        }

        var separator = text[p];
        int year, month, day;
        if (firstLength == 4 && separator is (byte)'-' or (byte)'/')
        {
            year = first;
            p++;
            month = Digits(text, ref p, 2, out var ml);
            if (ml == 0 || p >= text.Length || text[p] != separator)
            {
                return false;
            }

            p++;
            day = Digits(text, ref p, 2, out var dl);
            if (dl == 0)
            {
                return false;
            }
        }
        else if (firstLength <= 2 && separator is (byte)'-' or (byte)'/' or (byte)'.')
        {
            day = first;
            p++;
            month = Digits(text, ref p, 2, out var ml);
            if (ml == 0 || p >= text.Length || text[p] != separator)
            {
                return false;
            }

            p++;
            year = Digits(text, ref p, 4, out var yl);
            if (yl != 4)
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        long result = new DateTime(year, month, day).Ticks;
        if (p < text.Length && (text[p] == (byte)'T' || text[p] == (byte)' '))
        {
            while (p < text.Length && (text[p] == (byte)'T' || text[p] == (byte)' '))
            {
                p++;
            }

            if (!TryTime(text, ref p, out var time))
            {
                return false;
            }

            result += time;
        }

        if (p < text.Length)
        {
            if (!TryZone(text[p..], out var offset))
            {
                return false;
            }

            hasZone = true;
            result -= offset;
            if (result < 0 || result > DateTime.MaxValue.Ticks)
            {
                return false;
            }
        }

        ticks = result;
        return true;
    }

    private static bool TryTime(ReadOnlySpan<byte> text, ref int p, out long ticks)
    {
        ticks = 0;
        var hour = Digits(text, ref p, 2, out var hl);
        if (hl == 0 || p >= text.Length || text[p] != (byte)':')
        {
            return false;
        }

        p++;
        var minute = Digits(text, ref p, 2, out var ml);
        if (ml != 2)
        {
            return false;
        }

        var second = 0;
        long fraction = 0;
        if (p < text.Length && text[p] == (byte)':')
        {
            p++;
            second = Digits(text, ref p, 2, out var sl);
            if (sl != 2)
            {
                return false;
            }

            if (p < text.Length && (text[p] == (byte)'.' || text[p] == (byte)','))
            {
                p++;
                var scale = TimeSpan.TicksPerSecond;
                var any = false;
                while (p < text.Length && (uint)(text[p] - '0') <= 9)
                {
                    scale /= 10;
                    fraction += (text[p] - '0') * scale;
                    p++;
                    any = true;
                }

                if (!any)
                {
                    return false;
                }
            }
        }

        // 24:00:00 is ISO's end of day; accept it, reject anything beyond.
        if (hour > 24 || minute > 59 || second > 59 || (hour == 24 && (minute > 0 || second > 0 || fraction > 0)))
        {
            return false;
        }

        ticks = (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond) + fraction;
        return true;
    }

    private static bool TryZone(ReadOnlySpan<byte> zone, out long offset)
    {
        offset = 0;
        if (zone.Length == 1 && zone[0] is (byte)'Z' or (byte)'z')
        {
            return true;
        }

        if (zone.Length < 3 || zone[0] is not ((byte)'+' or (byte)'-'))
        {
            return false;
        }

        var sign = zone[0] == (byte)'-' ? -1 : 1;
        var p = 1;
        var hours = Digits(zone, ref p, 2, out var hl);
        if (hl != 2)
        {
            return false;
        }

        var minutes = 0;
        if (p < zone.Length && zone[p] == (byte)':')
        {
            p++;
        }

        if (p < zone.Length)
        {
            minutes = Digits(zone, ref p, 2, out var ml);
            if (ml != 2)
            {
                return false;
            }
        }

        if (p != zone.Length || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = sign * ((hours * TimeSpan.TicksPerHour) + (minutes * TimeSpan.TicksPerMinute));
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> text, ref int p, int max, out int length)
    {
        var value = 0;
        length = 0;
        while (p < text.Length && length < max && (uint)(text[p] - '0') <= 9)
        {
            value = (value * 10) + (text[p] - '0');
            p++;
            length++;
        }

        return value;
    }
}
