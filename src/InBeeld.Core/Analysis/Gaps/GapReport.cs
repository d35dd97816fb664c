namespace InBeeld.Core.Analysis.Gaps;

/// <summary>
/// Gaps between organisations, most people affected first, and where routes stop without an outcome.
/// </summary>
/// <param name="OutcomeDefined">False when the caller gave no outcome definition: drop-outs are then not counted.</param>
public sealed record GapReport(
    int Interviews, bool OutcomeDefined, Proportion RoutesWithoutOutcome, IReadOnlyList<OrganizationGap> Gaps, IReadOnlyList<DropOut> DropOuts);
