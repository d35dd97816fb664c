namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// Token replay of a whole log. <see cref="Fitness"/> uses the totals over all cases,
/// ½(1 − Σm/Σc) + ½(1 − Σr/Σp); <see cref="MeanCaseFitness"/> averages the cases.
/// <see cref="Cases"/> is empty when replayed from the variants alone. <see cref="MissingByActivity"/> counts, per activity, the cases in which it fired without its
/// tokens (it came "too early" or without its predecessor).
/// </summary>
public sealed record ReplayResult(
    IReadOnlyList<CaseReplay> Cases, double Fitness, double MeanCaseFitness, int FittingCases,
    IReadOnlyList<ActivityCases> MissingByActivity, IReadOnlyList<int> UnknownActivities);

/// <summary>An activity (index into the log's names) with a number of cases.</summary>
public readonly record struct ActivityCases(int Activity, int Cases);
