namespace InBeeld.Core.Studies;

/// <summary>How a contact took place (kanaal): balie, telefoon, e-mail, brief, huisbezoek, ...</summary>
public sealed class Channel
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
}
