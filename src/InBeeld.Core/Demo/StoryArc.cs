namespace InBeeld.Core.Demo;

/// <summary>
/// An archetypal route through the chain (e.g. "dropped out of mbo, found again by the RMC"), with
/// the participant profiles that fit it. Several fictitious interviews follow each arc.
/// </summary>
internal sealed record StoryArc(
    string Key,
    IReadOnlyList<string> AgeGroups,
    IReadOnlyList<string> Education,
    IReadOnlyList<string> Living,
    IReadOnlyList<StepTemplate> Steps);
