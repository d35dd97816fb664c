namespace InBeeld.Core.Participants;

/// <summary>
/// An interviewed person (deelnemer), known only by a pseudonym code. No names or contact
/// details are ever stored here.
/// </summary>
public sealed class Participant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }

    /// <summary>Pseudonym such as "ACH-007"; unique within the study.</summary>
    public required string Code { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<ParticipantAttributeValue> Attributes { get; set; } = [];
}
