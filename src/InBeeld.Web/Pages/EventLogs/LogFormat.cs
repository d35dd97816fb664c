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
}
