namespace InBeeld.Data.Analysis;

/// <summary>A phase, organisation or turning point of a study by id, name and position.</summary>
public sealed record VocabularyName(Guid Id, string Name, int Order);
