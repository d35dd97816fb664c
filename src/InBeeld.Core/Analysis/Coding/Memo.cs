namespace InBeeld.Core.Analysis.Coding;

/// <summary>
/// A researcher's note during analysis (memo), on one code (what it means, doubts about its
/// boundaries) or on one interview (first impressions, context). Exactly one of
/// <see cref="CodeId"/> and <see cref="InterviewId"/> is set.
/// </summary>
public sealed class Memo
{
    public const int MaxTextLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public Guid? CodeId { get; set; }
    public Guid? InterviewId { get; set; }

    /// <summary>The author's account id as text, like <see cref="Coding.CoderId"/>.</summary>
    public required string AuthorId { get; set; }

    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
