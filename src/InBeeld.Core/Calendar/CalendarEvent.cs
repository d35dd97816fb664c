namespace InBeeld.Core.Calendar;

/// <summary>An all-day event in a feed: a due date or a review date of an action.</summary>
/// <param name="Uid">Stable across feed refreshes, so a calendar updates the event instead of adding a copy.</param>
public sealed record CalendarEvent(string Uid, DateOnly Date, string Summary, string? Description, string? Url);
