namespace InBeeld.Data.Calendar;

/// <summary>
/// A user's secret calendar-feed address. Calendar apps fetch feeds without signing in, so the
/// address carries a token; only its SHA-256 hash is stored, like a password, and renewing it makes
/// the old address stop working.
/// </summary>
public sealed class CalendarFeed
{
    public Guid UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
