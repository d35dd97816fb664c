namespace InBeeld.Core.Participants;

/// <summary>
/// One line of the pseudonym key (sleutelbestand): how to reach the person behind a code. Kept
/// apart from the research data, encrypted (<see cref="Protected"/> is ciphertext, never plain
/// contact details), readable only by the study's coordinators, and every read is logged.
/// </summary>
public sealed class ParticipantContact
{
    public Guid ParticipantId { get; set; }
    public Guid StudyId { get; set; }
    public required string Protected { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
