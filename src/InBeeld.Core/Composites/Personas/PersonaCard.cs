namespace InBeeld.Core.Composites.Personas;

/// <summary>What a persona card prints: the persona and the journey type it stands for (no participant data).</summary>
public sealed record PersonaCard
{
    public required string StudyTitle { get; init; }
    public required string Name { get; init; }
    public int? Age { get; init; }
    public string Situation { get; init; } = "";
    public string WhatMatters { get; init; } = "";
    public string Story { get; init; } = "";

    /// <summary>The group's name, when the persona is linked to one.</summary>
    public string? GroupName { get; init; }

    /// <summary>How many interviews the group holds.</summary>
    public int? InterviewCount { get; init; }
}
