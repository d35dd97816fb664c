namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// How often an activity deviates from the intended route: skipped (the model expects it, the log
/// lacks it) and inserted (the log has it where the model does not allow it), counted in cases and
/// in moves. <see cref="CasesAffected"/> counts cases with either.
/// </summary>
public sealed record ActivityDeviation(string Activity, int CasesSkipped, int CasesInserted, int CasesAffected, int Skipped, int Inserted);
