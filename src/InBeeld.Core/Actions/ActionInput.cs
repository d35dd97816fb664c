namespace InBeeld.Core.Actions;

/// <summary>What a person fills in for an action, from the web form or the CLI; checked by <see cref="ActionRules"/>.</summary>
public sealed record ActionInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public Guid? OwnerOrganizationId { get; init; }
    public string? OwnerPerson { get; init; }
    public Guid? OwnerUserId { get; init; }
    public ActionHorizon Horizon { get; init; }
    public ActionStatus Status { get; init; }
    public DateOnly? DueDate { get; init; }
    public DateOnly? NextReviewDate { get; init; }
}
