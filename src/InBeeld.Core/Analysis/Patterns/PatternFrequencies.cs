namespace InBeeld.Core.Analysis.Patterns;

/// <summary>The four frequency tables of a set of interviews, counted in one pass.</summary>
public sealed record PatternFrequencies(
    int Interviews, FrequencyTable Codes, FrequencyTable Phases, FrequencyTable Organizations, FrequencyTable TurningPoints);
