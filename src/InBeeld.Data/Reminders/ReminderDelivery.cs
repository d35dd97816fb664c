namespace InBeeld.Data.Reminders;

/// <summary>
/// The record of one account's reminder digest on one Dutch calendar day: at most one row per
/// (account, day), so a second run that day — after a restart, or on a second web instance — finds it
/// and sends nothing again, while a failed send stays open for the next run. Holds no address and no
/// mail text: only when it was tried, whether it went out, and a short technical note when it did not.
/// </summary>
public sealed class ReminderDelivery
{
    public const int MaxFailureLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }

    /// <summary>The Dutch calendar day the digest is for.</summary>
    public DateOnly Day { get; set; }

    /// <summary>When the latest attempt started; a run claims a row by moving this.</summary>
    public DateTimeOffset AttemptedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>Set once the mail server accepted the digest; the row is done for the day.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the latest attempt failed (SMTP status, no address); null while sending or once sent.</summary>
    public string? Failure { get; set; }
}
