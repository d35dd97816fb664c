namespace InBeeld.Core.Composites.Personas;

/// <summary>
/// A fictitious person who stands for a journey type: name, age, situation, what matters to them and
/// a short story. Always shown as fictitious; filled in by the researcher, never copied from a
/// participant's data.
/// </summary>
public sealed class Persona
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }

    /// <summary>The journey type (group) the persona stands for; null when the group was removed.</summary>
    public Guid? GroupId { get; set; }

    public string Name { get; set; } = "";
    public int? Age { get; set; }
    public string Situation { get; set; } = "";
    public string WhatMatters { get; set; } = "";
    public string Story { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
