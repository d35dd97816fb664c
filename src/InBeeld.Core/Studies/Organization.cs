namespace InBeeld.Core.Studies;

/// <summary>A chain partner (ketenpartner / instantie) taking part in the study.</summary>
public sealed class Organization
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public required string Name { get; set; }
    public OrganizationType Type { get; set; }

    /// <summary>Position in lists and map lanes.</summary>
    public int Order { get; set; }
}
