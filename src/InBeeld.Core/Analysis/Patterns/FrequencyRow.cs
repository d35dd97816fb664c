using InBeeld.Core.Analysis.Evidence;

namespace InBeeld.Core.Analysis.Patterns;

/// <summary>
/// One code, phase, organisation or turning point: in how many interviews it occurs (each interview
/// counted once, however often it is mentioned), and how often it is mentioned (steps, or codings).
/// </summary>
/// <param name="Id">The item's id; null is the "not filled in" row.</param>
public sealed record FrequencyRow(Guid? Id, Proportion Interviews, int Mentions, EvidenceFilter Evidence);
