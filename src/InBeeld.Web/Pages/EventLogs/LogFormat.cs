using System.Globalization;
using InBeeld.Core.EventLogs;
using InBeeld.Core.EventLogs.Reading;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>How the event-log pages write numbers, shares, moments and durations for people (Amsterdam time).</summary>
public static class LogFormat
{
    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Share(double share) => share.ToString("P1", CultureInfo.CurrentCulture);

    public static string Duration(TimeSpan duration) => DurationText.Format(duration);

    public static string Fitness(double value) => value.ToString("0.000", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, EventLogReadOptions.DefaultTimeZone).ToString("g", CultureInfo.CurrentCulture);

    public static string Date(long utcTicks) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(utcTicks, TimeSpan.Zero), EventLogReadOptions.DefaultTimeZone).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A size in the largest whole binary unit people know: "2 GB", "64 MB", "512 kB".</summary>
    public static string Bytes(long bytes)
    {
        (long Size, string Unit)[] units = [(1L << 40, "TB"), (1L << 30, "GB"), (1L << 20, "MB"), (1L << 10, "kB")];
        foreach (var (size, unit) in units)
        {
            if (bytes >= size)
            {
                var value = (double)bytes / size;
                return $"{value.ToString(value % 1 == 0 ? "N0" : "N1", CultureInfo.CurrentCulture)} {unit}";
            }
        }

        return $"{Number(bytes)} bytes";
    }
}
