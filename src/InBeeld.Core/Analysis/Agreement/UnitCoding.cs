namespace InBeeld.Core.Analysis.Agreement;

/// <summary>
/// What one coder did with one unit (a quote, step or fragment they were given to code): the codes
/// they applied — possibly none. A coder without a <see cref="UnitCoding"/> for a unit did not
/// judge it, which is different from judging that no code applies.
/// </summary>
public sealed record UnitCoding(Guid UnitId, string CoderId, IReadOnlyCollection<Guid> CodeIds);
