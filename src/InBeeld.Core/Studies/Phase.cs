namespace InBeeld.Core.Studies;

/// <summary>A column of the journey map (fase). Order decides the column position.</summary>
public sealed class Phase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Order { get; set; }
}
