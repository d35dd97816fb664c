using InBeeld.Core.Analysis.Evidence;

namespace InBeeld.Core.Analysis.Hartslag;

/// <summary>
/// The experience in one phase (or with one organisation) across interviews, and in how many of the
/// interviews with a told experience their lowest point (<see cref="LowPoints"/>, when negative) or
/// their highest point (<see cref="BrightSpots"/>, when positive) lies here.
/// </summary>
/// <param name="Id">The phase or organisation; null for steps without one.</param>
/// <param name="Interviews">Interviews with a told experience here.</param>
public sealed record HartslagRow(
    Guid? Id, ExperienceSummary Experience, int Interviews, Proportion LowPoints, Proportion BrightSpots,
    EvidenceFilter Evidence, EvidenceFilter LowPointEvidence, EvidenceFilter BrightSpotEvidence);
