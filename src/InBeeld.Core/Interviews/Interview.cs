namespace InBeeld.Core.Interviews;

/// <summary>One conversation with a participant and the route it describes.</summary>
public sealed class Interview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public Guid ParticipantId { get; set; }
    public DateOnly Date { get; set; }
    public InterviewMode Mode { get; set; }

    /// <summary>Who held the interview (a researcher, not the participant).</summary>
    public string? Interviewer { get; set; }

    public Consent Consent { get; set; } = new();

    /// <summary>Optional transcript; at most <see cref="InterviewRules.MaxTranscriptLength"/> characters.</summary>
    public string? Transcript { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the retention job removed the raw content; the route's structure stays for analysis.</summary>
    public DateTimeOffset? AnonymizedAt { get; set; }

    /// <summary>The route, kept sorted by <see cref="Step.Order"/>.</summary>
    public List<Step> Steps { get; set; } = [];
}
