namespace InBeeld.Core.Analysis.Agreement;

/// <summary>A unit where coders differ about one code: who applied it and who judged the unit without it.</summary>
public sealed record CodingDisagreement(Guid UnitId, Guid CodeId, IReadOnlyList<string> AppliedBy, IReadOnlyList<string> NotAppliedBy);
