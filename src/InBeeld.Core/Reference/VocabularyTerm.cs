namespace InBeeld.Core.Reference;

/// <summary>A suggested word for a study's vocabulary (a channel, phase or turning point), with a short explanation.</summary>
public sealed record VocabularyTerm(string Name, string? Description = null);
