namespace InBeeld.Core.EventLogs.Comparison;

/// <summary>The comparison of interviews and a log, pairs with the most people affected in interviews first, then by cases in the log.</summary>
/// <param name="Interviews">Interviews analysed (with consent).</param>
/// <param name="Cases">Cases in the log.</param>
/// <param name="DroppedCases">Cases that ended without an outcome after the quiet period.</param>
public sealed record HandoverComparisonResult(int Interviews, int Cases, int DroppedCases, IReadOnlyList<HandoverComparisonRow> Rows);
