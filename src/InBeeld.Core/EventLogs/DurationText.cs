namespace InBeeld.Core.EventLogs;

/// <summary>Durations for people: seconds, minutes, hours (under two days) or days, with one decimal where it helps.</summary>
public static class DurationText
{
    public static string Format(TimeSpan duration)
    {
        var culture = EventLogText.Culture;
        if (duration < TimeSpan.FromMinutes(1))
        {
            return EventLogText.Get("Duration_Seconds", Math.Round(duration.TotalSeconds).ToString("0", culture));
        }

        if (duration < TimeSpan.FromHours(1))
        {
            return EventLogText.Get("Duration_Minutes", Math.Round(duration.TotalMinutes).ToString("0", culture));
        }

        if (duration < TimeSpan.FromDays(2))
        {
            return EventLogText.Get("Duration_Hours", duration.TotalHours.ToString("0.0", culture));
        }

        return EventLogText.Get("Duration_Days", duration.TotalDays.ToString(duration.TotalDays < 100 ? "0.0" : "N0", culture));
    }
}
