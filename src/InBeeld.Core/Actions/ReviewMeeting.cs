namespace InBeeld.Core.Actions;

/// <summary>
/// A review meeting (voortgangsoverleg) of the work group: when, who was there, and what was decided
/// about each action it discussed.
/// </summary>
public sealed class ReviewMeeting
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>Who was there, as written in the minutes (organisations and roles).</summary>
    public required string Attendees { get; set; }

    public string? Notes { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedByUserId { get; set; }
    public List<ReviewDecision> Decisions { get; set; } = [];
}

/// <summary>What a review meeting decided about one action.</summary>
public sealed class ReviewDecision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReviewMeetingId { get; set; }
    public Guid ActionId { get; set; }

    /// <summary>The decision in the words of the minutes.</summary>
    public required string Decision { get; set; }

    /// <summary>The status the meeting set, if it changed it.</summary>
    public ActionStatus? NewStatus { get; set; }

    public DateOnly? NextReviewDate { get; set; }
}
