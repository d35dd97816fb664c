namespace InBeeld.Core.Analysis.Evidence;

/// <summary>A vocabulary item to match: <see cref="Id"/> null means "not filled in".</summary>
public readonly record struct Match(Guid? Id);
