using InBeeld.Core.Actions;

namespace InBeeld.Core.Plans;

/// <summary>One action as the plan prints it: names resolved, signals of the day included.</summary>
public sealed record PlanAction(
    Guid Id,
    string Title,
    string? Description,
    string? OwnerOrganization,
    string? OwnerPerson,
    ActionHorizon Horizon,
    ActionStatus Status,
    DateOnly? DueDate,
    DateOnly? NextReviewDate,
    ActionSignals Signals,
    IReadOnlyList<string> Motivations);
