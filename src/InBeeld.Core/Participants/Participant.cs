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

    /// <summary>What was agreed to; null when not recorded (older data). Who gave it and when is on each interview's consent.</summary>
    public ConsentScope? ConsentScope { get; set; }

    /// <summary>
    /// Consent withdrawn on this day: from then on none of the participant's interviews count in
    /// analysis or leave in an export.
    /// </summary>
    public DateOnly? ConsentWithdrawnOn { get; set; }
    public List<ParticipantAttributeValue> Attributes { get; set; } = [];
}
