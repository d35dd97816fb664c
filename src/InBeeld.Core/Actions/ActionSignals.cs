namespace InBeeld.Core.Actions;

/// <summary>What the coordinator view flags about one action on a given day.</summary>
/// <param name="WithoutOwner">No owner organisation, or no one named within it.</param>
/// <param name="DaysOverdue">Days past the due date while still open; null when not overdue.</param>
/// <param name="ReviewDueOn">The day the action should next have been reviewed; null for closed actions.</param>
/// <param name="NotReviewed">The review day has passed without a review meeting discussing the action.</param>
public sealed record ActionSignals(bool WithoutOwner, int? DaysOverdue, DateOnly? ReviewDueOn, bool NotReviewed)
{
    public bool Overdue => DaysOverdue is not null;
    public bool NeedsAttention => WithoutOwner || Overdue || NotReviewed;
}
