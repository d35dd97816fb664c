namespace InBeeld.Core.Retention;

/// <summary>
/// What one run of the retention job removed from one study — counts only, never the content —
/// so a privacy officer can show that the bewaartermijn is kept.
/// </summary>
public sealed class RetentionRun
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>"dagelijks" for the scheduled job, or the CLI user.</summary>
    public required string TriggeredBy { get; set; }

    public int InterviewsAnonymized { get; set; }
    public int TranscriptsDeleted { get; set; }
    public int QuotesDeleted { get; set; }
    public int StepTextsCleared { get; set; }
    public int ContactsDeleted { get; set; }
}
