namespace InBeeld.Core.Plans;

/// <summary>
/// Where in the journey an action's motivation lies, for the plan's "by step" view: a heading and a
/// sort key (phase order, then step order), so the plan reads along the journey.
/// </summary>
public sealed record PlanAnchor(string Heading, int PhaseOrder, int StepOrder);
