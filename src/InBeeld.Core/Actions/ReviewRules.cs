using InBeeld.Core.Localization;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Actions;

/// <summary>Checks on a review meeting before it is recorded.</summary>
public static class ReviewRules
{
    public const int MaxAttendeesLength = 1_000;
    public const int MaxDecisionLength = 2_000;

    /// <param name="today">A meeting cannot be recorded before it was held.</param>
    /// <param name="decisions">Per discussed action: its creation day, the decision and the next review date set.</param>
    public static IReadOnlyList<ValidationError> Validate(DateOnly? heldOn, string? attendees, DateOnly today, IReadOnlyList<(string Field, DateOnly CreatedOn, string? Decision, DateOnly? NextReview)> decisions)
    {
        var errors = new List<ValidationError>();
        if (heldOn is null)
        {
            errors.Add(new("HeldOn", ImprovementText.Get("Review_DateRequired")));
        }
        else if (heldOn > today)
        {
            errors.Add(new("HeldOn", ImprovementText.Get("Review_DateInFuture", ActionRules.Format(heldOn.Value))));
        }

        if (string.IsNullOrWhiteSpace(attendees))
        {
            errors.Add(new("Attendees", ImprovementText.Get("Review_AttendeesRequired")));
        }
        else if (attendees.Length > MaxAttendeesLength)
        {
            errors.Add(new("Attendees", ImprovementText.Get("Review_TooLong", MaxAttendeesLength)));
        }

        if (decisions.Count == 0)
        {
            errors.Add(new("Decisions", ImprovementText.Get("Review_NoDecisions")));
        }

        foreach (var (field, createdOn, decision, next) in decisions)
        {
            if (string.IsNullOrWhiteSpace(decision))
            {
                errors.Add(new(field, ImprovementText.Get("Review_DecisionRequired")));
            }
            else if (decision.Length > MaxDecisionLength)
            {
                errors.Add(new(field, ImprovementText.Get("Review_TooLong", MaxDecisionLength)));
            }

            if (heldOn is { } held && held < createdOn)
            {
                errors.Add(new(field, ImprovementText.Get("Review_BeforeAction", ActionRules.Format(createdOn))));
            }

            if (next is { } n && heldOn is { } h && n <= h)
            {
                errors.Add(new(field, ImprovementText.Get("Review_NextNotAfterMeeting", ActionRules.Format(n))));
            }
        }

        return errors;
    }
}
