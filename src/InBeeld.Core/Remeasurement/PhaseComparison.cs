using InBeeld.Core.Analysis.Hartslag;

namespace InBeeld.Core.Remeasurement;

/// <summary>
/// The experience in one phase in two rounds. <see cref="MeanChange"/> is only given when both rounds
/// have enough interviews with a told experience in the phase; otherwise <see cref="TooSmall"/> says
/// why no change is claimed.
/// </summary>
public sealed record PhaseComparison(
    string Phase,
    ExperienceSummary? Earlier,
    int EarlierInterviews,
    ExperienceSummary? Later,
    int LaterInterviews,
    double? MeanChange,
    bool TooSmall);
