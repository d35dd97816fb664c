namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// Optimal alignments of a log against a model. <see cref="Fitness"/> is 1 − Σ cost / Σ worst cost
/// over all aligned cases; <see cref="MeanCaseFitness"/> the mean of the case fitness values.
/// Per case, <see cref="VariantOfCase"/> points into <see cref="Variants"/> (empty when aligned from the variants alone; cases of one variant
/// share their alignment). <see cref="Deviations"/> are ranked by cases affected.
/// </summary>
public sealed record AlignmentResult(
    IReadOnlyList<TraceAlignment> Variants,
    IReadOnlyList<int> VariantOfCase,
    IReadOnlyList<int> VariantCounts,
    double Fitness,
    double MeanCaseFitness,
    int FittingCases,
    int CasesNotAligned,
    int CheapestModelRun,
    IReadOnlyList<ActivityDeviation> Deviations,
    IReadOnlyList<string> UnknownActivities);
