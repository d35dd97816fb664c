namespace InBeeld.Web.Pages.Audit;

/// <summary>Times in the log are shown in Dutch time: the people reading it work in the Netherlands.</summary>
internal static class AuditZone
{
    public static TimeZoneInfo Local { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;
}
