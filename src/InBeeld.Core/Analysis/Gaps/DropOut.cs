using InBeeld.Core.Analysis.Evidence;

namespace InBeeld.Core.Analysis.Gaps;

/// <summary>Routes that end without an outcome, by the organisation of their last step (null: none filled in).</summary>
/// <param name="Interviews">Of all interviews analysed.</param>
public sealed record DropOut(Guid? OrganizationId, Proportion Interviews)
{
    public EvidenceFilter Evidence => new() { Organization = new Match(OrganizationId), LastStep = true, WithoutOutcome = true };
}
