using InBeeld.Core.Analysis;

namespace InBeeld.Core.Remeasurement;

/// <summary>
/// One handover between two organisations in two rounds: in how many interviews it occurred, and in
/// how many of those it went koud or geen. The change in that share (percentage points) and Fisher's
/// exact p are only given when both rounds have enough interviews with this handover.
/// </summary>
public sealed record GapComparison(
    string From,
    string To,
    Proportion EarlierColdOrNone,
    double? EarlierMedianWait,
    Proportion LaterColdOrNone,
    double? LaterMedianWait,
    double? ShareChangePoints,
    double? PValue,
    bool TooSmall);
