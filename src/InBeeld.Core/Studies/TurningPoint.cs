namespace InBeeld.Core.Studies;

/// <summary>A kantelmoment: a transition the study looks at, such as vo→mbo or turning 18.</summary>
public sealed class TurningPoint
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Order { get; set; }
}
