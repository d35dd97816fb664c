using InBeeld.Core.Localization;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Actions;

/// <summary>
/// Checks on an action before anything is stored. Locations are the input's property names, so a
/// form can put each message beside its field.
/// </summary>
public static class ActionRules
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4_000;
    public const int MaxOwnerPersonLength = 200;
    public const int MaxPatternLength = 1_000;

    /// <param name="organizations">The study's organisations: an owner outside them is refused.</param>
    /// <param name="members">The study's members: only they can be linked as owner account.</param>
    /// <param name="createdOn">The day the action was (or is being) created: review and due dates cannot lie before it.</param>
    public static IReadOnlyList<ValidationError> Validate(ActionInput input, IReadOnlySet<Guid> organizations, IReadOnlySet<Guid> members, DateOnly createdOn)
    {
        var errors = new List<ValidationError>();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors.Add(new(nameof(ActionInput.Title), ImprovementText.Get("Action_TitleRequired")));
        }
        else if (title.Length > MaxTitleLength)
        {
            errors.Add(new(nameof(ActionInput.Title), ImprovementText.Get("Action_TitleTooLong", MaxTitleLength)));
        }

        if (input.Description is { Length: > MaxDescriptionLength })
        {
            errors.Add(new(nameof(ActionInput.Description), ImprovementText.Get("Action_DescriptionTooLong", MaxDescriptionLength)));
        }

        if (input.OwnerOrganizationId is { } owner && !organizations.Contains(owner))
        {
            errors.Add(new(nameof(ActionInput.OwnerOrganizationId), ImprovementText.Get("Action_OwnerNotInStudy")));
        }

        if (input.OwnerPerson is { Length: > MaxOwnerPersonLength })
        {
            errors.Add(new(nameof(ActionInput.OwnerPerson), ImprovementText.Get("Action_OwnerPersonTooLong", MaxOwnerPersonLength)));
        }

        if (input.OwnerUserId is { } user && !members.Contains(user))
        {
            errors.Add(new(nameof(ActionInput.OwnerUserId), ImprovementText.Get("Action_OwnerUserNotMember")));
        }

        if (!Enum.IsDefined(input.Horizon))
        {
            errors.Add(new(nameof(ActionInput.Horizon), ImprovementText.Get("Action_UnknownHorizon")));
        }

        if (!Enum.IsDefined(input.Status))
        {
            errors.Add(new(nameof(ActionInput.Status), ImprovementText.Get("Action_UnknownStatus")));
        }

        if (input.DueDate is { } due && due < createdOn)
        {
            errors.Add(new(nameof(ActionInput.DueDate), ImprovementText.Get("Action_DueBeforeCreation", Format(due), Format(createdOn))));
        }

        if (input.NextReviewDate is { } review && review < createdOn)
        {
            errors.Add(new(nameof(ActionInput.NextReviewDate), ImprovementText.Get("Action_ReviewBeforeCreation", Format(review), Format(createdOn))));
        }

        return errors;
    }

    public static void Apply(ActionInput input, ImprovementAction action)
    {
        action.Title = input.Title!.Trim();
        action.Description = Clean(input.Description);
        action.OwnerOrganizationId = input.OwnerOrganizationId;
        action.OwnerPerson = Clean(input.OwnerPerson);
        action.OwnerUserId = input.OwnerUserId;
        action.Horizon = input.Horizon;
        action.DueDate = input.DueDate;
        action.NextReviewDate = input.NextReviewDate;
    }

    public static string Format(DateOnly date) => date.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
