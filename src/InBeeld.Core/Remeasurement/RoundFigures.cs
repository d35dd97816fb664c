using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.Analysis.Hartslag;

namespace InBeeld.Core.Remeasurement;

/// <summary>
/// One round of research as the comparison needs it: its hartslag per phase, its gap table, and the
/// names of its phases and organisations (two rounds are separate studies, so only names match).
/// </summary>
public sealed record RoundFigures(
    string Title,
    int Interviews,
    HartslagTable Hartslag,
    GapReport Gaps,
    IReadOnlyDictionary<Guid, string> PhaseNames,
    IReadOnlyDictionary<Guid, string> OrganizationNames);
