namespace InBeeld.Core.Plans;

/// <summary>A heading of the plan (an organisation, or a step of the journey) and its actions.</summary>
public sealed record PlanGroup(string Heading, IReadOnlyList<PlanAction> Actions);
