namespace InBeeld.Data.Reminders;

/// <summary>
/// What the coordinator sees of the reminder log: the last digest that went out, and on the last day
/// anything was tried, how many sends still fail, when the latest failed and why.
/// </summary>
public sealed record ReminderLogSummary(DateTimeOffset? LastSentAt, DateOnly? LastDay, int FailingOnLastDay, DateTimeOffset? LastFailedAt, string? LastFailure);
