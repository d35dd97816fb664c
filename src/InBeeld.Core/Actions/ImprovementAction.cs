namespace InBeeld.Core.Actions;

/// <summary>
/// An improvement action (verbeteractie): what a chain partner will change, why, who owns it, and
/// when it is due and next looked at. The status only changes through <see cref="ChangeStatus"/>,
/// which keeps the history.
/// </summary>
public sealed class ImprovementAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }

    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>The organisation that owns the action; null shows up on the coordinator view.</summary>
    public Guid? OwnerOrganizationId { get; set; }

    /// <summary>The person who owns it, as the work group names them (a role or a name of staff, never a client).</summary>
    public string? OwnerPerson { get; set; }

    /// <summary>The owner's InBeeld account, when they have one: their calendar feed shows the dates.</summary>
    public Guid? OwnerUserId { get; set; }

    public ActionHorizon Horizon { get; set; }
    public ActionStatus Status { get; private set; }
    public DateOnly? DueDate { get; set; }
    public DateOnly? NextReviewDate { get; set; }

    /// <summary>The desired journey the action belongs to, if it was made from one.</summary>
    public Guid? DesiredJourneyId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }

    /// <summary>The date of the last review meeting that discussed the action.</summary>
    public DateOnly? LastReviewedOn { get; set; }

    public List<ActionStatusChange> History { get; set; } = [];
    public List<ActionMotivation> Motivations { get; set; } = [];

    /// <summary>Starts the history: the first row has no <c>From</c>.</summary>
    public void Open(ActionStatus status, DateTimeOffset at, Guid? by)
    {
        if (History.Count > 0)
        {
            throw new InvalidOperationException("The action already has a history.");
        }

        Status = status;
        History.Add(new ActionStatusChange { ActionId = Id, From = null, To = status, At = at, ByUserId = by });
    }

    /// <summary>
    /// Moves to <paramref name="to"/> and records it. Setting the same status again records nothing:
    /// a history full of non-changes would hide the real ones.
    /// </summary>
    public ActionStatusChange? ChangeStatus(ActionStatus to, DateTimeOffset at, Guid? by, string? note = null, Guid? reviewMeetingId = null)
    {
        if (to == Status && History.Count > 0)
        {
            return null;
        }

        var change = new ActionStatusChange
        {
            ActionId = Id,
            From = History.Count == 0 ? null : Status,
            To = to,
            At = at,
            ByUserId = by,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            ReviewMeetingId = reviewMeetingId,
        };
        Status = to;
        History.Add(change);
        return change;
    }
}
