namespace InBeeld.Core.Actions;

/// <summary>
/// One status change of an action, kept for good: the history is how a work group sees whether it
/// stayed on course, so a status is never overwritten without a row here.
/// </summary>
public sealed class ActionStatusChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ActionId { get; set; }

    /// <summary>Null for the first row, written when the action was created.</summary>
    public ActionStatus? From { get; set; }

    public ActionStatus To { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ByUserId { get; set; }
    public string? Note { get; set; }

    /// <summary>Set when the change was decided in a review meeting.</summary>
    public Guid? ReviewMeetingId { get; set; }
}
