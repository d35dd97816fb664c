namespace InBeeld.Core.Participants;

/// <summary>One attribute value of a participant, in canonical text (numbers invariant, dates ISO 8601).</summary>
public sealed class ParticipantAttributeValue
{
    public Guid ParticipantId { get; set; }
    public Guid AttributeDefinitionId { get; set; }
    public required string Value { get; set; }
}
