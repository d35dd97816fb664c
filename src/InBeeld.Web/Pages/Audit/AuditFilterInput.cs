using InBeeld.Core.Auditing;
using InBeeld.Data.Auditing;

namespace InBeeld.Web.Pages.Audit;

/// <summary>The audit log filter as the GET form sends it.</summary>
public sealed record AuditFilterInput
{
    public string? Actor { get; init; }
    public string? Action { get; init; }
    public AuditResult? Result { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? Until { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>Dates are whole days in the reader's time zone; Until includes its own day.</summary>
    public AuditFilter ToFilter(Guid? studyId, TimeZoneInfo zone) => new(
        studyId,
        Actor,
        Action,
        Result,
        From is { } from ? Start(from, zone) : null,
        Until is { } until ? Start(until.AddDays(1), zone) : null,
        Math.Max(1, Page));

    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
