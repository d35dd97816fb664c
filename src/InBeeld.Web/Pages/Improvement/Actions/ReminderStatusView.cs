using System.Globalization;
using InBeeld.Data.Reminders;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>The reminder block of the attention page; times shown in Dutch time, as the digest's day is.</summary>
public sealed record ReminderStatusView(bool Enabled, ReminderLogSummary Log)
{
    private static readonly TimeZoneInfo Dutch = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Dutch).ToString("d-M-yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string FormatTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Dutch).ToString("HH:mm", CultureInfo.InvariantCulture);
}
