namespace InBeeld.Core.Composites.MemberCheck;

/// <summary>One member check of an interview: when the B1 text was printed, and the participant's answer.</summary>
public sealed class MemberCheckRecord
{
    public const int MaxCorrectionLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public Guid InterviewId { get; set; }
    public DateTimeOffset? PrintedAt { get; set; }
    public string? PrintedBy { get; set; }
    public MemberCheckAnswer? Answer { get; set; }

    /// <summary>What the participant wants changed, in their words (only with <see cref="MemberCheckAnswer.Corrected"/>).</summary>
    public string? Correction { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
}
