namespace InBeeld.Web.Reminders;

/// <summary>What one run did: digests sent, sends that failed (tried again next run), and digests already sent or being sent elsewhere.</summary>
public sealed record ReminderRunResult(int Sent, int Failed, int Skipped);
